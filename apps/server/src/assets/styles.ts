/**
 * The app's stylesheet, served at /assets/app.css. Colours meet WCAG 2.1 AA contrast (4.5:1 for
 * text) on their backgrounds; focus is always visible; the layout collapses to one column on
 * narrow screens.
 */
export const APP_CSS = `
:root {
  --ink: #1d2330; --muted: #4a5263; --line: #d5d9e0; --bg: #f6f7f9; --card: #ffffff;
  --brand: #0b5563; --brand-ink: #ffffff; --accent: #8a4b08; --danger: #a11d1d; --ok: #1f6b35;
  --focus: #ffbf47; --radius: 8px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--bg); line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--brand); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.topbar { background: var(--brand); color: var(--brand-ink); display: flex; align-items: center; gap: 1rem; padding: .6rem 1.25rem; flex-wrap: wrap; }
.topbar a, .topbar button.linklike { color: var(--brand-ink); }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; letter-spacing: .02em; }
.brand small { font-weight: 400; opacity: .9; margin-left: .5rem; }
.topbar .org { font-weight: 600; }
.topbar .spacer { flex: 1; }
.topbar form { margin: 0; }
button.linklike { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; }
.shell { display: grid; grid-template-columns: 17rem 1fr; flex: 1; }
.sidenav { background: var(--card); border-right: 1px solid var(--line); padding: 1rem .75rem; }
.sidenav h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem .5rem .25rem; }
.sidenav ul { list-style: none; margin: 0; padding: 0; }
.sidenav a { display: block; padding: .4rem .6rem; border-radius: 6px; text-decoration: none; color: var(--ink); }
.sidenav a:hover { background: var(--bg); }
.sidenav a[aria-current="page"] { background: #e3f0f2; color: var(--brand); font-weight: 600; }
main { padding: 1.5rem 2rem 3rem; max-width: 70rem; width: 100%; }
main.narrow { max-width: 34rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .75rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem; margin-bottom: 1rem; }
.card > :first-child { margin-top: 0; }
.topbar form { display: flex; align-items: center; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; }
.stat { font-size: 2rem; font-weight: 700; margin: 0; }
.muted { color: var(--muted); }
.banner { border-left: 4px solid var(--accent); background: #fff7ec; padding: .75rem 1rem; margin-bottom: 1rem; border-radius: 4px; }
.notice { border-left: 4px solid var(--ok); background: #edf7ef; padding: .75rem 1rem; margin-bottom: 1rem; border-radius: 4px; }
.error-summary { border-left: 4px solid var(--danger); background: #fdeeee; padding: .75rem 1rem; margin-bottom: 1rem; border-radius: 4px; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
.hint { display: block; color: var(--muted); font-size: .9rem; margin-bottom: .25rem; }
.field-error { display: block; color: var(--danger); font-weight: 600; font-size: .9rem; }
input[type=text], input[type=email], input[type=password], input[type=number], input[type=search], select, textarea {
  width: 100%; max-width: 32rem; padding: .55rem .65rem; border: 1px solid #8a93a3; border-radius: 6px; font: inherit; background: #fff; color: var(--ink);
}
input[aria-invalid="true"] { border-color: var(--danger); border-width: 2px; }
.check { display: flex; gap: .5rem; align-items: center; font-weight: 400; }
button, .button { display: inline-block; background: var(--brand); color: var(--brand-ink); border: 0; border-radius: 6px; padding: .6rem 1.1rem; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; margin-top: 1rem; }
button.secondary, .button.secondary { background: #fff; color: var(--brand); border: 1px solid var(--brand); }
button.danger { background: var(--danger); }
button.small { padding: .3rem .7rem; margin-top: 0; font-size: .9rem; }
table { width: 100%; border-collapse: collapse; background: var(--card); }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .85rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: var(--radius); }
.list-search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.list-search label { margin: 0; }
.list-search input[type=search] { max-width: 20rem; }
.pager { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; margin: .75rem 0; }
.pager p { margin: 0; }
th a { color: inherit; }
.steps { counter-reset: none; list-style: none; padding: 0; display: grid; gap: .75rem; }
.steps li { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; }
.first-steps { padding-left: 1.25rem; }
.first-steps li { margin-bottom: .75rem; }
.tag { display: inline-block; font-size: .8rem; padding: .1rem .5rem; border-radius: 999px; background: #e3f0f2; color: var(--brand); font-weight: 600; }
.tag.planned { background: #eef0f3; color: var(--muted); }
.inline-form { display: inline; }
.inline-form button { margin-top: 0; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
footer.site { padding: 1rem 2rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); background: var(--card); }
code.link { word-break: break-all; display: block; background: var(--bg); padding: .5rem; border-radius: 4px; }
/* Grievance channel and cases */
.hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.pre { white-space: pre-wrap; overflow-wrap: anywhere; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; margin: 1rem 0; }
legend { font-weight: 600; padding: 0 .25rem; }
.language-switch ul { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; flex-wrap: wrap; }
.language-switch [aria-current] { font-weight: 700; text-decoration: underline; }
.receipt code { font-size: 1.4rem; font-weight: 700; letter-spacing: .08em; }
.receipt dd { margin: 0 0 1rem; }
.messages { list-style: none; padding: 0; }
.messages li { border-left: 3px solid var(--line); padding: .25rem .75rem; margin-bottom: .75rem; }
.internal { background: #fffdf3; }
.tag.overdue { background: #fdeeee; color: var(--danger); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.event-form { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: .5rem; }
textarea[aria-invalid="true"], select[aria-invalid="true"] { border-color: var(--danger); border-width: 2px; }
@media (max-width: 800px) {
  .shell { grid-template-columns: 1fr; }
  .sidenav { border-right: 0; border-bottom: 1px solid var(--line); }
  main { padding: 1rem; }
  .two-col { grid-template-columns: 1fr; }
}
/* Due-diligence workflow (issue #6) */
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tag.warn { background: #fff1df; color: #7a3f00; }
fieldset { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem 1rem; margin: 0 0 1rem; background: var(--card); }
legend { font-weight: 700; padding: 0 .25rem; }
fieldset.choices.inline { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; align-items: center; }
fieldset.choices.inline legend { flex-basis: 100%; }
fieldset.choices.inline .hint, fieldset.choices.inline .field-error { flex-basis: 100%; }
.choices .check { margin: .35rem 0; }
.material-row { background: var(--bg); }
input[type=date], input[type=url] { width: 100%; max-width: 32rem; padding: .55rem .65rem; border: 1px solid #8a93a3; border-radius: 6px; font: inherit; background: #fff; color: var(--ink); }
textarea[aria-invalid="true"], select[aria-invalid="true"] { border-color: var(--danger); border-width: 2px; }
.question { margin-bottom: .75rem; }
.question fieldset { border: 0; padding: 0; margin: 0; background: none; }
.small { font-size: .85rem; }
.goal-list { list-style: none; padding: 0; display: grid; gap: .75rem; }
.goal-title { font-size: 1.05rem; margin: 0 0 .5rem; }
.row-form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
.row-form > div { flex: 1 1 12rem; }
.row-form button { margin-top: .5rem; }
details > summary { cursor: pointer; color: var(--brand); font-weight: 600; margin: .5rem 0; }
.bar { display: inline-block; width: 6rem; height: .6rem; background: #e6e9ee; border-radius: 999px; vertical-align: middle; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: var(--brand); }
.bar-fill.w-0 { width: 0%; }
.bar-fill.w-5 { width: 5%; }
.bar-fill.w-10 { width: 10%; }
.bar-fill.w-15 { width: 15%; }
.bar-fill.w-20 { width: 20%; }
.bar-fill.w-25 { width: 25%; }
.bar-fill.w-30 { width: 30%; }
.bar-fill.w-35 { width: 35%; }
.bar-fill.w-40 { width: 40%; }
.bar-fill.w-45 { width: 45%; }
.bar-fill.w-50 { width: 50%; }
.bar-fill.w-55 { width: 55%; }
.bar-fill.w-60 { width: 60%; }
.bar-fill.w-65 { width: 65%; }
.bar-fill.w-70 { width: 70%; }
.bar-fill.w-75 { width: 75%; }
.bar-fill.w-80 { width: 80%; }
.bar-fill.w-85 { width: 85%; }
.bar-fill.w-90 { width: 90%; }
.bar-fill.w-95 { width: 95%; }
.bar-fill.w-100 { width: 100%; }
table.heat td.heat-cell { text-align: center; font-weight: 700; }
.heat-1 { background: #eef6ef; }
.heat-2 { background: #fff6d9; }
.heat-3 { background: #ffe2c7; }
.heat-4 { background: #fbd0d0; }
.trend { margin: 0 0 1rem; max-width: 40rem; }
.due-list { padding-left: 1.25rem; }
.policy h3 { margin-top: 1.5rem; }
.annex { border-left: 4px solid var(--accent); }
.sc-subnav { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: 0 0 1rem; }
.sc-counts { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; }
.sc-counts li { margin: 0; min-width: 9rem; }
.sc-counts strong { display: block; font-size: 1.5rem; }
.dropzone { border: 2px dashed var(--muted); border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
.dropzone.dragging { border-color: var(--brand); background: #e3f0f2; }
.sc-progress { list-style: none; padding: 0; }
.sc-progress progress { width: 12rem; vertical-align: middle; }
.sc-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
.sc-facts dd { margin: 0; overflow-wrap: anywhere; }
.sc-request { width: 100%; font-family: inherit; }
`;
