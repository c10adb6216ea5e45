// Review page behaviour: filters kept in the URL, keyboard shortcuts, decisions posted to
// /api/decisions and undone through /api/undo. Data is only ever written with textContent,
// never parsed as markup: titles and notes are untrusted text.
(function () {
  "use strict";
  const token = document.querySelector('meta[name="review-token"]').content;
  const cards = Array.from(document.querySelectorAll(".finding"));
  const reviewer = document.getElementById("reviewer");
  const message = document.getElementById("message");
  const undoButton = document.getElementById("undo");
  const top = document.querySelector("header.top");
  const filters = {
    status: document.getElementById("filter-status"),
    verdict: document.getElementById("filter-verdict"),
    severity: document.getElementById("filter-severity"),
    mark: document.getElementById("filter-mark"),
  };
  const NAME_KEY = "factcheck.reviewer";
  // Decisions taken on this page, newest last: what `u` undoes (kept across reloads).
  const UNDO_KEY = "factcheck.undo:" + location.host + location.pathname + ":" +
    document.title;
  const KEYS = { c: "confirmed", d: "dismissed", f: "follow_up", o: "open" };
  let current = null; // nothing is chosen until the first key or click
  let undoStack = [];
  let saving = 0; // decisions sent and not yet answered
  let undoing = false;

  function words(status) { return status.replace("_", " "); }

  // -- reviewer name: --by wins; else the name this browser remembers; else the login name.
  function loadName() {
    let remembered = "";
    try { remembered = localStorage.getItem(NAME_KEY) || ""; } catch (e) { /* private mode */ }
    if (reviewer.dataset.fixed !== "true" && remembered) { reviewer.value = remembered; }
  }
  function saveName() {
    try { localStorage.setItem(NAME_KEY, reviewer.value.trim()); } catch (e) { /* ignore */ }
  }
  reviewer.addEventListener("change", saveName);
  reviewer.addEventListener("input", saveName);

  // -- messages: a line in the sticky header, so they never cover a card; read out politely.
  function say(text) {
    message.textContent = text;
    message.title = text; // the whole text when two lines cut it
    clearTimeout(say.timer);
    say.timer = setTimeout(function () { message.textContent = ""; }, 8000);
  }

  // Cards scroll clear of the sticky header, however tall it grows.
  function headerHeight() { return Math.ceil(top.getBoundingClientRect().height); }
  function fitHeader() {
    document.documentElement.style.setProperty("--top-height", headerHeight() + "px");
    // A header that grew (a narrower window) must not come to cover the current card.
    if (current && current.getBoundingClientRect().top < headerHeight()) { reveal(current); }
  }

  function visible() { return cards.filter(function (c) { return !c.hidden; }); }

  function updateProgress() {
    const done = cards.filter(function (c) { return c.dataset.status !== "open"; }).length;
    document.getElementById("progress-text").textContent =
      done + " of " + cards.length + " reviewed";
    document.getElementById("progress-bar").value = done;
  }

  function matches(card, key, value) {
    if (value === "") { return true; }
    if (key === "mark") { return card.dataset[value] === "true"; }
    return card.dataset[key] === value;
  }

  function applyFilters() {
    cards.forEach(function (c) {
      c.hidden = !Object.keys(filters).every(function (k) {
        return matches(c, k, filters[k].value);
      });
    });
    document.getElementById("shown-count").textContent =
      visible().length + " of " + cards.length + " shown";
    if (current && current.hidden) { select(null); }
  }

  // Filters live in the query string, so a reload or a shared link shows the same cards.
  function filtersToUrl() {
    const params = new URLSearchParams(location.search);
    Object.keys(filters).forEach(function (k) {
      if (filters[k].value) { params.set(k, filters[k].value); } else { params.delete(k); }
    });
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function filtersFromUrl() {
    const params = new URLSearchParams(location.search);
    Object.keys(filters).forEach(function (k) {
      const wanted = params.get(k) || "";
      const known = Array.from(filters[k].options).some(function (o) { return o.value === wanted; });
      filters[k].value = known ? wanted : "";
    });
  }

  function select(card, scroll) {
    if (current) {
      current.classList.remove("current");
      current.removeAttribute("aria-current");
    }
    current = card;
    if (!card) { return; }
    card.classList.add("current");
    card.setAttribute("aria-current", "true");
    if (scroll !== false) {
      card.focus({ preventScroll: true });
      reveal(card);
    }
  }

  // Scroll just enough to show the card below the sticky header; a card taller than the
  // space left shows from its top, so neither the header nor a message covers its start.
  function reveal(card) {
    const room = window.innerHeight - headerHeight();
    const rect = card.getBoundingClientRect();
    const fits = rect.height + 16 <= room;
    card.scrollIntoView({ block: fits ? "nearest" : "start", behavior: "auto" });
  }

  function move(step) {
    const list = visible();
    if (!list.length) { say("No finding matches the filters."); return; }
    const i = list.indexOf(current);
    const next = i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + step));
    select(list[next]);
  }

  // What the decision did to the report files beside the review database.
  function filesNote(files) {
    if (!files) { return ""; }
    if (files.error) { return " — report files not updated: " + files.error; }
    let text = files.written.length ? " — " + files.written.join(", ") + " updated" : "";
    if (files.pending.length) { text += "; " + files.pending.join(", ") + " in a few seconds"; }
    const stale = Object.keys(files.stale);
    if (stale.length) { text += "; " + stale.join(", ") + " after the next factcheck report run"; }
    return text;
  }

  function showError(card, text) {
    const el = card.querySelector('[data-role="error"]');
    el.textContent = text;
    el.hidden = !text;
  }

  function decidedLine(r) {
    return words(r.status) + (r.by ? " by " + r.by : "") + " at " + r.at;
  }

  function historyLine(h) {
    return h.at + " · " + words(h.status) + (h.by ? " · " + h.by : "") +
      (h.note ? " — " + h.note : "");
  }

  function renderHistory(card, history) {
    const list = card.querySelector('[data-role="history"]');
    list.replaceChildren.apply(list, history.map(function (h) {
      const li = document.createElement("li");
      li.textContent = historyLine(h);
      return li;
    }));
    card.dataset.historyCount = String(history.length);
    card.querySelector('[data-role="history-count"]').textContent = String(history.length);
    card.querySelector(".history").hidden = history.length === 0;
  }

  function render(card, data) {
    const review = data.review;
    card.dataset.status = review.status;
    card.className = card.className.replace(/\bstatus-\S+/, "status-" + review.status);
    card.querySelector('[data-role="status"]').textContent = words(review.status);
    card.querySelector('[data-role="decided"]').textContent = decidedLine(review);
    card.querySelector(".note").value = review.note;
    card.dataset.changed = data.changed_since_review ? "true" : "false";
    card.querySelector('[data-role="changed"]').hidden = !data.changed_since_review;
    renderHistory(card, data.history);
  }

  function title(card) { return card.querySelector("h2").textContent; }

  // -- undo ------------------------------------------------------------------------------
  function saveUndo() {
    try { sessionStorage.setItem(UNDO_KEY, JSON.stringify(undoStack)); } catch (e) { /* ignore */ }
    const last = undoStack[undoStack.length - 1];
    undoButton.disabled = !last;
    document.getElementById("undo-what").textContent = last
      ? "Undo " + words(last.status) + " on “" + last.title + "”"
      : "Nothing to undo yet";
  }

  function loadUndo() {
    try { undoStack = JSON.parse(sessionStorage.getItem(UNDO_KEY) || "[]"); } catch (e) {
      undoStack = [];
    }
    undoStack = undoStack.filter(function (u) { return cardFor(u.id); });
    saveUndo();
  }

  function cardFor(id) {
    return cards.find(function (c) { return c.dataset.findingId === id; }) || null;
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST", body: JSON.stringify(body), credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Review-Token": token },
    }).then(function (resp) {
      return resp.json().then(function (data) { return { ok: resp.ok, data: data }; });
    });
  }

  function needName(card) {
    if (reviewer.value.trim()) { return false; }
    const text = "Who is deciding? Type your name in Reviewer (asked once, then remembered).";
    if (card) { showError(card, text); }
    say(text);
    reviewer.focus();
    return true;
  }

  function undo() {
    const last = undoStack[undoStack.length - 1];
    if (!last) { say("Nothing to undo: no decision was taken on this page yet."); return; }
    const card = cardFor(last.id);
    if (saving || undoing) { say("Still saving the last decision; press u again in a moment."); return; }
    if (!card || needName(card)) { return; }
    undoing = true;
    post("api/undo", {
      finding_id: last.id, index: last.index, expect: Number(card.dataset.historyCount),
      by: reviewer.value.trim(),
    }).then(function (r) {
      if (!r.ok) {
        showError(card, r.data.error || "The decision was not undone.");
        say("Not undone: " + (r.data.error || "the server refused."));
        if (r.data.error && /decided again/.test(r.data.error)) { undoStack.pop(); saveUndo(); }
        return;
      }
      showError(card, "");
      undoStack.pop();
      saveUndo();
      render(card, r.data);
      updateProgress();
      applyFilters();
      if (!card.hidden) { select(card); }
      say("Undone: “" + title(card) + "” is " + words(r.data.review.status) + " again" +
        filesNote(r.data.files));
    }).catch(function () {
      showError(card, "The review server did not answer; nothing was undone.");
    }).finally(function () { undoing = false; });
  }

  // -- decide ----------------------------------------------------------------------------
  function decide(card, status) {
    if (!card) { say("Choose a finding first: press j (next) or click a card."); return; }
    const note = card.querySelector(".note").value.trim();
    if (status === "dismissed" && !note) {
      showError(card, "Dismissing needs a reason: write it in the note.");
      card.querySelector(".note").focus();
      return;
    }
    if (needName(card)) { return; }
    showError(card, "");
    saving += 1;
    post("api/decisions", {
      finding_id: card.dataset.findingId, status: status, note: note, by: reviewer.value.trim(),
    }).then(function (r) {
      if (!r.ok) { showError(card, r.data.error || "The decision was not saved."); return; }
      render(card, r.data);
      undoStack.push({
        id: card.dataset.findingId, index: r.data.history.length - 1, status: status,
        title: title(card),
      });
      saveUndo();
      updateProgress();
      applyFilters();
      say("“" + title(card) + "”: " + words(status) + " by " + r.data.review.by +
        filesNote(r.data.files) + " (u undoes)");
    }).catch(function () {
      showError(card, "The review server did not answer; the decision was not saved.");
    }).finally(function () { saving -= 1; });
  }

  cards.forEach(function (card) {
    card.addEventListener("click", function () { if (current !== card) { select(card, false); } });
    card.addEventListener("focusin", function () { if (current !== card) { select(card, false); } });
    card.querySelectorAll("button[data-status]").forEach(function (b) {
      b.addEventListener("click", function () { select(card, false); decide(card, b.dataset.status); });
    });
  });
  Object.keys(filters).forEach(function (k) {
    filters[k].addEventListener("change", function () { applyFilters(); filtersToUrl(); });
  });
  undoButton.addEventListener("click", undo);

  document.addEventListener("keydown", function (ev) {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName);
    if (ev.key === "Escape" && typing) { ev.target.blur(); return; }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (ev.key === "j") { move(1); } else if (ev.key === "k") { move(-1); }
    else if (ev.key === "n" && current) { current.querySelector(".note").focus(); }
    else if (ev.key === "u") { undo(); }
    else if (KEYS[ev.key]) { decide(current, KEYS[ev.key]); }
    else { return; }
    ev.preventDefault();
  });

  loadName();
  loadUndo();
  filtersFromUrl();
  fitHeader();
  window.addEventListener("resize", fitHeader);
  if (window.ResizeObserver) { new ResizeObserver(fitHeader).observe(top); }
  updateProgress();
  applyFilters();
}());
