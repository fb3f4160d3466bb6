/* greenreview workbench. Plain JavaScript, no build step, no external assets.
   Report text is untrusted: everything is inserted with textContent, never innerHTML. */
"use strict";

const SEV = { high: "高", medium: "中", low: "低", info: "提示" };
const SEV_ORDER = ["high", "medium", "low", "info"];
const RISK = { high: "高风险", medium: "中风险", low: "低风险" };
const TYPES = { factory: "绿色工厂", park: "绿色工业园区", supply_chain: "绿色供应链管理企业" };
const KINDS = { self: "自评价", third_party: "第三方评价" };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const $ = (id) => document.getElementById(id);
function show(node, text) { if (!node) return; node.hidden = !text; node.textContent = text || ""; }

class ApiError extends Error {
  constructor(status, body) { super((body && body.message) || `请求失败（${status}）`); this.status = status; this.body = body || {}; }
}

async function api(path, opts = {}) {
  const headers = Object.assign({ "X-Greenreview": "1" }, opts.headers || {});
  let body = opts.body;
  if (body && !(body instanceof FormData) && typeof body !== "string") {
    headers["Content-Type"] = "application/json"; body = JSON.stringify(body);
  }
  const res = await fetch(path, { method: opts.method || "GET", headers, body, credentials: "same-origin" });
  let data = null;
  const type = res.headers.get("content-type") || "";
  if (type.includes("json")) data = await res.json().catch(() => null);
  if (res.status === 401 && document.body.dataset.page !== "login") {
    location.href = "/login?next=" + encodeURIComponent(location.pathname); throw new ApiError(401, data);
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

function riskBadge(risk) {
  return el("span", { class: "risk-badge risk-" + (risk || "none") }, risk ? RISK[risk] : "未审查");
}
function fmtTime(iso) { return iso ? iso.replace("T", " ").slice(0, 16) : ""; }

/* ---------- login ---------- */
function initLogin() {
  $("login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    show($("login-error"), "");
    try {
      await api("/api/login", { method: "POST", body: { token: $("token").value.trim() } });
      const next = new URLSearchParams(location.search).get("next");
      location.href = next && next.startsWith("/") && !next.startsWith("//") ? next : "/workbench";
    } catch (err) { show($("login-error"), err.message); }
  });
}

/* ---------- job progress: SSE with polling fallback ---------- */
function watchJob(jobId, onUpdate) {
  return new Promise((resolve) => {
    let finished = false;
    const finish = (job) => { if (!finished) { finished = true; resolve(job); } };
    const handle = (job) => { onUpdate(job); if (job.status === "done" || job.status === "failed") finish(job); };
    const poll = async () => {
      while (!finished) {
        try { handle(await api(`/api/jobs/${jobId}`)); } catch (err) { onUpdate({ status: "failed", error: { message: err.message } }); finish(null); }
        await new Promise((r) => setTimeout(r, 700));
      }
    };
    if (!window.EventSource) { poll(); return; }
    const es = new EventSource(`/api/jobs/${jobId}/events`);
    es.addEventListener("progress", (ev) => { const job = JSON.parse(ev.data); handle(job); if (finished) es.close(); });
    es.onerror = () => { es.close(); if (!finished) poll(); };
  });
}

function renderProgress(barId, stageId, job) {
  const pct = Math.round((job.progress || 0) * 100);
  $(barId).style.width = (job.status === "done" ? 100 : pct) + "%";
  const label = { queued: "排队中", running: "审查中", done: "审查完成", failed: "审查失败" }[job.status] || "";
  const stage = job.stage && job.stage !== label ? " · " + job.stage : "";
  $(stageId).textContent = `${label}${stage}${job.status === "running" ? ` · ${pct}%` : ""}`;
}

/* ---------- workbench ---------- */
function initWorkbench() {
  const form = $("upload-form");
  $("file").addEventListener("change", () => { $("file-name").textContent = $("file").files[0] ? $("file").files[0].name : "未选择文件"; });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    show($("upload-error"), "");
    const file = $("file").files[0];
    if (!file) { show($("upload-error"), "请先选择文件。"); return; }
    const fd = new FormData(); fd.append("file", file, file.name);
    $("upload-submit").disabled = true; $("upload-status").hidden = false;
    renderProgress("upload-bar", "upload-stage", { status: "queued", stage: "正在上传与解析", progress: 0.05 });
    try {
      const up = await api("/api/reports", { method: "POST", body: fd });
      const job = await api(`/api/reports/${up.id}/review`, { method: "POST" });
      location.href = `/reports/${up.id}?job=${job.job_id}`;
    } catch (err) {
      $("upload-status").hidden = true; show($("upload-error"), err.message);
    } finally { $("upload-submit").disabled = false; }
  });
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); loadReports(); });
  loadReports();
}

