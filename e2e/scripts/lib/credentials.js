// Credentials for the local control plane, generated fresh by every `up`:
// a random admin token (static token file, group system:masters, so RBAC never
// gets in the way of tests), an RSA service-account signing key from
// node:crypto (no openssl needed) and a kubeconfig with the CA embedded.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

/** Writes the token file and the SA key; returns the admin token. */
export function writeCredentials(paths) {
  const token = randomBytes(32).toString('base64url')
  // Format: token,user,uid,"group1,group2" (kube-apiserver --token-auth-file).
  writeFileSync(paths.tokens, `${token},admin,admin,"system:masters"\n`, {
    mode: 0o600
  })
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  // One private key serves the apiserver's --service-account-key-file and
  // --service-account-signing-key-file and the controller-manager's
  // --service-account-private-key-file.
  writeFileSync(
    paths.saKey,
    privateKey.export({ type: 'pkcs8', format: 'pem' }),
    {
      mode: 0o600
    }
  )
  return token
}

/** The admin token recorded in the token file. */
export function readToken(paths) {
  return readFileSync(paths.tokens, 'utf8').split(',')[0]
}

/**
 * Writes the kubeconfig. `caFile` is the apiserver's self-signed
 * `apiserver.crt` (leaf followed by its CA); embedding it keeps helm and
 * kubectl independent of the working directory.
 */
export function writeKubeconfig(paths, { apiPort, token, caFile }) {
  const ca = readFileSync(caFile).toString('base64')
  const text = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: clustersync-local',
    '  cluster:',
    `    server: https://127.0.0.1:${apiPort}`,
    `    certificate-authority-data: ${ca}`,
    'users:',
    '- name: admin',
    '  user:',
    `    token: ${token}`,
    'contexts:',
    '- name: clustersync-local',
    '  context:',
    '    cluster: clustersync-local',
    '    user: admin',
    '    namespace: default',
    'current-context: clustersync-local',
    ''
  ].join('\n')
  writeFileSync(paths.kubeconfig, text, { mode: 0o600 })
}
