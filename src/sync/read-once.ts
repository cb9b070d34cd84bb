/**
 * One run's view of the repository: every question asked of the file system
 * is answered once, and the same answer is given to whoever asks again. The
 * Action names its check run from the root file, the unchanged-files check
 * hashes the files the last run read, and the loader parses them: all three
 * see the same bytes, read from disk once, and a file changed mid-run cannot
 * make the check and the plan disagree.
 */
import type { FileSystem } from '../ports/fs.js'

/** `fs`, remembering each answer (and each refusal) for this run. */
export function readOnce(fs: FileSystem): FileSystem {
  const answers = new Map<string, Promise<unknown>>()
  const once = <T>(op: string, path: string, ask: () => Promise<T>) => {
    const key = `${op} ${path}`
    let answer = answers.get(key) as Promise<T> | undefined
    if (answer === undefined) {
      answer = ask()
      answers.set(key, answer)
    }
    return answer
  }
  return {
    // Every reader asks with the guarded reader's limit; another limit is
    // another question.
    readFile: (path, maxBytes) =>
      once(`r${maxBytes}`, path, () => fs.readFile(path, maxBytes)),
    stat: (path) => once('s', path, () => fs.stat(path)),
    readdir: (path) => once('l', path, () => fs.readdir(path)),
    ...(fs.readdirKinds
      ? {
          readdirKinds: (path: string) =>
            once('k', path, () =>
              (fs.readdirKinds as Required<FileSystem>['readdirKinds'])(path)
            )
        }
      : {}),
    realpath: (path) => once('p', path, () => fs.realpath(path))
  }
}