async function loadReports() {
  const params = new URLSearchParams({ sort: "risk", limit: "200" });
  if ($("search-q").value.trim()) params.set("q", $("search-q").value.trim());
  if ($("search-risk").value) params.set("risk", $("search-risk").value);
  const tbody = $("report-rows");
  try {
    const data = await api("/api/reports?" + params);
    tbody.replaceChildren();
    if (!data.items.length) { tbody.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "暂无报告。"))); return; }
    for (const r of data.items) {
      const c = r.counts || {};
      tbody.append(el("tr", {},
        el("td", {}, riskBadge(r.risk)),
        el("td", {}, el("a", { href: `/reports/${r.id}` }, r.entity || r.file_name), el("div", { class: "muted small" }, r.file_name)),
        el("td", {}, `${TYPES[r.type] || "未识别"}${r.kind ? " · " + KINDS[r.kind] : ""}`),
        el("td", {}, r.agency || "—"),
        el("td", {}, r.counts ? `${c.high || 0} / ${c.medium || 0} / ${c.low || 0}` : "—"),
        el("td", {}, fmtTime(r.ingested_at)),
        el("td", {}, el("a", { href: `/reports/${r.id}` }, "查看"))));
    }
  } catch (err) { tbody.replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "error" }, err.message))); }
}

/* ---------- report page ---------- */
const R = { id: null, review: null, rules: {}, filter: null, page: null, pages: 0, quote: null, selected: null };

async function initReport() {
  R.id = document.body.dataset.reportId;
  try { (await api("/api/rules")).items.forEach((r) => { R.rules[r.code] = r; }); } catch (_) { /* optional */ }
  $("start-review").addEventListener("click", startReview);
  $("page-prev").addEventListener("click", () => openPage(R.page - 1, null));
  $("page-next").addEventListener("click", () => openPage(R.page + 1, null));
  $("ask-form").addEventListener("submit", ask);
  if ($("comment-form")) $("comment-form").addEventListener("submit", addComment);
  let info;
  try { info = await api(`/api/reports/${R.id}`); } catch (err) { show($("report-error"), err.message); return; }
  renderIdentity(info.report);
  const job = info.job;
  if (job && (job.status === "queued" || job.status === "running")) await followJob(job.job_id);
  else {
    if (job && job.status === "failed") show($("report-error"), "上次审查失败：" + ((job.error && job.error.message) || ""));
    await loadReview();
  }
  loadSimilar();
  if ($("comments")) loadComments();
}

function renderIdentity(r) {
  const dl = $("identity"); dl.replaceChildren();
  const items = [["受评价方", r.entity || "未识别"], ["统一社会信用代码", r.uscc || "未识别"],
    ["报告类型", `${TYPES[r.type] || "未识别"} · ${KINDS[r.kind] || "未识别"}`], ["评价机构", r.agency || "—"],
    ["报告日期", r.report_date || "未识别"], ["页数", `${r.pages} 页`]];
  for (const [k, v] of items) dl.append(el("div", {}, el("dt", {}, k), el("dd", {}, v)));
  if (r.entity) $("report-title").textContent = `${r.entity} · ${r.file_name}`;
  R.pages = r.pages;
}

