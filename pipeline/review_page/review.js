// communique review page. Everything it shows comes from the JSON embedded in this file;
// it fetches nothing. Decisions live in the browser's localStorage (per run folder) and
// can be exported and imported as a file; "Export gold" writes them as gold files, the
// format `communique eval` reads. See docs/review.md.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const TABLES = DATA.tables;
  const NAMES = Object.keys(TABLES);
  const TERMS = DATA.terms;
  const DOCS = DATA.documents;
  const DOC = new Map(DOCS.map((d) => [d.id, d]));
  const MENTIONS = DATA.mentions;
  const STORE = "communique-review:" + DATA.key;
  const PAGE = 200;
  const QUALIFIERS = ["exact", "more_than", "less_than", "about", "at_least", "up_to"];
  const UNITS = ["participants", "countries", "organisations", "delegations"];
  const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
  const DECISIONS = { right: "right", wrong: "wrong", optional: "borderline (optional in gold)", fix: "corrected" };
  // The fields of an item of each kind, as the gold format names them.
  const FIELDS = {
    people: [["name", "name (fullest form)"], ["aliases", "other forms, | separated"]],
    roles: [["name", "person (as named in people)"], ["title", "title (the office alone)"], ["organisation", "organisation (empty when the text leaves it implicit)"]],
    organisations: [["name", "name (fullest form)"], ["aliases", "acronym and other forms, | separated"]],
    dates: [["text", "text"], ["start", "start (YYYY-MM-DD, YYYY-MM or YYYY)"], ["end", "end (empty: the start)"]],
    counts: [["text", "text"], ["value", "value (a whole number)"], ["qualifier", "qualifier"], ["unit", "unit"]],
    events: [["name", "name"], ["place", "place"], ["start", "start (ISO, or empty)"], ["end", "end (ISO, or empty)"]],
  };

  // ---------------------------------------------------------------- indexes
  const colIndex = {};
  for (const t of NAMES) colIndex[t] = Object.fromEntries(TABLES[t].columns.map((c, i) => [c, i]));
  const mCol = Object.fromEntries(MENTIONS.columns.map((c, i) => [c, i]));
  function cell(t, row, c) {
    const i = colIndex[t][c];
    return i === undefined ? "" : row[i];
  }
  function row(t, n) {
    return TABLES[t].rows[n - 1];
  }
  const rowsByDoc = {}; // table -> doc -> [row numbers]
  for (const t of NAMES) {
    rowsByDoc[t] = new Map();
    TABLES[t].rows.forEach((r, i) => {
      const d = cell(t, r, "doc_id");
      if (!rowsByDoc[t].has(d)) rowsByDoc[t].set(d, []);
      rowsByDoc[t].get(d).push(i + 1);
    });
  }
  const mentionsByDoc = new Map();
  MENTIONS.rows.forEach((m, i) => {
    const d = m[mCol.doc_id];
    if (!mentionsByDoc.has(d)) mentionsByDoc.set(d, []);
    mentionsByDoc.get(d).push(i + 1);
  });
  function parseRef(ref) {
    const i = ref.lastIndexOf(":");
    return [ref.slice(0, i), Number(ref.slice(i + 1))];
  }
  function docOfRef(ref) {
    const [t, n] = parseRef(ref);
    return cell(t, row(t, n), "doc_id");
  }
  // A row's key across runs: its table's diff key (a person by doc_id and person_id, a date
  // by its offsets, ...), so that decisions survive a new run of the same documents.
  function rowKey(t, n) {
    const r = row(t, n);
    return [t].concat(TABLES[t].key.map((c) => cell(t, r, c))).join("|");
  }

  // ---------------------------------------------------------------- decisions
  let storageOk = true;
  function emptyState() {
    return { version: 1, decisions: {}, added: {}, docs: {} };
  }
  function loadState() {
    try {
      const raw = window.localStorage.getItem(STORE);
      const s = raw ? JSON.parse(raw) : emptyState();
      return Object.assign(emptyState(), s);
    } catch (e) {
      storageOk = false;
      return emptyState();
    }
  }
  let state = loadState();
  function save() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(state));
      storageOk = true;
    } catch (e) {
      storageOk = false;
    }
    renderStatus();
  }
  function decision(t, n) {
    return state.decisions[rowKey(t, n)] || null;
  }
  function setDecision(ref, what, values) {
    const [t, n] = parseRef(ref);
    const key = rowKey(t, n);
    const old = state.decisions[key];
    if (!what || (old && old.state === what && what !== "fix")) delete state.decisions[key];
    else state.decisions[key] = { state: what, doc: docOfRef(ref), values: values || undefined };
    save();
    refreshRef(ref);
  }
  function docState(id) {
    return state.docs[id] || {};
  }
  function setDocState(id, change) {
    state.docs[id] = Object.assign({}, docState(id), change);
    save();
  }
  function addedOf(id) {
    return state.added[id] || [];
  }
  function docTouched(id) {
    if (docState(id).reviewed || addedOf(id).length) return true;
    return Object.values(state.decisions).some((d) => d.doc === id);
  }

  // ---------------------------------------------------------------- small helpers
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  function hashParams() {
    return new URLSearchParams(location.hash.slice(1));
  }
  function link(params) {
    return "#" + new URLSearchParams(params).toString();
  }
  function norm(s) {
    return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function splitBar(s) {
    return String(s || "").split("|").map((x) => x.trim()).filter(Boolean);
  }
  function label(ref) {
    const [t, n] = parseRef(ref);
    return (TERMS[t] || t) + " #" + n;
  }

  // ---------------------------------------------------------------- layout
  const app = document.getElementById("app");
  const header = el("header");
  const main = el("main");
  const toolbar = el("div", { id: "toolbar" });
  const card = el("div", { id: "card", role: "dialog" });
  app.append(header, main, toolbar, card);

  function renderHeader() {
    const counts = NAMES.map((t) => `${TABLES[t].rows.length} ${t}`).join(" · ");
    const unshown = DOCS.filter((d) => d.status === "stale" || d.status === "missing");
    const banners = unshown.length
      ? el(
          "div",
          { class: "warn", id: "unshown" },
          `${unshown.length} of ${DOCS.length} documents could not be shown as the run saw them: `,
          unshown.slice(0, 12).map((d, i) => [i ? ", " : "", el("a", { href: link({ doc: d.id }), text: d.id }), ` (${d.status === "stale" ? "changed since the run" : "text not found"})`]),
          unshown.length > 12 ? ` and ${unshown.length - 12} more` : ""
        )
      : null;
    const importer = el("input", { type: "file", accept: ".json,application/json", style: "display:none", onchange: importDecisions });
    header.replaceChildren(
      el("h1", { text: "communique review: " + DATA.run }),
      el("p", { class: "meta" }, `input folder ${DATA.raw} · ${DOCS.length} documents · ${counts} · ${MENTIONS.rows.length} mentions`),
      banners || "",
      el("div", { id: "storage" }),
      el(
        "div",
        { class: "actions" },
        el("button", { id: "export-gold", onclick: exportGold, title: "Gold files (one JSON per reviewed document) in a .zip that `communique eval` reads" }, "Export gold (.zip)"),
        el("button", { id: "export-decisions", onclick: exportDecisions }, "Export decisions"),
        el("button", { id: "import-decisions", onclick: () => importer.click() }, "Import decisions"),
        importer,
        el("button", { id: "clear-decisions", onclick: clearDecisions }, "Clear decisions"),
        el("span", { id: "progress", class: "meta" })
      ),
      el(
        "nav",
        { class: "tabs" },
        el("a", { href: "#docs", "data-tab": "docs", text: "documents" }),
        NAMES.map((t) => el("a", { href: link({ table: t }), "data-tab": t, text: `${t} (${TABLES[t].rows.length})` })),
        el("a", { href: link({ table: "mentions" }), "data-tab": "mentions", text: `mentions (${MENTIONS.rows.length})` }),
        el("a", { href: "#rules", "data-tab": "rules", text: "rules" })
      )
    );
    renderStatus();
  }
  function renderStatus() {
    const storage = document.getElementById("storage");
    if (storage)
      storage.replaceChildren(storageOk ? "" : el("div", { class: "error", text: "This browser does not let the page keep decisions (localStorage): export them before closing the page." }));
    const progress = document.getElementById("progress");
    if (progress) {
      const reviewed = DOCS.filter((d) => docTouched(d.id)).length;
      const n = Object.keys(state.decisions).length;
      const added = Object.values(state.added).reduce((a, l) => a + l.length, 0);
      progress.textContent = `${reviewed} of ${DOCS.length} documents reviewed · ${n} decisions · ${added} spans added`;
    }
  }

  // ---------------------------------------------------------------- routing
  function route() {
    hideToolbar();
    hideCard();
    const p = hashParams();
    let tab = "docs";
    if (p.has("table")) tab = p.get("table");
    else if (location.hash === "#rules") tab = "rules";
    for (const a of header.querySelectorAll("nav.tabs a")) a.classList.toggle("on", a.dataset.tab === tab);
    if (tab === "rules") return renderRules();
    if (p.has("table") && (TABLES[tab] || tab === "mentions")) return renderTableView(tab, p);
    renderDocs(p.get("doc") || lastDoc || (DOCS[0] && DOCS[0].id), p.get("row"));
  }
  window.addEventListener("hashchange", route);

  // ---------------------------------------------------------------- documents view
  let docList = null;
  let current = null;
  let lastDoc = null;
  function docBadge(d) {
    if (d.status === "stale") return el("span", { class: "badge bad", text: "changed" });
    if (d.status === "missing") return el("span", { class: "badge bad", text: "no text" });
    if (d.status === "error") return el("span", { class: "badge bad", text: "error" });
    return el("span", { class: "badge", text: docTouched(d.id) ? "✓ reviewed" : "" });
  }
  function buildDocList() {
    const ul = el("ul");
    for (const d of DOCS) ul.append(el("li", { "data-doc": d.id }, el("a", { href: link({ doc: d.id }), title: d.meta.title || "" }, docBadge(d), d.id)));
    const search = el("input", {
      type: "search",
      placeholder: `filter ${DOCS.length} documents (id or title)`,
      oninput: () => {
        const q = norm(search.value);
        for (const li of ul.children) {
          const d = DOC.get(li.dataset.doc);
          li.hidden = q && !norm(d.id + " " + d.meta.title).includes(q);
        }
      },
    });
    return el("div", { class: "doclist" }, search, ul);
  }
  function renderDocs(id, ref) {
    const d = DOC.get(id);
    if (!docList || !main.contains(docList)) {
      docList = buildDocList();
      current = null;
      main.replaceChildren(el("div", { class: "docs" }, docList, el("section", { id: "doc" })));
    }
    for (const a of docList.querySelectorAll("a")) a.classList.toggle("on", a.parentElement.dataset.doc === id);
    if (!d) {
      document.getElementById("doc").replaceChildren(el("p", { class: "error", text: `no document ${id} in this run` }));
      return;
    }
    if (current !== id) {
      document.getElementById("doc").replaceChildren(docView(d));
      current = lastDoc = id;
      window.scrollTo(0, 0);
    }
    if (ref) showRef(ref, true);
  }
  function refreshDoc() {
    if (current && document.getElementById("doc")) {
      const d = DOC.get(current);
      const scroll = window.scrollY;
      document.getElementById("doc").replaceChildren(docView(d));
      window.scrollTo(0, scroll);
      const li = docList && docList.querySelector(`li[data-doc="${CSS.escape(d.id)}"] a`);
      if (li) li.firstChild.replaceWith(docBadge(d));
    }
  }

  function docView(d) {
    const m = d.meta;
    const parts = [
      el("h2", { text: d.id }),
      el("p", { class: "meta" }, m.title ? el("strong", { text: m.title }) : "", m.title ? el("br") : "", `kind: ${m.kind || "—"} · published: ${m.published || "—"} · place: ${m.place || "—"} · file: ${m.path || "—"}`),
    ];
    if (d.status !== "ok") parts.push(el("p", { class: d.status === "stale" ? "warn" : "error", id: "doc-status", text: d.message }));
    const ds = docState(d.id);
    parts.push(
      el(
        "div",
        { class: "docreview" },
        el("label", {}, el("input", { type: "checkbox", id: "doc-reviewed", checked: !!ds.reviewed, onchange: (e) => { setDocState(d.id, { reviewed: e.target.checked }); refreshDoc(); } }), " reviewed: export this document's gold (rows not marked wrong count as right)"),
        el("label", {}, "published (gold): ", el("input", { type: "text", id: "doc-published", value: ds.published !== undefined ? ds.published : m.published || "", placeholder: "YYYY-MM-DD or empty", onchange: (e) => {
          const v = e.target.value.trim();
          if (v && !ISO_DAY.test(v)) { e.target.setCustomValidity("YYYY-MM-DD"); e.target.reportValidity(); return; }
          e.target.setCustomValidity("");
          setDocState(d.id, { published: v });
        } }))
      )
    );
    parts.push(legend(d));
    if (d.text !== null && d.text !== undefined) {
      const text = el("div", { class: "text", id: "text", "data-doc": d.id });
      renderMarked(text, d);
      text.addEventListener("mouseup", () => setTimeout(() => selectionToolbar(d, text), 0));
      parts.push(text);
    }
    for (const t of NAMES) {
      const nums = rowsByDoc[t].get(d.id) || [];
      if (!nums.length) continue;
      parts.push(el("h3", { text: `${t} (${nums.length})` }), rowsTable(t, nums, false));
    }
    const added = addedOf(d.id);
    if (added.length) parts.push(el("h3", { text: `added by you (${added.length})` }), addedTable(d, added));
    const ms = mentionsByDoc.get(d.id) || [];
    const det = el("details", { id: "doc-mentions" }, el("summary", { text: `mentions (${ms.length}): the model's and the rules' raw labels, and each one's fate` }));
    const fillMentions = () => det.children.length === 1 && det.append(mentionsTable(ms, false));
    det.firstChild.addEventListener("click", fillMentions); // before the toggle: no moment without the table
    det.addEventListener("toggle", fillMentions);
    parts.push(det);
    return el("div", {}, parts);
  }

  // The mentions of a document are listed when first opened (a long document has hundreds).
  function openMentions(det, ms) {
    if (det.children.length === 1) det.append(mentionsTable(ms, false));
    det.open = true;
  }

  function legend(d) {
    const seen = {};
    for (const mk of d.marks || []) for (const n of mk[3]) (seen[mk[2]] = seen[mk[2]] || new Set()).add(n);
    const count = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
    const items = NAMES.map((t) => el("span", {}, el("span", { class: "sw", style: `background:var(--${t})` }), `${TERMS[t]} (${count[t] || 0})`));
    items.push(el("span", {}, el("span", { class: "sw", style: "border:1px dotted #888" }), `dropped mention (${count.dropped || 0})`));
    items.push(el("span", {}, el("span", { class: "sw", style: "background:#e6f4ea;border:1px dashed #2e7d32" }), `added by you (${addedOf(d.id).length})`));
    items.push(el("span", { class: "meta", text: "underline: green right · grey borderline · orange corrected; struck through: wrong. Select text to add a span the run missed." }));
    return el("div", { class: "legend", id: "legend" }, items);
  }

  // The text with its marks: spans nest; a span that crosses another is cut in pieces,
  // the label on its last piece. Built as DOM text nodes, so offsets stay exact.
  function renderMarked(container, d) {
    const text = d.text;
    const items = [];
    if (d.status === "ok") {
      for (const [s, e, kind, nums] of d.marks) {
        if (kind === "dropped") {
          const ms = nums.map((n) => MENTIONS.rows[n - 1]);
          const reasons = [...new Set(ms.map((m) => m[mCol.normalized].slice(8)))].join(", ");
          const term = TERMS[{ PERSON: "people", TITLE: "roles", ORG: "organisations", DATE: "dates", COUNT: "counts", EVENT: "events" }[ms[0][mCol.label]]] || "mention";
          items.push({ s, e, cls: "k-dropped", refs: nums.map((n) => "mention:" + n), label: `dropped ${term}: ${reasons}` });
        } else {
          const refs = nums.map((n) => `${kind}:${n}`);
          items.push({ s, e, cls: "k-" + kind + decisionClass(refs), refs, label: refs.map(label).join(", ") });
        }
      }
    }
    for (const a of addedOf(d.id)) {
      if (a.end <= text.length) items.push({ s: a.start, e: a.end, cls: "k-added", refs: ["added:" + a.id], label: "added " + (TERMS[a.kind] || a.kind) });
    }
    const queue = items.filter((it) => it.s < it.e && it.e <= text.length).sort((a, b) => a.s - b.s || b.e - a.e);
    const root = document.createDocumentFragment();
    const stack = [{ node: root, e: Infinity }];
    let pos = 0;
    const top = () => stack[stack.length - 1];
    const emit = (upTo) => {
      if (upTo > pos) {
        top().node.append(document.createTextNode(text.slice(pos, upTo)));
        pos = upTo;
      }
    };
    const closeUntil = (p) => {
      while (stack.length > 1 && top().e <= p) {
        emit(top().e);
        const done = stack.pop();
        if (done.last) done.node.classList.add("end");
      }
    };
    for (let i = 0; i < queue.length; i++) {
      const it = queue[i];
      closeUntil(it.s);
      emit(it.s);
      let e = it.e;
      let last = true;
      if (e > top().e) {
        const rest = Object.assign({}, it, { s: top().e });
        let j = i + 1;
        while (j < queue.length && (queue[j].s < rest.s || (queue[j].s === rest.s && queue[j].e >= rest.e))) j++;
        queue.splice(j, 0, rest);
        e = top().e;
        last = false;
      }
      const mark = el("mark", { class: "m " + it.cls, "data-refs": it.refs.join(" "), "data-label": it.label, title: it.label });
      top().node.append(mark);
      stack.push({ node: mark, e, last });
    }
    closeUntil(Infinity);
    emit(text.length);
    container.replaceChildren(root);
    container.addEventListener("click", (ev) => {
      const mark = ev.target.closest("mark.m");
      if (!mark || !window.getSelection().isCollapsed) return;
      const refs = mark.dataset.refs.split(" ");
      selectRefs(refs);
      showCard(mark, refs);
    });
    container.addEventListener("scroll", placeCard);
  }
  function decisionClass(refs) {
    const states = refs.map((r) => { const [t, n] = parseRef(r); const d = decision(t, n); return d && d.state; }).filter(Boolean);
    return states.length ? " d-" + states[0] : "";
  }

  // A mark clicked: its rows (or mentions) are selected in the tables below, and a card
  // beside the mark shows each row, with its decision buttons and a way down to the row.
  function selectRefs(refs) {
    for (const x of document.querySelectorAll("tr.sel, mark.flash")) x.classList.remove("sel", "flash");
    for (const ref of refs) for (const tr of document.querySelectorAll(`tr[data-ref="${CSS.escape(ref)}"]`)) tr.classList.add("sel");
  }
  function gotoRow(ref) {
    if (ref.startsWith("mention:")) {
      const det = document.getElementById("doc-mentions");
      if (det) openMentions(det, mentionsByDoc.get(current) || []);
    }
    const tr = document.querySelector(`#doc tr[data-ref="${CSS.escape(ref)}"]`);
    if (!tr) return;
    tr.classList.add("sel");
    tr.scrollIntoView({ block: "center" });
  }
  let cardRefs = [];
  let cardMark = null;
  function hideCard() {
    card.style.display = "none";
    cardRefs = [];
    cardMark = null;
  }
  function showCard(mark, refs) {
    cardRefs = refs;
    cardMark = mark;
    fillCard();
    card.style.display = "block";
    placeCard();
  }
  // The card follows its mark when the text or the page scrolls.
  function placeCard() {
    if (!cardMark) return;
    const r = cardMark.getBoundingClientRect();
    card.style.visibility = r.bottom < 0 || r.top > window.innerHeight ? "hidden" : "visible";
    card.style.left = Math.max(4, Math.min(window.innerWidth - card.offsetWidth - 8, r.left)) + "px";
    const below = r.bottom + 6;
    card.style.top = (below + card.offsetHeight < window.innerHeight ? below : Math.max(4, r.top - card.offsetHeight - 6)) + "px";
  }
  function fillCard() {
    card.replaceChildren(el("button", { type: "button", class: "close", title: "close", onclick: hideCard }, "×"), ...cardRefs.map(cardItem));
  }
  function cardItem(ref) {
    const down = el("button", { type: "button", "data-goto": ref, onclick: () => { hideCard(); gotoRow(ref); } }, ref.startsWith("mention:") ? "in mentions ↓" : "row ↓");
    if (ref.startsWith("mention:")) {
      const m = MENTIONS.rows[Number(ref.slice(8)) - 1];
      return el("div", { class: "item", "data-card": ref }, el("strong", { text: `dropped mention #${ref.slice(8)}` }), el("div", { text: `${m[mCol.label]} “${m[mCol.text]}” by ${m[mCol.source]}: ${m[mCol.normalized]}` }), down);
    }
    if (ref.startsWith("added:")) {
      const a = addedOf(current).find((x) => "added:" + x.id === ref);
      if (!a) return "";
      return el("div", { class: "item", "data-card": ref }, el("strong", { text: `added ${TERMS[a.kind]}` }), fieldsOf(Object.entries(a.values)), el("div", {}, down));
    }
    const [t, n] = parseRef(ref);
    const r = row(t, n);
    const fields = TABLES[t].shown.filter((c) => c !== "evidence" && c !== "source").map((c) => [c, cell(t, r, c)]);
    const d = decision(t, n);
    return el(
      "div",
      { class: "item", "data-card": ref },
      el("strong", { text: label(ref) }),
      el("span", { class: "meta", text: "  " + cell(t, r, "source") }),
      fieldsOf(fields),
      d && d.state === "fix" ? el("div", { class: "fix", text: "corrected → " + Object.entries(d.values || {}).filter(([, v]) => v !== "").map(([k, v]) => `${k}: ${v}`).join("; ") }) : null,
      el("div", { class: "dec" }, decisionButtons(ref, d), down)
    );
  }
  function fieldsOf(pairs) {
    return el("dl", {}, pairs.filter(([, v]) => v !== "" && v !== null && v !== undefined).map(([k, v]) => [el("dt", { text: k }), el("dd", { text: String(v) })]));
  }
  // A row clicked: its mark is scrolled to and flashed (in the documents view).
  function showRef(ref, select) {
    const marks = [...document.querySelectorAll("#text mark.m")].filter((m) => m.dataset.refs.split(" ").includes(ref));
    for (const x of document.querySelectorAll("mark.flash, tr.sel")) x.classList.remove("flash", "sel");
    for (const m of marks) m.classList.add("flash");
    if (select) for (const tr of document.querySelectorAll(`tr[data-ref="${CSS.escape(ref)}"]`)) tr.classList.add("sel");
    if (marks.length) {
      marks[0].scrollIntoView({ block: "center" });
      const text = document.getElementById("text");
      if (text) text.scrollTop = Math.max(0, marks[0].offsetTop - text.offsetTop - text.clientHeight / 2);
    }
    return marks.length;
  }
  function refreshRef(ref) {
    if (cardRefs.includes(ref)) fillCard();
    for (const tr of document.querySelectorAll(`tr[data-ref="${CSS.escape(ref)}"]`)) tr.replaceWith(rowLine(...parseRef(ref), tr.dataset.view === "table"));
    for (const m of document.querySelectorAll("#text mark.m")) {
      const refs = m.dataset.refs.split(" ");
      if (!refs.includes(ref)) continue;
      m.className = m.className.replace(/\s*d-\w+/g, "") + decisionClass(refs);
    }
    renderStatus();
  }

  // ---------------------------------------------------------------- row tables
  function rowColumns(t, withDoc) {
    return (withDoc ? ["doc_id"] : []).concat(TABLES[t].shown);
  }
  function rowsTable(t, nums, withDoc) {
    const cols = rowColumns(t, withDoc);
    const head = el("tr", {}, el("th", { text: "#" }), el("th", { text: "decision" }), cols.map((c) => el("th", { text: c })), el("th", { text: "span" }));
    return el("table", { class: "rows", "data-table": t }, el("thead", {}, head), el("tbody", {}, nums.map((n) => rowLine(t, n, withDoc))));
  }
  function rowLine(t, n, withDoc) {
    const r = row(t, n);
    const ref = `${t}:${n}`;
    const d = decision(t, n);
    const cs = cell(t, r, "char_start");
    const ce = cell(t, r, "char_end");
    const cells = rowColumns(t, withDoc).map((c) => el("td", { class: c === "evidence" ? "ev" : null, text: cell(t, r, c) }));
    const fix = d && d.state === "fix" ? el("div", { class: "fix", text: "→ " + Object.entries(d.values || {}).filter(([, v]) => v !== "").map(([k, v]) => `${k}: ${v}`).join("; ") }) : null;
    const tr = el(
      "tr",
      { "data-ref": ref, "data-view": withDoc ? "table" : "doc", "data-span": cs !== "" ? `${cs}-${ce}` : null, class: d ? "d-" + d.state : null },
      el("td", { text: String(n), title: `${label(ref)}: row ${n} of ${t}.csv` }),
      el("td", { class: "dec" }, decisionButtons(ref, d), fix),
      cells,
      el("td", { text: cs !== "" ? `${cs}–${ce}` : "no span" })
    );
    tr.addEventListener("click", (ev) => {
      if (ev.target.closest("button, a, input")) return;
      hideCard();
      if (withDoc) location.hash = link({ doc: cell(t, r, "doc_id"), row: ref });
      else showRef(ref, true);
    });
    return tr;
  }
  function decisionButtons(ref, d) {
    const on = d ? d.state : "";
    const b = (act, txt, title) =>
      el("button", { type: "button", class: on === act ? "on" : null, "data-act": act, title, onclick: () => (act === "fix" ? openForm({ ref }) : setDecision(ref, act)) }, txt);
    return [b("right", "✓", "right"), b("wrong", "✗", "wrong"), b("optional", "?", "borderline: optional in gold"), b("fix", "✎", "correct this row")];
  }
  function addedTable(d, added) {
    const head = el("tr", {}, ["kind", "text", "values", "span", ""].map((c) => el("th", { text: c })));
    const body = added.map((a) =>
      el(
        "tr",
        { "data-ref": "added:" + a.id },
        el("td", { text: TERMS[a.kind] || a.kind }),
        el("td", { text: a.text }),
        el("td", { text: Object.entries(a.values).filter(([, v]) => v !== "").map(([k, v]) => `${k}: ${v}`).join("; ") }),
        el("td", { text: `${a.start}–${a.end}` }),
        el("td", {}, el("button", { type: "button", "data-act": "remove", onclick: () => { state.added[d.id] = addedOf(d.id).filter((x) => x.id !== a.id); save(); refreshDoc(); } }, "remove"))
      )
    );
    return el("table", { class: "rows", id: "added" }, el("thead", {}, head), el("tbody", {}, body));
  }
  function mentionsTable(nums, withDoc) {
    const cols = (withDoc ? ["doc_id"] : []).concat(["label", "text", "normalized", "source", "context"]);
    const head = el("tr", {}, el("th", { text: "#" }), cols.map((c) => el("th", { text: c === "normalized" ? "fate (normalized)" : c })), el("th", { text: "span" }), el("th", { text: "rows" }));
    return el("table", { class: "rows", "data-table": "mentions" }, el("thead", {}, head), el("tbody", {}, nums.map((n) => mentionLine(n, withDoc))));
  }
  function context(m) {
    const d = DOC.get(m[mCol.doc_id]);
    if (!d || d.status !== "ok" || !d.text) return "";
    const s = Number(m[mCol.char_start]);
    const e = Number(m[mCol.char_end]);
    const before = d.text.slice(Math.max(0, s - 50), s).replace(/\s+/g, " ");
    const after = d.text.slice(e, e + 50).replace(/\s+/g, " ");
    return `…${before}[${d.text.slice(s, e)}]${after}…`;
  }
  function mentionLine(n, withDoc) {
    const m = MENTIONS.rows[n - 1];
    const cols = (withDoc ? ["doc_id"] : []).concat(["label", "text", "normalized", "source"]);
    const refs = m[mCol.rows] || [];
    return el(
      "tr",
      { "data-ref": "mention:" + n },
      el("td", { text: String(n) }),
      cols.map((c) => el("td", { text: m[mCol[c]] })),
      el("td", { class: "ev", text: context(m) }),
      el("td", { text: `${m[mCol.char_start]}–${m[mCol.char_end]}` }),
      el("td", {}, refs.map((ref) => el("a", { class: "ref", href: link({ doc: m[mCol.doc_id], row: ref }), text: label(ref) + " " })))
    );
  }

  // ---------------------------------------------------------------- table views
  function renderTableView(t, p) {
    const isM = t === "mentions";
    const cols = isM ? ["doc_id", "label", "text", "normalized", "source"] : ["doc_id"].concat(TABLES[t].shown);
    const all = isM ? MENTIONS.rows.map((_, i) => i + 1) : TABLES[t].rows.map((_, i) => i + 1);
    const get = isM ? (n, c) => MENTIONS.rows[n - 1][mCol[c]] : (n, c) => cell(t, row(t, n), c);
    const sources = [...new Set(all.map((n) => get(n, "source")))].sort();
    const f = {
      q: p.get("q") || "",
      doc: p.get("doc") || "",
      source: p.get("source") || "",
      decision: p.get("decision") || "",
      sort: p.get("sort") || "",
      dir: p.get("dir") || "asc",
      cols: Object.fromEntries(cols.map((c) => [c, p.get("f." + c) || ""])),
    };
    let limit = PAGE;
    const count = el("span", { class: "meta", id: "count" });
    const tbody = el("tbody");
    const more = el("button", { type: "button", class: "more", onclick: () => { limit += PAGE; fill(); } }, `show ${PAGE} more`);
    function store() {
      const q = { table: t };
      for (const k of ["q", "doc", "source", "decision", "sort"]) if (f[k]) q[k] = f[k];
      if (f.sort && f.dir !== "asc") q.dir = f.dir;
      for (const [c, v] of Object.entries(f.cols)) if (v) q["f." + c] = v;
      history.replaceState(null, "", link(q));
    }
    function matches(n) {
      if (f.doc && get(n, "doc_id") !== f.doc) return false;
      if (f.source && get(n, "source") !== f.source) return false;
      if (f.decision && !isM) {
        const d = decision(t, n);
        if (f.decision === "undecided" ? d : !d || d.state !== f.decision) return false;
      }
      for (const [c, v] of Object.entries(f.cols)) if (v && !norm(get(n, c)).includes(norm(v))) return false;
      if (f.q) {
        const q = norm(f.q);
        const hay = isM ? MENTIONS.rows[n - 1].slice(0, -1).join(" ") : row(t, n).join(" ");
        if (!norm(hay).includes(q)) return false;
      }
      return true;
    }
    function fill() {
      let nums = all.filter(matches);
      if (f.sort) {
        const integer = isM ? ["char_start", "char_end"] : TABLES[t].integer;
        const num = integer.includes(f.sort);
        const sign = f.dir === "desc" ? -1 : 1;
        nums = nums.slice().sort((a, b) => {
          const x = get(a, f.sort);
          const y = get(b, f.sort);
          const c = num ? (x === "" ? -1 : Number(x)) - (y === "" ? -1 : Number(y)) : String(x).localeCompare(String(y));
          return sign * c || a - b;
        });
      }
      count.textContent = `${nums.length} of ${all.length} rows` + (nums.length > limit ? `, the first ${limit} shown` : "");
      tbody.replaceChildren(...nums.slice(0, limit).map((n) => (isM ? mentionLine(n, true) : rowLine(t, n, true))));
      more.hidden = nums.length <= limit;
    }
    const update = (k, v) => {
      f[k] = v;
      limit = PAGE;
      store();
      fill();
    };
    const select = (k, options, title) =>
      el("select", { "data-filter": k, title, onchange: (e) => update(k, e.target.value) }, el("option", { value: "", text: title }), options.map((o) => el("option", { value: o, text: o, selected: f[k] === o })));
    const filters = el(
      "div",
      { class: "filters" },
      el("input", { type: "search", "data-filter": "q", placeholder: "search every column", value: f.q, oninput: (e) => update("q", e.target.value) }),
      select("doc", DOCS.map((d) => d.id), "every document"),
      select("source", sources, "every rule (source)"),
      isM ? null : select("decision", ["undecided", "right", "wrong", "optional", "fix"], "any decision"),
      count
    );
    const sortable = isM ? cols.concat(["char_start", "char_end"]) : cols.concat(["char_start", "char_end"]);
    const th = (c, text) =>
      el("th", { class: "sort", "data-sort": c, title: "sort", onclick: () => { if (f.sort === c) f.dir = f.dir === "asc" ? "desc" : "asc"; else { f.sort = c; f.dir = "asc"; } store(); renderTableView(t, hashParams()); } }, text || c, f.sort === c ? (f.dir === "asc" ? " ▲" : " ▼") : "");
    const head = isM
      ? el("tr", {}, el("th", { text: "#" }), cols.map((c) => th(c, c === "normalized" ? "fate (normalized)" : c)), el("th", { text: "context" }), th("char_start", "span"), el("th", { text: "rows" }))
      : el("tr", {}, el("th", { text: "#" }), el("th", { text: "decision" }), cols.map((c) => th(c)), th("char_start", "span"));
    const filterRow = el(
      "tr",
      {},
      el("th"),
      isM ? null : el("th"),
      cols.map((c) => el("th", {}, el("input", { class: "filter", "data-col": c, placeholder: "value…", value: f.cols[c], oninput: (e) => { f.cols[c] = e.target.value; limit = PAGE; store(); fill(); } }))),
      isM ? [el("th"), el("th"), el("th")] : el("th")
    );
    const table = el("table", { class: "rows", "data-table": t, id: "table-view" }, el("thead", {}, head, filterRow), tbody);
    main.replaceChildren(el("h2", { text: isM ? "mentions: every span found, its raw label and its fate" : `${t}: every row of ${t}.csv` }), filters, table, more);
    docList = null;
    current = null;
    fill();
  }

  // ---------------------------------------------------------------- rules
  function renderRules() {
    const lines = [];
    for (const t of NAMES) {
      const by = new Map();
      TABLES[t].rows.forEach((r, i) => {
        const s = cell(t, r, "source");
        if (!by.has(s)) by.set(s, []);
        by.get(s).push(i + 1);
      });
      for (const [s, nums] of [...by.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
        const tally = { right: 0, wrong: 0, optional: 0, fix: 0 };
        for (const n of nums) {
          const d = decision(t, n);
          if (d) tally[d.state] += 1;
        }
        const to = (extra) => link(Object.assign({ table: t, source: s }, extra));
        lines.push(
          el(
            "tr",
            {},
            el("td", { text: t }),
            el("td", {}, el("a", { class: "ref", href: to({}), text: s || "(none)" })),
            el("td", {}, el("a", { class: "ref rule-count", href: to({}), text: String(nums.length) })),
            ["right", "wrong", "optional", "fix"].map((k) => el("td", {}, tally[k] ? el("a", { class: "ref", href: to({ decision: k }), text: String(tally[k]) }) : "0"))
          )
        );
      }
    }
    const head = el("tr", {}, ["table", "rule (source)", "rows", "right", "wrong", "borderline", "corrected"].map((c) => el("th", { text: c })));
    main.replaceChildren(el("h2", { text: "Rows per rule, and what you decided about them" }), el("table", { class: "rows", id: "rules-table" }, el("thead", {}, head), el("tbody", {}, lines)));
    docList = null;
    current = null;
  }

  // ---------------------------------------------------------------- adding and correcting
  function selectionOffsets(container) {
    const sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    if (!container.contains(r.startContainer) || !container.contains(r.endContainer)) return null;
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(r.startContainer, r.startOffset);
    let start = before.toString().length;
    let end = start + r.toString().length;
    const text = container.textContent;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return end > start ? { start, end, rect: r.getBoundingClientRect() } : null;
  }
  function hideToolbar() {
    toolbar.style.display = "none";
  }
  function selectionToolbar(d, container) {
    const at = selectionOffsets(container);
    if (!at) return hideToolbar();
    toolbar.replaceChildren(
      el("span", { text: " add as: " }),
      ...NAMES.map((t) => el("button", { type: "button", "data-add": t, onclick: () => { hideToolbar(); openForm({ doc: d.id, kind: t, start: at.start, end: at.end }); } }, TERMS[t]))
    );
    toolbar.style.display = "flex";
    toolbar.style.left = Math.max(4, at.rect.left) + "px";
    toolbar.style.top = Math.max(4, at.rect.top - 34) + "px";
  }
  document.addEventListener("mousedown", (e) => {
    if (!toolbar.contains(e.target)) hideToolbar();
    if (!card.contains(e.target) && !e.target.closest("mark.m") && !e.target.closest(".modal")) hideCard();
  });
  window.addEventListener("scroll", placeCard);

  // Values of a new item from its text, as a starting point the reviewer corrects.
  const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  function guessDate(text) {
    const s = text.toLowerCase();
    if (ISO.test(s.trim())) return s.trim();
    const y = (s.match(/\b(1[89]\d\d|20\d\d)\b/) || [])[1];
    const mo = MONTHS.findIndex((m) => new RegExp("\\b" + m).test(s));
    const day = (s.replace(/\b(1[89]\d\d|20\d\d)\b/, "").match(/\b([0-3]?\d)(st|nd|rd|th)?\b/) || [])[1];
    if (!y) return "";
    if (mo < 0) return y;
    const mm = String(mo + 1).padStart(2, "0");
    return day && Number(day) >= 1 && Number(day) <= 31 ? `${y}-${mm}-${String(day).padStart(2, "0")}` : `${y}-${mm}`;
  }
  function guessCount(text) {
    const s = text.toLowerCase();
    const v = (s.replace(/(\d),(\d{3})/g, "$1$2").match(/\d+/) || [""])[0];
    let qualifier = "exact";
    if (/more than|over|upwards of|in excess of/.test(s)) qualifier = "more_than";
    else if (/at least|or more/.test(s)) qualifier = "at_least";
    else if (/up to/.test(s)) qualifier = "up_to";
    else if (/less than|fewer than|under/.test(s)) qualifier = "less_than";
    else if (/about|around|nearly|almost|some|close to|approximately|roughly/.test(s)) qualifier = "about";
    let unit = "participants";
    if (/countr|states|nations/.test(s)) unit = "countries";
    else if (/delegations?/.test(s)) unit = "delegations";
    else if (/organi[sz]ations?/.test(s)) unit = "organisations";
    return { text, value: v, qualifier, unit };
  }
  function initialValues(kind, text) {
    if (kind === "people") return { name: text, aliases: "" };
    if (kind === "roles") return { name: "", title: text, organisation: "" };
    if (kind === "organisations") return { name: text, aliases: "" };
    if (kind === "dates") { const g = guessDate(text); return { text, start: g, end: g }; }
    if (kind === "counts") return guessCount(text);
    return { name: text, place: "", start: "", end: "" };
  }
  function rowValues(t, n) {
    const r = row(t, n);
    const c = (x) => cell(t, r, x);
    if (t === "people") return { name: c("name"), aliases: c("aliases") };
    if (t === "roles") return { name: c("name"), title: c("title"), organisation: c("organisation") };
    if (t === "organisations") return { name: c("name"), aliases: c("acronym") };
    if (t === "dates") return { text: c("text"), start: c("start"), end: c("end") };
    if (t === "counts") return { text: c("text"), value: c("value"), qualifier: c("qualifier"), unit: c("unit") };
    return { name: c("name"), place: c("place"), start: c("start"), end: c("end") };
  }
  function problem(kind, v) {
    const need = { people: "name", roles: "title", organisations: "name", events: "name", dates: "start", counts: "value" }[kind];
    if (!String(v[need] || "").trim()) return `${need} is needed`;
    if (kind === "roles" && !String(v.name || "").trim()) return "name the person who holds the title";
    for (const k of ["start", "end"]) if (v[k] && !ISO.test(v[k])) return `${k}: an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)`;
    if (kind === "counts" && !/^\d+$/.test(String(v.value).trim())) return "value: a whole number";
    return "";
  }
  // One form for both: {ref} corrects a row, {doc, kind, start, end} adds a missed span.
  function openForm(what) {
    let kind;
    let values;
    let title;
    if (what.ref) {
      const [t, n] = parseRef(what.ref);
      kind = t;
      const d = decision(t, n);
      values = Object.assign(rowValues(t, n), d && d.state === "fix" ? d.values : {});
      title = `Correct ${label(what.ref)}: the values the gold should hold`;
    } else {
      kind = what.kind;
      const d = DOC.get(what.doc);
      values = initialValues(kind, d.text.slice(what.start, what.end).replace(/\s+/g, " "));
      title = `Add ${/^[aeiou]/.test(TERMS[kind]) ? "an" : "a"} ${TERMS[kind]} the run missed`;
    }
    const doc = what.ref ? docOfRef(what.ref) : what.doc;
    const people = [...new Set((rowsByDoc.people.get(doc) || []).map((n) => cell("people", row("people", n), "name")).concat(addedOf(doc).filter((a) => a.kind === "people").map((a) => a.values.name)))];
    const inputs = {};
    const fields = FIELDS[kind].map(([k, text]) => {
      let input;
      if (k === "qualifier" || k === "unit") input = el("select", { name: k }, (k === "unit" ? UNITS : QUALIFIERS).map((o) => el("option", { value: o, text: o, selected: values[k] === o })));
      else input = el("input", { type: "text", name: k, value: values[k] || "", list: kind === "roles" && k === "name" ? "people-names" : null });
      inputs[k] = input;
      return el("label", {}, text, input);
    });
    const problemLine = el("div", { class: "problem" });
    const close = () => modal.remove();
    const form = el(
      "form",
      { id: "item-form" },
      el("h3", { text: title }),
      el("datalist", { id: "people-names" }, people.map((p) => el("option", { value: p }))),
      fields,
      problemLine,
      el("div", { class: "actions" }, el("button", { type: "submit", id: "item-save" }, "Save"), el("button", { type: "button", onclick: close }, "Cancel"))
    );
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const v = Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()]));
      const bad = problem(kind, v);
      if (bad) {
        problemLine.textContent = bad;
        return;
      }
      if (what.ref) setDecision(what.ref, "fix", v);
      else {
        const list = addedOf(what.doc).slice();
        list.push({ id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), kind, start: what.start, end: what.end, text: DOC.get(what.doc).text.slice(what.start, what.end), values: v });
        state.added[what.doc] = list;
        save();
      }
      close();
      if (current === doc) refreshDoc();
    });
    const modal = el("div", { class: "modal", onclick: (e) => { if (e.target === modal) close(); } }, form);
    document.body.append(modal);
    const firstInput = form.querySelector("input, select");
    if (firstInput) firstInput.focus();
  }

  // ---------------------------------------------------------------- gold export
  // One gold file per document the reviewer touched (marked reviewed, decided a row of,
  // or added a span to): its rows not marked wrong, as corrected, plus the added spans.
  function goldOf(id) {
    const d = DOC.get(id);
    const ds = docState(id);
    const take = (t) =>
      (rowsByDoc[t].get(id) || [])
        .map((n) => ({ n, d: decision(t, n) }))
        .filter((x) => !x.d || x.d.state !== "wrong")
        .map((x) => ({ values: x.d && x.d.state === "fix" ? x.d.values : rowValues(t, x.n), optional: !!(x.d && x.d.state === "optional"), r: row(t, x.n) }));
    const added = (t) => addedOf(id).filter((a) => a.kind === t).map((a) => ({ values: a.values, optional: false }));
    const opt = (o, optional) => (optional ? Object.assign(o, { optional: true }) : o);
    const people = [];
    const byPid = new Map();
    for (const p of take("people")) {
      const g = opt({ name: p.values.name, aliases: splitBar(p.values.aliases).filter((a) => a !== p.values.name), roles: [] }, p.optional);
      people.push(g);
      byPid.set(cell("people", p.r, "person_id"), g);
    }
    for (const p of added("people")) people.push({ name: p.values.name, aliases: splitBar(p.values.aliases), roles: [] });
    const personNamed = (name) => people.find((g) => norm(g.name) === norm(name) || g.aliases.some((a) => norm(a) === norm(name)));
    const roleTaken = new Set();
    const addRole = (g, v, optional) => {
      const key = norm(g.name) + "|" + norm(v.title);
      if (roleTaken.has(key)) return;
      roleTaken.add(key);
      g.roles.push(opt({ title: v.title, organisation: v.organisation || null }, optional));
    };
    for (const r of take("roles")) {
      const g = byPid.get(cell("roles", r.r, "person_id")) || personNamed(r.values.name);
      if (g) addRole(g, r.values, r.optional);
    }
    for (const r of added("roles")) {
      let g = personNamed(r.values.name);
      if (!g) {
        g = { name: r.values.name, aliases: [], roles: [] };
        people.push(g);
      }
      addRole(g, r.values, false);
    }
    const organisations = take("organisations").concat(added("organisations")).map((o) => opt({ name: o.values.name, aliases: splitBar(o.values.aliases).filter((a) => a !== o.values.name) }, o.optional));
    const dates = [];
    const seenDates = new Set();
    for (const x of take("dates").concat(added("dates"))) {
      if (!x.values.start) continue; // unresolved: nothing the gold can hold
      const end = x.values.end || x.values.start;
      const key = x.values.start + "/" + end;
      if (seenDates.has(key)) continue;
      seenDates.add(key);
      dates.push(opt({ text: x.values.text, start: x.values.start, end }, x.optional));
    }
    const counts = [];
    const seenCounts = new Set();
    for (const x of take("counts").concat(added("counts"))) {
      const key = Number(x.values.value) + "|" + x.values.unit;
      if (seenCounts.has(key) || x.values.value === "") continue;
      seenCounts.add(key);
      counts.push({ text: x.values.text, value: Number(x.values.value), qualifier: x.values.qualifier, unit: x.values.unit });
    }
    const events = take("events").concat(added("events")).map((x) => opt({ name: x.values.name, place: x.values.place || null, start: x.values.start || null, end: x.values.end || null }, x.optional));
    const published = ds.published !== undefined ? ds.published : d.meta.published;
    return { doc_id: id, published: published || null, kind: d.meta.kind || null, people, organisations, dates, counts, events };
  }
  function goldFiles() {
    return DOCS.filter((d) => docTouched(d.id)).map((d) => ({ name: d.id + ".json", text: JSON.stringify(goldOf(d.id), null, 1) + "\n" }));
  }

  // A .zip (stored, no compression) of UTF-8 files: the one archive every system opens.
  const CRC = new Uint32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  function crc32(bytes) {
    let c = 0xffffffff;
    for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }
  function zip(files) {
    const enc = new TextEncoder();
    const chunks = [];
    const central = [];
    let offset = 0;
    const u16 = (v) => [v & 0xff, (v >>> 8) & 0xff];
    const u32 = (v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
    for (const f of files) {
      const name = enc.encode(f.name);
      const data = enc.encode(f.text);
      const crc = crc32(data);
      const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0)];
      const local = new Uint8Array([...u32(0x04034b50), ...common]);
      chunks.push(local, name, data);
      central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)]), name);
      offset += local.length + name.length + data.length;
    }
    const size = central.reduce((a, c) => a + c.length, 0);
    const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(size), ...u32(offset), ...u16(0)]);
    return new Blob([...chunks, ...central, end], { type: "application/zip" });
  }
  function download(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name, style: "display:none" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  function baseName() {
    return (DATA.run.replace(/[\\/]+$/, "").split(/[\\/]/).pop() || "run").replace(/[^\w.-]+/g, "_");
  }
  function exportGold() {
    const files = goldFiles();
    if (!files.length) {
      alert("Nothing to export yet: mark a document reviewed, decide a row, or add a span.");
      return;
    }
    download(`${baseName()}-gold.zip`, zip(files));
  }
  function exportDecisions() {
    const out = Object.assign({ communique_review: 1, run: DATA.run }, state);
    download(`${baseName()}-decisions.json`, new Blob([JSON.stringify(out, null, 1)], { type: "application/json" }));
  }
  function importDecisions(ev) {
    const file = ev.target.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      let got;
      try {
        got = JSON.parse(reader.result);
        if (!got || got.communique_review !== 1 || typeof got.decisions !== "object") throw new Error("not a decisions file of this page");
      } catch (e) {
        alert(`${file.name}: ${e.message}`);
        return;
      }
      Object.assign(state.decisions, got.decisions || {});
      for (const [id, list] of Object.entries(got.added || {})) {
        const have = new Set(addedOf(id).map((a) => a.id));
        state.added[id] = addedOf(id).concat(list.filter((a) => !have.has(a.id)));
      }
      for (const [id, ds] of Object.entries(got.docs || {})) state.docs[id] = Object.assign({}, docState(id), ds);
      save();
      ev.target.value = "";
      docList = null;
      route();
    };
    reader.readAsText(file);
  }
  function clearDecisions() {
    if (!confirm("Forget every decision and added span for this run? (Export them first to keep a copy.)")) return;
    state = emptyState();
    save();
    docList = null;
    route();
  }

  // A hook for tests and the console: the gold the page would export, by doc_id.
  window.communiqueReview = { gold: () => Object.fromEntries(goldFiles().map((f) => [f.name.slice(0, -5), JSON.parse(f.text)])) };

  renderHeader();
  route();
})();
