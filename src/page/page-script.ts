/**
 * The pages' small inline script. Without it a page still reads: the
 * server-side HTML shows the first 10 rows, times relative to the build and
 * the absolute time on hover. With it: relative times from now, sorting by
 * any column (click, or Enter/Space on the header's button; `aria-sort`
 * says the order), and pages of 10. It only moves rows the page already
 * holds and sets textContent, so it can never turn data into markup.
 */
export const pageScript = `(function(){
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
show(1)})();`
