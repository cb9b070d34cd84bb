/**
 * The pages' stylesheet, inlined into each page (no CDN, no web fonts):
 * system fonts, light and dark from the reader's setting, and a table that
 * scrolls sideways on a phone rather than squeezing its columns. Colours
 * keep a contrast of at least 4.5:1 in both schemes (WCAG AA).
 */
export const pageStyle = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;--link:#0550ae;--ok:#116329;--okbg:#dafbe1;--bad:#a40e26;--badbg:#ffebe9;--run:#7d4e00;--runbg:#fff8c5;--none:#59636e;--nonebg:#eff2f5}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--head:#151b23;--link:#4493f8;--ok:#3fb950;--okbg:#12261e;--bad:#ff7b72;--badbg:#2d1214;--run:#d29922;--runbg:#272115;--none:#9198a1;--nonebg:#212830}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:72rem;margin:0 auto;padding:1rem}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.crumbs,.built,.muted{color:var(--muted);font-size:.875rem}
.banner{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap;padding:.75rem 1rem;border:1px solid var(--line);border-radius:.5rem;margin:.75rem 0}
.banner strong{font-size:1.1rem}
.badge{display:inline-block;padding:0 .5rem;border-radius:1rem;font-size:.8125rem;font-weight:600;white-space:nowrap}
.s-success,.s-synced{color:var(--ok);background:var(--okbg)}
.s-failed,.s-error{color:var(--bad);background:var(--badbg)}
.s-running,.s-syncing{color:var(--run);background:var(--runbg)}
.s-not-configured,.s-unknown{color:var(--none);background:var(--nonebg)}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:.5rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:last-child td{border-bottom:0}
th{background:var(--head);font-size:.8125rem;white-space:nowrap}
th button{all:inherit;cursor:pointer;padding:0}
th button:focus-visible,.pager button:focus-visible{outline:2px solid var(--link);outline-offset:2px}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
code{font:.875rem ui-monospace,SFMono-Regular,Menlo,monospace}
.phases{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}
.phases li{border:1px solid var(--line);border-radius:.5rem;padding:.25rem .6rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.pager{display:flex;gap:.25rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
.pager button{font:inherit;color:var(--fg);background:var(--head);border:1px solid var(--line);border-radius:.375rem;padding:.15rem .6rem;cursor:pointer}
.pager button[aria-current=page]{font-weight:700;border-color:var(--link)}
.pager button:disabled{opacity:.6;cursor:default}
@media (max-width:40rem){main{padding:.5rem}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.4rem}}
`