async function startReview() {
  show($("report-error"), "");
  try { const job = await api(`/api/reports/${R.id}/review`, { method: "POST" }); await followJob(job.job_id); }
  catch (err) { show($("report-error"), err.message); }
}

async function followJob(jobId) {
  $("job-status").hidden = false; $("start-review").disabled = true;
  const job = await watchJob(jobId, (j) => renderProgress("job-bar", "job-stage", j));
  $("start-review").disabled = false;
  if (job && job.status === "failed") show($("report-error"), "审查失败：" + ((job.error && job.error.message) || "未知原因"));
  await loadReview();
  setTimeout(() => { $("job-status").hidden = true; }, 1200);
}

async function loadReview() {
  try { R.review = await api(`/api/reports/${R.id}/review`); }
  catch (err) {
    if (err.status === 404) { $("start-review").textContent = "开始审查"; $("findings").replaceChildren(el("p", { class: "muted" }, "该报告尚未审查。")); return; }
    show($("report-error"), err.message); return;
  }
  $("start-review").textContent = "重新审查";
  const s = R.review.summary;
  const badge = $("risk-badge"); badge.hidden = false; badge.className = "risk-badge risk-" + s.risk; badge.textContent = RISK[s.risk];
  $("finding-count").textContent = `共 ${R.review.findings.length} 项：` + SEV_ORDER.map((k) => `${SEV[k]} ${s.counts[k] || 0}`).join("，");
  document.body.dataset.reviewLoaded = "1";
  renderFilters(); renderFindings(); renderChecklist();
  if ($("comment-code")) {
    const sel = $("comment-code"); sel.replaceChildren(el("option", { value: "" }, "针对整份报告"));
    for (const code of new Set(R.review.findings.map((f) => f.code))) sel.append(el("option", { value: code }, code));
  }
}

function family(f) { const r = R.rules[f.code]; return r ? r.family_label : f.code.split(".")[0]; }

function renderFilters() {
  const box = $("filters"); box.replaceChildren();
  const fams = [...new Set(R.review.findings.map(family))];
  if (fams.length < 2) return;
  const chip = (label, value) => el("button", { type: "button", class: "chip" + (R.filter === value ? " on" : ""),
    onclick: () => { R.filter = value; renderFilters(); renderFindings(); } }, label);
  box.append(chip("全部类别", null), ...fams.map((f) => chip(f, f)));
}

function renderFindings() {
  const box = $("findings"); box.replaceChildren();
  const list = R.review.findings.filter((f) => !R.filter || family(f) === R.filter);
  if (!list.length) { box.append(el("p", { class: "muted" }, "未发现问题。")); return; }
  for (const sev of SEV_ORDER) {
    const group = list.filter((f) => f.severity === sev);
    if (!group.length) continue;
    const head = el("h3", {}, el("span", { class: "sev sev-" + sev }, SEV[sev]), ` ${group.length} 项`);
    // 提示 (info) findings are many and minor: folded unless they are all there is
    const folded = sev === "info" && list.some((f) => f.severity !== "info");
    const sec = folded ? el("details", { class: "sev-group" }, el("summary", {}, head)) : el("div", { class: "sev-group" }, head);
    for (const f of group) {
      const card = el("div", { class: "finding " + sev, tabindex: 0, "data-code": f.code, role: "button" },
        el("div", {}, el("span", { class: "title" }, f.title), el("span", { class: "code" }, `${f.code} · ${family(f)}`)),
        el("div", { class: "msg" }, f.message));
      for (const e of (f.evidence || []).slice(0, 3)) {
        card.append(el("div", { class: "ev" }, el("a", { class: "ev-link", onclick: (ev) => { ev.stopPropagation(); select(card, e); } }, `第${e.page}页`),
          e.section ? `（${e.section}）` : "", "：“", e.quote.length > 80 ? e.quote.slice(0, 80) + "…" : e.quote, "”"));
      }
      if (!(f.evidence || []).length && f.searched) card.append(el("div", { class: "ev" }, "已检索未找到：" + f.searched.slice(0, 8).join("、")));
      if (f.unverified) card.append(el("div", { class: "ev" }, "证据未能核实，仅供参考"));
      const open = () => select(card, (f.evidence || [])[0]);
      card.addEventListener("click", open);
      card.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      sec.append(card);
    }
    box.append(sec);
  }
}

