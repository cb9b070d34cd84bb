"use strict";
exports.id = 758;
exports.ids = [758];
exports.modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPage: () => (/* binding */ runPage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/cli-logger.ts
var cli_logger = __webpack_require__(2931);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/page/html.ts
/**
 * Writing HTML safely: every piece of text from GitHub or a repository (a
 * cluster name, a step name, an error message) goes through `esc`, so no
 * name can open a tag or run script in the page.
 */
const entities = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/** Text for element content or a quoted attribute value. */
function esc(text) {
    return String(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
/**
 * An http(s) URL for an href, escaped; anything else (a `javascript:` URL
 * from a tampered record) becomes undefined so no link is written.
 */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    return /^https?:\/\//i.test(url) ? esc(url) : undefined;
}
/** A link when the URL is safe, else the text alone. */
function html_link(url, text) {
    const href = safeUrl(url);
    return href ? `<a href="${href}">${text}</a>` : text;
}
/**
 * A folder name for a cluster: letters, digits, `_` and `-` kept, anything
 * else written as its code point between tildes (`~3c~`), so any name gives
 * a plain, unique path (never `..`, never a slash).
 */
function clusterPath(name) {
    const safe = name.replace(/[^A-Za-z0-9_-]/g, (c) => `~${c.codePointAt(0)?.toString(16) ?? ''}~`);
    return safe === '' ? '~' : safe;
}
/** "2025-03-01 12:00 UTC": the absolute time shown on hover. */
function absoluteTime(iso) {
    const t = Date.parse(iso);
    if (!Number.isFinite(t))
        return iso;
    return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// EXTERNAL MODULE: ./src/report/history.ts + 1 modules
var report_history = __webpack_require__(1705);
;// CONCATENATED MODULE: ./src/page/page-data.ts

/** The data file's name inside the site folder. */
const dataFileName = 'clustersync-page.json';
/**
 * Reads a data file back; undefined when it is missing, of another
 * version or repository, or malformed (the next build then starts afresh).
 */
function parsePageData(text, repository) {
    if (text === undefined)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const d = value;
    if (d.v !== 1 || d.repository !== repository || !Array.isArray(d.clusters))
        return undefined;
    const clusters = d.clusters.flatMap(parseCluster);
    return {
        v: 1,
        repository,
        serverUrl: typeof d.serverUrl === 'string' ? d.serverUrl : '',
        builtAt: typeof d.builtAt === 'string' ? d.builtAt : '',
        clusters
    };
}
function parseCluster(value) {
    if (typeof value !== 'object' || value === null)
        return [];
    const c = value;
    if (typeof c.name !== 'string' || !Array.isArray(c.syncs))
        return [];
    const syncs = c.syncs.flatMap((s) => parseSync(s, c.name));
    const drift = c.drift;
    return [
        {
            name: c.name,
            syncs,
            complete: c.complete === true,
            ...(drift &&
                typeof drift.checkedAt === 'string' &&
                typeof drift.summary === 'string'
                ? { drift }
                : {})
        }
    ];
}
// A stored sync is a v1 record plus the page's own fields; the record's
// validator checks the shared part, so both read the same way.
function parseSync(value, cluster) {
    if (typeof value !== 'object' || value === null)
        return [];
    const s = value;
    const record = (0,report_history/* parseRecord */.Hh)({ ...s, v: 1, cluster });
    if (!record ||
        typeof s.id !== 'number' ||
        typeof s.commit !== 'string' ||
        typeof s.triggeredBy !== 'string')
        return [];
    return [
        {
            ...record,
            id: s.id,
            commit: s.commit,
            triggeredBy: s.triggeredBy,
            resolved: s.resolved === true,
            ...(s.noCheckRun === true ? { noCheckRun: true } : {}),
            ...(s.commitMissing === true ? { commitMissing: true } : {})
        }
    ].map(({ v: _v, cluster: _c, ref: _r, finishedAt: _f, ...rest }) => rest);
}

;// CONCATENATED MODULE: ./src/page/badge.ts

const colours = {
    Synced: '#2e7d32',
    Syncing: '#8a6100',
    Error: '#c62828',
    'Not Configured': '#616161'
};
/** The SVG badge; the label is the cluster name, the value its banner. */
function renderBadge(cluster, banner) {
    const label = cluster.length > 40 ? `${cluster.slice(0, 39)}…` : cluster;
    const width = (text) => Math.round(text.length * 6.5 + 10);
    const lw = width(label);
    const vw = width(banner);
    const total = lw + vw;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${esc(label)}: ${banner}"><title>${esc(label)}: ${banner}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${colours[banner]}"/><rect width="${total}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${banner}</text></g></svg>
`;
}

// EXTERNAL MODULE: ./src/report/status-words.ts
var status_words = __webpack_require__(2666);
;// CONCATENATED MODULE: ./src/page/page-script.ts
/**
 * The pages' small inline script. Without it a page still reads: the
 * server-side HTML shows the first 10 rows, times relative to the build and
 * the absolute time on hover. With it: relative times from now, sorting by
 * any column (click, or Enter/Space on the header's button; `aria-sort`
 * says the order), and pages of 10. It only moves rows the page already
 * holds and sets textContent, so it can never turn data into markup.
 */
const pageScript = `(function(){
"use strict";
function ago(iso,now){var s=Math.floor((now-Date.parse(iso))/1000);if(!isFinite(s))return iso;
var u=[[31536000,"year"],[2592000,"month"],[604800,"week"],[86400,"day"],[3600,"hour"],[60,"minute"]];
for(var i=0;i<u.length;i++){var n=Math.floor(s/u[i][0]);if(n>=1)return n+" "+u[i][1]+(n===1?"":"s")+" ago"}return "just now"}
var now=Date.now();
function times(root){root.querySelectorAll("time[data-relative]").forEach(function(t){t.textContent=ago(t.getAttribute("datetime"),now)})}
// Rows are updated as they are shown: a long history holds thousands.
document.querySelectorAll("body > main > :not(.scroll)").forEach(times);document.querySelectorAll(".scroll table:not(#history)").forEach(times);
var table=document.getElementById("history");if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),per=Number(table.getAttribute("data-per-page"))||10;
var heads=Array.prototype.slice.call(table.tHead.rows[0].cells),pager=document.getElementById("pager"),page=1;
function key(r,c){var v=r.cells[c].getAttribute("data-sort");return v===null?r.cells[c].textContent:v}
function sortBy(c,dir){var sign=dir==="ascending"?1:-1;
rows.sort(function(a,b){var x=key(a,c),y=key(b,c);if(x!==y)return (x<y?-1:1)*sign;return Number(a.getAttribute("data-order"))-Number(b.getAttribute("data-order"))});
heads.forEach(function(h,i){if(h.querySelector("button"))h.setAttribute("aria-sort",i===c?dir:"none")});
rows.forEach(function(r){body.appendChild(r)});show(1)}
function show(p){var pages=Math.max(1,Math.ceil(rows.length/per));page=Math.min(Math.max(1,p),pages);
rows.forEach(function(r,i){r.hidden=i<(page-1)*per||i>=page*per;if(!r.hidden)times(r)});
if(!pager)return;pager.textContent="";pager.hidden=pages<2;
function btn(label,to,name,current){var b=document.createElement("button");b.type="button";b.textContent=label;
if(name)b.setAttribute("aria-label",name);if(current)b.setAttribute("aria-current","page");
b.disabled=to<1||to>pages||(to===page&&!current);b.addEventListener("click",function(){show(to)});pager.appendChild(b)}
btn("Previous",page-1,"Previous page");
for(var i=1;i<=pages;i++){if(i===1||i===pages||Math.abs(i-page)<=2)btn(String(i),i,"Page "+i,i===page);
else if(i===2||i===pages-1){var g=document.createElement("span");g.textContent="…";pager.appendChild(g)}}
btn("Next",page+1,"Next page");
var s=document.createElement("span");s.className="muted";s.textContent=" page "+page+" of "+pages+" ("+rows.length+" syncs)";pager.appendChild(s)}
heads.forEach(function(h,c){var b=h.querySelector("button");if(!b)return;
b.addEventListener("click",function(){var cur=h.getAttribute("aria-sort");
sortBy(c,cur==="ascending"?"descending":cur==="descending"?"ascending":(h.getAttribute("data-first")||"ascending"))})});
show(1)})();`;

;// CONCATENATED MODULE: ./src/page/page-style.ts
/**
 * The pages' stylesheet, inlined into each page (no CDN, no web fonts):
 * system fonts, light and dark from the reader's setting, and a table that
 * scrolls sideways on a phone rather than squeezing its columns. Colours
 * keep a contrast of at least 4.5:1 in both schemes (WCAG AA).
 */
const pageStyle = `
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
`;

;// CONCATENATED MODULE: ./src/page/render-parts.ts



/** The banner of a cluster: its latest sync's outcome, in Ankra's words. */
function clusterBanner(cluster) {
    const latest = cluster.syncs[0];
    if (!latest)
        return 'Not Configured';
    switch (latest.status) {
        case 'Success':
            return 'Synced';
        case 'Failed':
            return 'Error';
        case 'Running':
            return 'Syncing';
        case 'Not Configured':
            return 'Not Configured';
    }
}
/** A CSS class for a status or banner word. */
function statusClass(word) {
    return `s-${word.toLowerCase().replace(/\s+/g, '-')}`;
}
/** The status badge of a sync; "Unknown" until its outcome has been read. */
function statusBadge(sync) {
    if (!sync.resolved && sync.status === 'Running' && sync.noCheckRun !== true)
        return `<span class="badge s-unknown" title="Not read yet: the next build reads it">Unknown</span>`;
    return `<span class="badge ${statusClass(sync.status)}">${esc(sync.status)}</span>`;
}
/** A time shown relative to `now`, its absolute time on hover. */
function timeTag(iso, now) {
    return `<time datetime="${esc(iso)}" title="${esc(absoluteTime(iso))}" data-relative>${esc(relative(iso, now))}</time>`;
}
/** "3 hours ago", as the script writes it in the browser. */
function relative(iso, now) {
    const seconds = Math.floor((now.getTime() - Date.parse(iso)) / 1000);
    if (!Number.isFinite(seconds))
        return iso;
    const units = [
        [31536000, 'year'],
        [2592000, 'month'],
        [604800, 'week'],
        [86400, 'day'],
        [3600, 'hour'],
        [60, 'minute']
    ];
    for (const [size, name] of units) {
        const n = Math.floor(seconds / size);
        if (n >= 1)
            return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
    return 'just now';
}
/** A whole page: title, inline style and script, and when it was built. */
function render_parts_document(options) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${esc(options.title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<main>
${options.body}
<p class="built">Built ${timeTag(options.builtAt, options.now)} (${esc(absoluteTime(options.builtAt))}) by ClusterSync.</p>
</main>
<script>${pageScript}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/page/render-cluster.ts
/**
 * A cluster's page: the sync status banner, the latest sync (its phases
 * with their durations, its errors with `file:line` linking to the file at
 * that commit, and its metadata), and the history table — Status, Source,
 * Commit, Started, Triggered by, Retries, IaC files — 10 rows a page,
 * sortable by every column.
 */




/** Rows a page of the history table shows (Ankra's 10). */
const rowsPerPage = 10;
const phases = ['Fetching', 'Validating', 'Applying'];
/** The cluster page's HTML. */
function renderClusterPage(cluster, context) {
    const { links, now } = context;
    const banner = clusterBanner(cluster);
    const latest = cluster.syncs[0];
    const body = [
        `<p class="crumbs"><a href="../index.html">${esc(context.repository)} clusters</a></p>`,
        `<h1>${esc(cluster.name)}</h1>`,
        `<section class="banner" aria-label="Sync status"><span class="badge ${statusClass(banner)}" id="banner">${esc(banner)}</span>`,
        latest
            ? `<span>Latest sync ${timeTag(latest.startedAt, now)} at ${commitLink(latest, links)}${latest.reason ? ` <span class="muted">(${esc(latest.reason)})</span>` : ''}</span>`
            : '<span>No sync recorded yet.</span>',
        '</section>',
        latest ? latestSection(latest, links, now) : '',
        historySection(cluster, links, now)
    ].join('\n');
    return render_parts_document({
        title: `${cluster.name}: ${banner} · ClusterSync`,
        body,
        builtAt: context.builtAt,
        now
    });
}
function latestSection(sync, links, now) {
    const durations = new Map(sync.phases?.map((p) => [p.name, p.durationMs]));
    const phaseItems = phases
        .map((p) => `<li>${p} <span class="muted">${sync.phases ? esc(durations.has(p) ? (0,status_words/* formatDuration */.a3)(durations.get(p)) : 'not reached') : '—'}</span></li>`)
        .join('');
    const done = sync.status !== 'Running';
    return [
        '<h2>Latest sync</h2>',
        `<ol class="phases" aria-label="Phases">${phaseItems}<li>Completed <span class="muted">${done ? esc((0,status_words/* formatDuration */.a3)(sync.durationMs)) : '—'}</span></li></ol>`,
        errorsSection(sync, links),
        '<h2>Details</h2>',
        '<dl class="meta">',
        `<dt>Commit</dt><dd>${commitLink(sync, links)}</dd>`,
        `<dt>Source</dt><dd>${esc(sync.source)}</dd>`,
        `<dt>Started</dt><dd>${timeTag(sync.startedAt, now)} (${esc(absoluteTime(sync.startedAt))})</dd>`,
        `<dt>Triggered by</dt><dd>${esc(sync.triggeredBy || '—')}</dd>`,
        `<dt>Retries</dt><dd>${sync.retryCount}</dd>`,
        `<dt>IaC files</dt><dd>${sync.filesUrl ? html_link(sync.filesUrl, 'definition at this commit') : '—'}</dd>`,
        `<dt>Run</dt><dd>${sync.runUrl ? html_link(sync.runUrl, 'workflow run') : '—'}${sync.noCheckRun && !sync.commitMissing ? ' <span class="muted">(no check run was recorded for this sync)</span>' : ''}</dd>`,
        '</dl>'
    ].join('\n');
}
function errorsSection(sync, links) {
    if (sync.errors === undefined)
        return sync.status === 'Failed'
            ? '<h2>Errors</h2><p class="muted">—: this sync recorded no error details (written by an older ClusterSync, or without a check run).</p>'
            : '';
    if (sync.errors.length === 0)
        return '';
    const rows = sync.errors.map((e) => {
        const place = e.file
            ? html_link(`${links.treeUrl(sync.commit, e.file)}${e.line ? `#L${e.line}` : ''}`, `<code>${esc(e.file)}${e.line ? `:${e.line}` : ''}</code>`)
            : '—';
        return `<tr><td><code>${esc(e.code)}</code></td><td>${esc(e.message)}${e.hint ? `<br><span class="muted">hint: ${esc(e.hint)}</span>` : ''}</td><td>${place}</td></tr>`;
    });
    const more = (sync.errorsTotal ?? 0) > sync.errors.length
        ? `<p class="muted">and ${(sync.errorsTotal ?? 0) - sync.errors.length} more in the ${html_link(sync.runUrl, 'workflow run')}.</p>`
        : '';
    return `<h2>Errors</h2><div class="scroll"><table><thead><tr><th scope="col">Code</th><th scope="col">Message</th><th scope="col">File</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${more}`;
}
function commitLink(sync, links) {
    const text = `<code>${esc((0,report_links/* shortSha */.F)(sync.commit))}</code>`;
    return sync.commitMissing
        ? `${text} <span class="muted">(no longer in the repository)</span>`
        : html_link(links.commitUrl(sync.commit), text);
}
const columns = [
    { label: 'Status', first: 'ascending' },
    { label: 'Source', first: 'ascending' },
    { label: 'Commit', first: 'ascending' },
    { label: 'Started', first: 'descending' },
    { label: 'Triggered by', first: 'ascending' },
    { label: 'Retries', first: 'descending' },
    { label: 'IaC files', first: 'ascending' }
];
function historySection(cluster, links, now) {
    if (cluster.syncs.length === 0)
        return '<h2>Sync history</h2><p>No syncs recorded yet.</p>';
    const head = columns
        .map((c) => `<th scope="col" aria-sort="${c.label === 'Started' ? 'descending' : 'none'}" data-first="${c.first}"><button type="button">${c.label}</button></th>`)
        .join('');
    // Every row is in the page; those after the first 10 are hidden, so the
    // page reads the same with scripting off and the script only pages.
    const rows = cluster.syncs.map((s, i) => historyRow(s, i, links, now));
    const count = cluster.complete
        ? `${cluster.syncs.length} syncs`
        : `the newest ${cluster.syncs.length} syncs`;
    return [
        '<h2 id="history-title">Sync history</h2>',
        `<p class="muted">${esc(count)}, newest first.</p>`,
        `<div class="scroll"><table id="history" aria-labelledby="history-title" data-per-page="${rowsPerPage}"><thead><tr>${head}</tr></thead><tbody>`,
        rows.join('\n'),
        '</tbody></table></div>',
        `<nav class="pager" id="pager" aria-label="History pages"${cluster.syncs.length > rowsPerPage ? '' : ' hidden'}><noscript>Showing the newest ${rowsPerPage}; turn on scripting to page and sort.</noscript></nav>`
    ].join('\n');
}
function historyRow(s, order, links, now) {
    const cells = [
        `<td data-sort="${esc(s.resolved || s.noCheckRun ? s.status : 'Unknown')}">${statusBadge(s)}</td>`,
        `<td>${esc(s.source)}</td>`,
        `<td data-sort="${esc(s.commit)}">${commitLink(s, links)}</td>`,
        `<td data-sort="${esc(s.startedAt)}">${timeTag(s.startedAt, now)}</td>`,
        `<td data-sort="${esc(s.triggeredBy.toLowerCase())}">${esc(s.triggeredBy || '—')}</td>`,
        `<td data-sort="${String(s.retryCount).padStart(10, '0')}">${s.retryCount}</td>`,
        `<td data-sort="${esc(s.filesUrl ?? '')}">${s.filesUrl ? html_link(s.filesUrl, 'files') : '—'}</td>`
    ];
    return `<tr data-order="${order}"${order >= rowsPerPage ? ' hidden' : ''}>${cells.join('')}</tr>`;
}

;// CONCATENATED MODULE: ./src/page/render-fleet.ts
/**
 * The fleet page (`index.html`): one row per cluster with its banner, the
 * last synced commit and when, drift from the latest scheduled check, and
 * a link to the cluster's page.
 */



/** The fleet page's HTML. */
function renderFleetPage(data, context) {
    const { links, now } = context;
    const rows = data.clusters.map((c) => {
        const banner = clusterBanner(c);
        const synced = c.syncs.find((s) => s.status === 'Success');
        const path = `${encodeURIComponent(clusterPath(c.name))}/index.html`;
        return [
            '<tr>',
            `<th scope="row"><a href="${esc(path)}">${esc(c.name)}</a></th>`,
            `<td><span class="badge ${statusClass(banner)}">${esc(banner)}</span></td>`,
            `<td>${synced ? `${html_link(links.commitUrl(synced.commit), `<code>${esc((0,report_links/* shortSha */.F)(synced.commit))}</code>`)} ${timeTag(synced.startedAt, now)}` : '—'}</td>`,
            `<td>${c.drift ? `${html_link(c.drift.url, esc(c.drift.summary))} ${timeTag(c.drift.checkedAt, now)}` : '—'}</td>`,
            '</tr>'
        ].join('');
    });
    const body = [
        `<h1>${esc(data.repository)}: clusters</h1>`,
        data.clusters.length === 0
            ? '<p>No cluster has been synced yet: the Action records a sync per cluster with <code>mode: sync</code>.</p>'
            : `<div class="scroll"><table><caption class="muted">${data.clusters.length} clusters</caption><thead><tr><th scope="col">Cluster</th><th scope="col">Status</th><th scope="col">Last synced commit</th><th scope="col">Drift (latest scheduled check)</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
    ].join('\n');
    return render_parts_document({
        title: `${data.repository} · ClusterSync`,
        body,
        builtAt: data.builtAt,
        now
    });
}

;// CONCATENATED MODULE: ./src/page/build-site.ts
/**
 * The whole site from PageData, as files: `index.html` (the fleet), and per
 * cluster `<cluster>/index.html` and `<cluster>/badge.svg`, plus the data
 * file the next build starts from. Pure: the same data and time give the
 * same bytes.
 */







/** Every file of the site by its path inside the site folder. */
function buildSite(data, now) {
    const links = (0,report_links/* repoLinks */.A)(data.serverUrl, data.repository);
    const files = new Map();
    files.set('index.html', renderFleetPage(data, { links, now }));
    for (const cluster of data.clusters) {
        const dir = clusterPath(cluster.name);
        files.set(`${dir}/index.html`, renderClusterPage(cluster, {
            links,
            now,
            builtAt: data.builtAt,
            repository: data.repository
        }));
        files.set(`${dir}/badge.svg`, renderBadge(cluster.name, clusterBanner(cluster)));
    }
    files.set(dataFileName, `${JSON.stringify(data)}\n`);
    return files;
}

// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Diagnostics as annotations, in the two forms GitHub has. Check-run
 * annotations carry every diagnostic (sent 50 per request by checks.ts).
 * Workflow-command annotations (`::error file=…`) are capped by GitHub at 10
 * errors and 10 warnings per step, so only the first ones are emitted and a
 * final notice says how many more there are and where to read them.
 */


/** GitHub shows at most this many errors (and as many warnings) per step. */
const workflowAnnotationLimit = 10;
/** The message with its hint, as both forms show it. */
function fullMessage(d) {
    return d.hint ? `${d.message}\n${d.hint}` : d.message;
}
/**
 * Every diagnostic as a check-run annotation, sorted. Diagnostics without a
 * file are placed on line 1 of `fallbackFile` (the definition), because the
 * Checks API requires a path. Columns are kept only on one-line ranges,
 * the only case GitHub accepts them.
 */
function annotations_checkAnnotations(diagnostics, fallbackFile) {
    return sortDiagnostics(diagnostics).map((given) => {
        const d = showDiagnostic(given, displayText);
        const start = d.line ?? 1;
        const end = Math.max(d.endLine ?? start, start);
        const a = {
            path: d.file ?? fallbackFile,
            start_line: start,
            end_line: end,
            annotation_level: d.severity === 'error'
                ? 'failure'
                : d.severity === 'warning'
                    ? 'warning'
                    : 'notice',
            message: fullMessage(d),
            title: d.pointer ? `${d.code} at ${d.pointer}` : d.code
        };
        if (start === end && d.column !== undefined) {
            a.start_column = d.column;
            a.end_column = Math.max(d.endColumn ?? d.column, d.column);
        }
        return a;
    });
}
/**
 * The workflow annotations to emit: at most 10 errors and 10 warnings (info
 * diagnostics stay in the summary), then one notice "and N more" pointing
 * at `moreAt` (the check run or the job summary) when any were left out.
 */
function workflowAnnotations(diagnostics, moreAt) {
    const sorted = sortDiagnostics(diagnostics).map((d) => showDiagnostic(d, displayText));
    const out = [];
    let left = 0;
    for (const severity of ['error', 'warning']) {
        const all = sorted.filter((d) => d.severity === severity);
        for (const d of all.slice(0, workflowAnnotationLimit)) {
            out.push({
                level: severity,
                message: fullMessage(d),
                title: d.code,
                file: d.file,
                startLine: d.line,
                endLine: d.endLine,
                startColumn: d.column,
                endColumn: d.endColumn
            });
        }
        left += Math.max(0, all.length - workflowAnnotationLimit);
    }
    if (left > 0) {
        out.push({
            level: 'notice',
            title: 'ClusterSync',
            message: `and ${left} more; every diagnostic is listed in ${moreAt}`
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(3844);
;// CONCATENATED MODULE: ./src/report/checks.ts




/** GitHub's limit of annotations per create/update request. */
const annotationsPerRequest = 50;
/**
 * The most annotations one check run gets (10 requests). A definition a
 * pull request writes can hold any number of mistakes, and 50,000 took
 * 1,000 requests: a token's hourly budget. The rest are in the summary and
 * the log; errors are annotated first.
 */
const maxAnnotations = 500;
/** GitHub's limit for output.summary and output.text. */
const outputLimit = 65535;
const checks_phases = (/* unused pure expression or super */ null && ([
    'Fetching',
    'Validating',
    'Applying',
    'Completed'
]));
/** The check run's name for a cluster. */
function checkRunName(cluster) {
    return `ClusterSync / ${cluster}`;
}
/** "✔ Fetching → ● Validating → ○ Applying → ○ Completed". */
function progressLine(current, done = false) {
    const at = checks_phases.indexOf(current);
    return checks_phases
        .map((p, i) => `${i < at || (done && i === at) ? '✔' : i === at ? '●' : '○'} ${p}`)
        .join(' → ');
}
/** The create request: in progress, at Fetching. */
function startCheckRun(input) {
    return {
        name: checkRunName(input.cluster),
        head_sha: input.sha,
        status: 'in_progress',
        started_at: input.startedAt,
        external_id: input.externalId,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: phaseOutput('Fetching')
    };
}
/** The update at the start of a phase. */
function phaseCheckRun(phase, detail) {
    return { status: 'in_progress', output: phaseOutput(phase, detail) };
}
function phaseOutput(phase, detail) {
    return {
        title: `${bannerIcon('Syncing')} Syncing: ${phase}`,
        summary: `${progressLine(phase)}${detail ? `\n\n${detail}` : ''}`
    };
}
/** success / failure / neutral, as the Checks API names them. */
function conclusionFor(result) {
    return result.status === 'synced'
        ? 'success'
        : result.status === 'error'
            ? 'failure'
            : 'neutral';
}
/** The completed output (title, summary, text), without annotations. */
function completedOutput(report) {
    const { result, links } = report;
    const banner = bannerFor(result.status);
    const summary = [
        `## ${bannerIcon(banner)} ${banner}: ${headline(result)}`,
        progressLine('Completed', result.status !== 'error'),
        report.modeNote ? `> ${report.modeNote}` : '',
        metadataTable(result, links, `${banner} (${result.reason})`),
        '### Stacks and steps',
        stepsTable(result.steps),
        result.diagnostics.length > 0 ? '### Diagnostics' : '',
        result.diagnostics.length > 0
            ? diagnosticsTable(result.diagnostics, links, result.metadata.commit)
            : ''
    ].filter((p) => p !== '');
    const plan = report.plan ? planSection(report.plan) : '';
    const record = embedRecord(report.record);
    const text = [plan ? `### Plan\n\n${plan}` : '', record]
        .filter((p) => p !== '')
        .join('\n\n');
    return {
        title: cutTo(`${bannerIcon(banner)} ${banner}: ${headline(result)}`, 255),
        summary: truncate(summary.join('\n\n'), outputLimit, 'see the job summary'),
        // The record goes last and is kept whole even when the plan is cut.
        text: `${truncate(text.slice(0, -record.length), outputLimit - record.length - 2, 'see the job summary')}${record}`
    };
}
/**
 * The update requests that complete the run: one per batch of 50
 * annotations (the last one carries the conclusion), or one request when
 * there are none.
 */
function completeCheckRun(report, completedAt) {
    const all = checkAnnotations(report.result.diagnostics, report.definitionFile);
    const rank = { failure: 0, warning: 1, notice: 2 };
    const annotations = [...all]
        .sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level])
        .slice(0, maxAnnotations);
    const completed = completedOutput(report);
    const more = all.length - annotations.length;
    // Said under the heading: a summary this long is cut at its end.
    const [heading = '', ...rest] = completed.summary.split('\n');
    const output = more > 0
        ? {
            ...completed,
            summary: truncate([
                heading,
                '',
                `${more.toLocaleString('en-US')} more diagnostics are not annotated (at most ${maxAnnotations} are); the job summary and the log list them.`,
                ...rest
            ].join('\n'), outputLimit, 'see the job summary')
        }
        : completed;
    const batches = [];
    for (let i = 0; i < annotations.length; i += annotationsPerRequest) {
        batches.push(annotations.slice(i, i + annotationsPerRequest));
    }
    if (batches.length === 0)
        batches.push([]);
    return batches.map((batch, i) => {
        const last = i === batches.length - 1;
        return {
            ...(last
                ? {
                    status: 'completed',
                    conclusion: conclusionFor(report.result),
                    completed_at: completedAt
                }
                : { status: 'in_progress' }),
            output: { ...output, ...(batch.length > 0 ? { annotations: batch } : {}) }
        };
    });
}

;// CONCATENATED MODULE: ./src/page/read-page-data.ts


/** Counts requests and refuses the optional ones once the budget is spent. */
class Budget {
    max;
    used = 0;
    constructor(max) {
        this.max = max;
    }
    /** Makes a request the build cannot do without (lists). */
    need(call) {
        this.used++;
        return call();
    }
    /** Makes a request if the budget allows; undefined when it does not. */
    async spare(call) {
        if (this.used >= this.max)
            return undefined;
        this.used++;
        return { value: await call() };
    }
}
/** Reads every cluster's history; rejects with what the GitHub port throws. */
async function readPageData(api, options) {
    const budget = new Budget(options.maxRequests);
    const names = await budget.need(() => api.listEnvironments());
    const stored = new Map((options.previous?.clusters ?? []).map((c) => [c.name, c]));
    const checkRuns = new Map();
    const clusters = [];
    for (const name of [...new Set([...names, ...stored.keys()])].sort()) {
        const cluster = await readCluster(name, stored.get(name));
        if (cluster.syncs.length === 0 && !names.includes(name))
            continue;
        clusters.push(cluster);
    }
    // Newest syncs first across clusters, so a tight budget resolves what
    // the banners show before older rows.
    const pending = clusters
        .flatMap((c) => c.syncs.filter((s) => !s.resolved).map((s) => ({ c, s })))
        .sort((a, b) => (a.s.startedAt < b.s.startedAt ? 1 : -1));
    for (const { c, s } of pending)
        await resolveSync(api, budget, checkRuns, c.name, s);
    for (const c of clusters)
        c.drift = findDrift(c, checkRuns) ?? c.drift;
    return {
        data: {
            v: 1,
            repository: options.repository,
            serverUrl: options.serverUrl,
            builtAt: options.now.toISOString(),
            clusters
        },
        requests: budget.used,
        unresolved: pending.filter(({ s }) => !s.resolved).length
    };
    async function readCluster(name, previous) {
        const known = new Set(previous?.syncs.map((s) => s.id));
        // A first build stops at the limit; later builds read everything newer.
        const limit = options.all || previous
            ? Number.POSITIVE_INFINITY
            : options.firstBuildLimit;
        const fresh = [];
        let reachedKnown = false;
        let exhausted = false;
        for (let page = 1; fresh.length < limit && !reachedKnown; page++) {
            const batch = await budget.need(() => api.listDeployments(name, page, 100));
            for (const d of batch) {
                if (known.has(d.id)) {
                    reachedKnown = true;
                    break;
                }
                const record = (0,report_history/* parseRecord */.Hh)(d.payload);
                if (!record)
                    continue; // someone else's deployment to this environment
                fresh.push(syncFrom(d.id, d.sha, d.creator, record));
                if (fresh.length >= limit)
                    break;
            }
            if (batch.length < 100 && !reachedKnown)
                exhausted = true;
            if (exhausted)
                break;
        }
        return {
            name,
            syncs: [...fresh, ...(previous?.syncs ?? [])],
            // Whether anything older than the stored syncs is left unread.
            complete: exhausted || (reachedKnown && (previous?.complete ?? false)),
            ...(previous?.drift ? { drift: previous.drift } : {})
        };
    }
}
function syncFrom(id, sha, creator, record) {
    return {
        id,
        status: record.status,
        resolved: false,
        source: record.source,
        commit: sha,
        startedAt: record.startedAt,
        triggeredBy: record.triggeredBy ?? creator ?? '',
        retryCount: record.retryCount,
        ...(record.runUrl ? { runUrl: record.runUrl } : {}),
        ...(record.filesUrl ? { filesUrl: record.filesUrl } : {})
    };
}
/** Fills in a sync's outcome from its check run, else its Deployment. */
async function resolveSync(api, budget, cache, cluster, sync) {
    if (!cache.has(sync.commit)) {
        const got = await budget.spare(() => api.listCheckRunsForCommit(sync.commit));
        if (!got)
            return;
        cache.set(sync.commit, got.value);
    }
    const runs = cache.get(sync.commit);
    if (runs === undefined)
        sync.commitMissing = true;
    const record = (runs ?? [])
        .filter((r) => r.name === checkRunName(cluster))
        .map((r) => (0,report_history/* readEmbeddedRecord */.ow)(r.text ?? ''))
        .find((r) => r?.startedAt === sync.startedAt && r.cluster === cluster);
    if (record) {
        Object.assign(sync, outcomeOf(record));
        sync.resolved = sync.status !== 'Running';
        delete sync.noCheckRun;
        return;
    }
    const got = await budget.spare(() => api.latestDeploymentStatus(sync.id));
    if (!got)
        return;
    sync.noCheckRun = true;
    sync.status = (0,report_history/* historyStatusOf */.OQ)(got.value);
    if (got.value?.log_url)
        sync.runUrl ??= got.value.log_url;
    sync.resolved = sync.status !== 'Running';
}
function outcomeOf(record) {
    return JSON.parse(JSON.stringify({
        status: record.status,
        durationMs: record.durationMs,
        reason: record.reason,
        runUrl: record.runUrl,
        filesUrl: record.filesUrl,
        phases: record.phases,
        errors: record.errors,
        errorsTotal: record.errorsTotal,
        retryCount: record.retryCount
    }));
}
/**
 * The newest scheduled drift check among the check runs read: a check run
 * of the cluster whose record came from the schedule and is no sync of the
 * history (a drift check applies nothing, so it records no Deployment).
 */
function findDrift(cluster, cache) {
    const synced = new Set(cluster.syncs.map((s) => s.startedAt));
    let best;
    for (const runs of cache.values()) {
        for (const run of runs ?? []) {
            if (run.name !== checkRunName(cluster.name))
                continue;
            const record = (0,report_history/* readEmbeddedRecord */.ow)(run.text ?? '');
            if (record?.source !== 'schedule' || synced.has(record.startedAt))
                continue;
            if (best && best.checkedAt >= record.startedAt)
                continue;
            best = {
                checkedAt: record.startedAt,
                summary: (run.title ?? record.status).replace(/^\S+\s/, ''),
                ...(run.html_url ? { url: run.html_url } : {})
            };
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/page/update-site.ts
/**
 * Builds or refreshes the site in a folder: reads the data the previous
 * build left there, reads what is newer from GitHub, and writes every page,
 * the badges and the data file. Shared by `clustersync page` and the
 * Action's `mode: page`.
 */





/** Syncs per cluster the first build reads without `all`. */
const firstBuildLimit = 500;
/** GITHUB_TOKEN may make 1,000 requests an hour; a build uses at most half. */
const defaultMaxRequests = 500;
/** Writes the site; rejects with GitHub's or the file system's error. */
async function updateSite(api, options) {
    const dataPath = (0,external_node_path_.join)(options.dir, dataFileName);
    const previous = parsePageData(await (0,promises_.readFile)(dataPath, 'utf8').catch(() => undefined), options.repository);
    const read = await readPageData(api, {
        repository: options.repository,
        serverUrl: options.serverUrl,
        previous,
        firstBuildLimit,
        all: options.all,
        maxRequests: options.maxRequests ?? defaultMaxRequests,
        now: options.now
    });
    const files = buildSite(read.data, options.now);
    for (const [path, content] of files) {
        const target = (0,external_node_path_.join)(options.dir, path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, content);
    }
    return {
        clusters: read.data.clusters.length,
        syncs: read.data.clusters.reduce((n, c) => n + c.syncs.length, 0),
        requests: read.requests,
        unresolved: read.unresolved,
        incremental: previous !== undefined
    };
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/commands/history-run.ts + 1 modules
var history_run = __webpack_require__(4935);
;// CONCATENATED MODULE: ./src/cli/commands/page-run.ts
/** What `clustersync page` runs (page-command.ts has the command and its flags). */







async function runPage(args, ctx) {
    const repository = (0,cli_args/* stringOption */.Pp)(args, 'repo') ?? ctx.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* UsageError */.eb('--repo owner/name is required (or set GITHUB_REPOSITORY)');
    }
    const out = (0,cli_args/* stringOption */.Pp)(args, 'out') ?? '';
    if (out === '')
        throw new errors/* UsageError */.eb('--out <dir> is required');
    const token = (0,cli_args/* stringOption */.Pp)(args, 'token') ?? ctx.env.GITHUB_TOKEN ?? '';
    if (token === '')
        throw new errors/* UsageError */.eb('a GitHub token is required: --token or GITHUB_TOKEN');
    const apiUrl = (0,cli_args/* stringOption */.Pp)(args, 'api-url') ??
        ctx.env.GITHUB_API_URL ??
        'https://api.github.com';
    const logger = (0,cli_logger/* createCliLogger */.x)(ctx.stderr);
    logger.mask(token);
    let retries = 0;
    // Loaded on demand: only the commands that talk to GitHub need octokit.
    const { createGitHubApi } = await Promise.all(/* import() */[__webpack_require__.e(910), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 3155));
    const api = createGitHubApi({
        token,
        apiUrl,
        owner,
        repo,
        clock: ctx.clock,
        logger,
        onRetry: () => void retries++
    });
    const dir = (0,external_node_path_.isAbsolute)(out) ? out : (0,external_node_path_.join)(ctx.cwd, out);
    const result = await updateSite(api, {
        dir,
        repository: `${owner}/${repo}`,
        serverUrl: ctx.env.GITHUB_SERVER_URL ?? (0,history_run.serverFromApi)(apiUrl),
        all: (0,cli_args/* booleanOption */.Ic)(args, 'all') ?? false,
        now: ctx.clock.now()
    });
    const requests = result.requests + retries;
    ctx.stdout.write(`wrote ${(0,external_node_path_.join)(out, 'index.html')}: ${(0,plural/* plural */.L)(result.clusters, 'cluster')}, ${(0,plural/* plural */.L)(result.syncs, 'sync')} (${result.incremental ? 'incremental' : 'first build'}); ${(0,plural/* plural */.L)(requests, 'GitHub request')}\n`);
    if (result.unresolved > 0)
        ctx.stderr.write(`warning: ${(0,plural/* plural */.L)(result.unresolved, 'sync')} not read yet (request budget reached); the next build reads them\n`);
    return 0;
}


/***/ })

};
;