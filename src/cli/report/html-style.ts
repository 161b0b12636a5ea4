// The report's inline stylesheet: plain, large enough to read, printable, no web fonts or external images.
export const REPORT_CSS = `
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font-size:15px}
body{margin:0;font-family:"Segoe UI","Noto Sans",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2937;background:#f4f6f8;line-height:1.45}
.wrap{max-width:1240px;margin:0 auto;padding:0 20px}
header.top{background:#0f4c81;color:#fff;padding:22px 0 0}
header.top h1{margin:0;font-size:1.9rem;font-weight:650}
header.top .sub{margin:4px 0 0;font-size:1.05rem;opacity:.95}
header.top .meta{margin:6px 0 14px;font-size:.9rem;opacity:.85}
nav.tabs{display:flex;gap:4px;flex-wrap:wrap}
nav.tabs a{color:#fff;text-decoration:none;padding:9px 16px;border-radius:8px 8px 0 0;background:rgba(255,255,255,.12);font-weight:600}
nav.tabs a:hover,nav.tabs a:focus{background:#f4f6f8;color:#0f4c81}
section{background:#fff;border:1px solid #e3e7ec;border-radius:12px;padding:20px 22px;margin:22px 0}
h2{margin:0 0 14px;font-size:1.4rem;color:#0f4c81}
h3{margin:22px 0 8px;font-size:1.1rem;color:#1f2937}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:14px;margin-bottom:8px}
.card{display:block;border-radius:10px;padding:14px 16px;border:1px solid #e3e7ec;border-left-width:6px;color:inherit;text-decoration:none;background:#fff}
a.card:hover,a.card:focus{box-shadow:0 2px 8px rgba(15,76,129,.18)}
.card .n{font-size:2.1rem;font-weight:700;line-height:1.1}
.card .l{font-size:1.05rem;font-weight:600}
.card .h{font-size:.85rem;color:#4b5563;margin-top:4px}
.card.error{border-left-color:#b91c1c}.card.error .n{color:#b91c1c}
.card.warning{border-left-color:#b45309}.card.warning .n{color:#b45309}
.card.info{border-left-color:#1d4ed8}.card.info .n{color:#1d4ed8}
.card.registers{border-left-color:#0f766e}.card.registers .n{color:#0f766e}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:7px 10px;border-bottom:1px solid #e5e7eb}
thead th{background:#eef2f6;color:#1f2937;font-weight:650;position:sticky;top:0;z-index:1}
tbody tr:nth-child(even){background:#fafbfc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700;background:#eef2f6;border-top:2px solid #9ca3af}
code,.rule{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:.9em}
table.narrow{width:auto;min-width:min(640px,100%)}
table.rollup td:first-child{min-width:220px}
button.rule{background:none;border:0;padding:0;color:#0f4c81;text-decoration:underline;cursor:pointer}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:.82rem;font-weight:650;white-space:nowrap}
.badge.error{background:#fee2e2;color:#991b1b}
.badge.warning{background:#fef3c7;color:#92400e}
.badge.info{background:#dbeafe;color:#1e40af}
.muted{color:#6b7280;font-size:.85em}
details summary{cursor:pointer;color:#0f4c81}
details table{margin-top:6px;font-size:.85rem}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;background:#f8fafc;border:1px solid #e3e7ec;border-radius:10px;padding:12px 14px;margin-bottom:10px}
.filters label{display:flex;flex-direction:column;font-size:.85rem;font-weight:600;gap:3px;color:#374151}
.filters select,.filters input{font:inherit;font-size:.95rem;padding:6px 8px;border:1px solid #cbd5e1;border-radius:6px;background:#fff;min-width:170px;max-width:260px}
.filters label.q{flex:1 1 240px}
.filters input{min-width:0;max-width:none;width:100%}
.filters button,#f-more{font:inherit;font-size:.92rem;padding:7px 14px;border-radius:6px;border:1px solid #0f4c81;background:#fff;color:#0f4c81;cursor:pointer}
#f-more{margin-top:10px;background:#0f4c81;color:#fff}
.status{margin:6px 0 10px;font-weight:600}
.findings td.msg{min-width:320px}
.findings td.cell{white-space:nowrap}
.findings td.rule{white-space:nowrap}
.findings td.file{min-width:170px;word-break:break-word}
.table-findings{max-height:75vh;overflow:auto;border:1px solid #e3e7ec;border-radius:8px}
.empty{padding:18px;text-align:center;color:#4b5563;background:#f8fafc;border-radius:8px}
svg.chart{display:block;width:100%;max-width:1100px;height:auto;font-family:inherit}
figure.chart-box{margin:8px 0 30px}
footer{color:#6b7280;font-size:.85rem;padding:8px 0 30px}
@media print{
 body{background:#fff}
 header.top{background:#fff;color:#000}
 nav.tabs,.filters,#f-more,noscript{display:none}
 section{border:0;padding:0;break-inside:auto}
 .table-findings{max-height:none;overflow:visible;border:0}
}
`;