function select(card, evidence) {
  document.querySelectorAll(".finding.selected").forEach((n) => n.classList.remove("selected"));
  card.classList.add("selected");
  if (!evidence) { $("page-text").replaceChildren(el("p", { class: "muted" }, "该问题没有原文引文（属于缺失类问题）。")); $("viewer-page").textContent = ""; return; }
  openPage(evidence.page, evidence.quote);
}

async function openPage(page, quote) {
  if (!page || page < 1 || (R.pages && page > R.pages)) return;
  R.page = page; R.quote = quote;
  $("viewer-page").textContent = `第 ${page} 页${R.pages ? " / 共 " + R.pages + " 页" : ""}`;
  $("page-prev").disabled = page <= 1; $("page-next").disabled = R.pages && page >= R.pages;
  const box = $("page-text"); box.replaceChildren(el("p", { class: "muted" }, "正在加载…"));
  const params = quote ? "?quote=" + encodeURIComponent(quote) : "";
  try {
    const data = await api(`/api/reports/${R.id}/pages/${page}${params}`);
    box.replaceChildren();
    if (!data.blocks.length) box.append(el("p", { class: "muted" }, "本页没有可显示的文字。"));
    let first = null;
    for (const b of data.blocks) {
      const p = el("p", { class: b.kind + (b.hidden ? " hidden-text" : ""), title: b.hidden ? `隐藏文字（${b.hidden_reason || ""}）` : null });
      let pos = 0;
      for (const [a, z] of b.marks) { p.append(b.text.slice(pos, a)); const m = el("mark", {}, b.text.slice(a, z)); p.append(m); first = first || m; pos = z; }
      p.append(b.text.slice(pos));
      box.append(p);
    }
    if (quote && !data.found) box.prepend(el("p", { class: "muted" }, "未能在本页定位引文（页码可能为估算）。"));
    if (first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);  // scroll the panel, not the page
    if (!data.paginated) box.prepend(el("p", { class: "muted small" }, "该 DOCX 文件没有分页信息，页码为估算。"));
  } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); }
}

function renderChecklist() {
  const box = $("checklist"); const items = R.review.checklist;
  if (!items || !items.length) { box.replaceChildren(el("p", { class: "muted" }, "本次审查未生成条款覆盖清单。")); return; }
  const label = { covered: "已覆盖", weak: "薄弱", missing: "缺失" };
  const cls = { covered: "sev-low", weak: "sev-medium", missing: "sev-high" };
  const n = (st) => items.filter((it) => it.status === st).length;
  const table = el("table", { class: "grid" }, el("thead", {}, el("tr", {}, el("th", {}, "要求"), el("th", {}, "状态"), el("th", {}, "证据"))),
    el("tbody", {}, items.map((it) => el("tr", {}, el("td", {}, it.requirement ||
        el("span", {}, el("span", { class: "muted small" }, [it.standard, it.clause].filter(Boolean).join(" ")), el("br"), it.text || it.id, it.mandatory ? "（必选）" : "")),
      el("td", {}, el("span", { class: "sev " + (cls[it.status] || "sev-info") }, label[it.status] || it.status)),
      el("td", {}, (it.evidence || []).slice(0, 2).map((e) => el("div", {}, el("a", { class: "ev-link", onclick: () => openPage(e.page, e.quote) }, `第${e.page}页`), "：“", e.quote, "”")))))));
  box.replaceChildren(el("details", { open: n("missing") + n("weak") <= 5 }, el("summary", {},
    `共 ${items.length} 项要求：已覆盖 ${n("covered")}，薄弱 ${n("weak")}，缺失 ${n("missing")}（点击展开）`), table));
}

