// bottleneck's light build (no Redis clustering) is the one octokit's
// plugins import; importing the same file keeps one copy in the bundle. The
// package types only its main entry, which has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