async function ask(e) {
  e.preventDefault();
  const box = $("ask-answer"); box.replaceChildren(el("p", { class: "muted" }, "正在检索并作答…"));
  try {
    const a = await api(`/api/reports/${R.id}/ask`, { method: "POST", body: { question: $("ask-q").value } });
    box.replaceChildren(el("p", {}, a.answer || a.text || JSON.stringify(a)));
    for (const c of (a.citations || a.evidence || [])) {
      box.append(el("blockquote", {}, el("a", { class: "ev-link", onclick: () => openPage(c.page, c.quote) }, `第${c.page}页`), "：“", c.quote || "", "”"));
    }
  } catch (err) { box.replaceChildren(el("p", { class: err.status === 501 ? "muted" : "error" }, err.message)); }
}

async function loadSimilar() {
  try {
    const data = await api(`/api/reports/${R.id}/similar`);
    $("similar-card").hidden = false;
    const box = $("similar");
    if (!data.items.length) { box.replaceChildren(el("p", { class: "muted" }, "未发现相似报告。")); return; }
    box.replaceChildren(el("table", { class: "grid" }, el("thead", {}, el("tr", {}, el("th", {}, "报告"), el("th", {}, "相似度"))),
      el("tbody", {}, data.items.map((it) => { const id = it.id || it.report_id;
        return el("tr", {}, el("td", {}, el("a", { href: `/reports/${id}` }, it.entity || it.file || it.file_name || id)),
          el("td", {}, it.score !== undefined ? Number(it.score).toFixed(2) : (it.similarity !== undefined ? Number(it.similarity).toFixed(2) : "—"))); }))));
  } catch (_) { $("similar-card").hidden = true; }
}

async function loadComments() {
  try {
    const data = await api(`/api/reports/${R.id}/comments`);
    $("comments").replaceChildren(...data.items.map((c) => el("li", {}, c.finding_code ? el("code", {}, c.finding_code + " ") : "", c.body,
      el("span", { class: "muted small" }, ` — ${c.author}，${fmtTime(c.created_at)}`))));
  } catch (_) { /* shown only to staff */ }
}

async function addComment(e) {
  e.preventDefault();
  try {
    await api(`/api/reports/${R.id}/comments`, { method: "POST", body: { body: $("comment-body").value, finding_code: $("comment-code").value || null } });
    $("comment-body").value = ""; loadComments();
  } catch (err) { alert(err.message); }
}

/* ---------- dashboard ---------- */
function bars(box, rows, valueKey, labelKey, segs) {
  box.replaceChildren();
  if (!rows.length) { box.append(el("p", { class: "muted" }, "暂无数据。")); return; }
  const max = Math.max(1, ...rows.map((r) => r[valueKey]));
  for (const r of rows.slice(0, 20)) {
    const track = el("div", { class: "track" });
    for (const s of segs) track.append(el("div", { class: "seg " + s, style: `width:${(100 * (s === "total" ? r[valueKey] : r[s])) / max}%`, title: s === "total" ? "" : SEV[s] }));
    box.append(el("div", { class: "row" }, el("span", { class: "label", title: r[labelKey] }, r[labelKey]), track, el("span", {}, r[valueKey])));
  }
}

async function initDashboard() {
  try {
    const d = await api("/api/dashboard");
    const stat = (label, v) => el("div", { class: "stat" }, el("b", {}, v), label);
    $("stats").replaceChildren(stat("报告总数", d.reports), stat("高风险", d.risk.high), stat("中风险", d.risk.medium),
      stat("低风险", d.risk.low), stat("未审查", d.risk.unreviewed), stat("相似报告对", d.reuse_pairs.length));
    bars($("chart-agency"), d.findings_per_agency, "findings", "agency", ["high", "medium", "low"]);
    bars($("chart-year"), d.reports_per_year, "reports", "year", ["total"]);
    $("reuse").replaceChildren(d.reuse_pairs.length ? el("ul", {}, d.reuse_pairs.map((p) => el("li", {},
      el("a", { href: `/reports/${p.a}` }, p.a.slice(0, 12)), " ↔ ", el("a", { href: `/reports/${p.b}` }, p.b.slice(0, 12))))) : el("p", { class: "muted" }, "暂未发现。"));
  } catch (err) { $("stats").replaceChildren(el("p", { class: "error" }, err.message)); }
  loadTable("/api/agencies", $("agency-table"));
  loadTable("/api/bans", $("bans"));
  $("ban-form").addEventListener("submit", async (e) => {
    e.preventDefault(); show($("ban-error"), "");
    try { await api("/api/bans", { method: "POST", body: { name: $("ban-name").value, date: $("ban-date").value, reason: $("ban-reason").value } }); loadTable("/api/bans", $("bans")); }
    catch (err) { show($("ban-error"), err.message); }
  });
}

const COLUMN_LABELS = { agency: "评价机构", legal_rep: "法定代表人", reports: "报告数", per_year: "各年度报告数",
  findings: "问题数", reuse_pairs: "相似报告对", digits: "数字分布检验", banned: "不予采信", ban: "禁入记录",
  cap_exceeded: "超出年度上限", id: "编号", name: "名称", start_date: "起始日期", end_date: "截止日期", reason: "事由",
  years: "年限", actor: "登记人", created_at: "登记时间", lifted_at: "解除时间", status: "状态", target: "对象",
  target_type: "对象类型", content: "内容", contact: "联系方式", note: "备注", updated_at: "更新时间" };
const VALUE_LABELS = { high: "高", medium: "中", low: "低", info: "提示", true: "是", false: "否",
  received: "已受理", verifying: "核查中", substantiated: "属实", unsubstantiated: "不属实", agency: "评价机构", unit: "申报单位" };
function cellText(v) {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.map(cellText).join("；") : "—";
  if (typeof v === "object") { const e = Object.entries(v); return e.length ? e.map(([k, x]) => `${VALUE_LABELS[k] || k}：${cellText(x)}`).join("，") : "—"; }
  return VALUE_LABELS[String(v)] || String(v);
}

async function loadTable(path, box) {
  try {
    const data = await api(path);
    const items = data.items || [];
    if (!items.length) { box.replaceChildren(el("p", { class: "muted" }, "暂无记录。")); return; }
    const cols = Object.keys(items[0]);
    box.replaceChildren(el("table", { class: "grid" }, el("thead", {}, el("tr", {}, cols.map((c) => el("th", {}, COLUMN_LABELS[c] || c)))),
      el("tbody", {}, items.map((it) => el("tr", {}, cols.map((c) => el("td", {}, c === "agency" || c === "name" ? String(it[c] ?? "—") : cellText(it[c]))))))));
  } catch (err) { box.replaceChildren(el("p", { class: "muted" }, err.message)); }
}

/* ---------- complaints ---------- */
function initComplaints() {
  $("complaint-form").addEventListener("submit", async (e) => {
    e.preventDefault(); show($("complaint-error"), ""); $("complaint-ok").hidden = true;
    try {
      await api("/api/complaints", { method: "POST", body: { name: $("c-name").value, contact: $("c-contact").value,
        target_type: $("c-type").value, target: $("c-target").value, content: $("c-content").value } });
      $("complaint-ok").hidden = false; e.target.reset();
      if ($("complaint-list")) loadTable("/api/complaints", $("complaint-list"));
    } catch (err) { show($("complaint-error"), err.message); }
  });
  if ($("complaint-list")) loadTable("/api/complaints", $("complaint-list"));
}

/* ---------- boot ---------- */
document.addEventListener("DOMContentLoaded", () => {
  const out = $("logout");
  if (out) out.addEventListener("click", async () => { try { await api("/api/logout", { method: "POST" }); } finally { location.href = "/login"; } });
  const page = document.body.dataset.page;
  ({ login: initLogin, workbench: initWorkbench, report: initReport, dashboard: initDashboard, complaints: initComplaints }[page] || (() => {}))();
});
