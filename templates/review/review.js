// Review page behaviour: filters, keyboard shortcuts and decisions posted to /api/decisions.
// Data is only ever written with textContent, never parsed as markup: titles and notes are
// untrusted text.
(function () {
  "use strict";
  const token = document.querySelector('meta[name="review-token"]').content;
  const cards = Array.from(document.querySelectorAll(".finding"));
  const reviewer = document.getElementById("reviewer");
  const filters = {
    status: document.getElementById("filter-status"),
    verdict: document.getElementById("filter-verdict"),
    severity: document.getElementById("filter-severity"),
  };
  const NAME_KEY = "factcheck.reviewer";
  const KEYS = { c: "confirmed", d: "dismissed", f: "follow_up", o: "open" };
  let current = null;

  try { reviewer.value = localStorage.getItem(NAME_KEY) || ""; } catch (e) { /* private mode */ }
  reviewer.addEventListener("change", function () {
    try { localStorage.setItem(NAME_KEY, reviewer.value.trim()); } catch (e) { /* ignore */ }
  });

  function visible() { return cards.filter(function (c) { return !c.hidden; }); }

  function updateProgress() {
    const done = cards.filter(function (c) { return c.dataset.status !== "open"; }).length;
    document.getElementById("progress-text").textContent =
      done + " of " + cards.length + " reviewed";
    document.getElementById("progress-bar").value = done;
  }

  function applyFilters() {
    cards.forEach(function (c) {
      c.hidden = Object.keys(filters).some(function (k) {
        return filters[k].value !== "" && c.dataset[k] !== filters[k].value;
      });
    });
    document.getElementById("shown-count").textContent =
      visible().length + " of " + cards.length + " shown";
    if (current && current.hidden) { select(visible()[0] || null, false); }
  }

  function select(card, scroll) {
    if (current) { current.classList.remove("current"); }
    current = card;
    if (!card) { return; }
    card.classList.add("current");
    if (scroll !== false) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest", behavior: "auto" });
    }
  }

  function move(step) {
    const list = visible();
    if (!list.length) { return; }
    const i = list.indexOf(current);
    const next = i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + step));
    select(list[next]);
  }

  function toast(text) {
    const t = document.getElementById("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 2500);
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

  function historyLine(h) {
    return h.at + " · " + h.status.replace("_", " ") + " · " + (h.by || "someone") +
      (h.note ? " — " + h.note : "");
  }

  function renderHistory(card, history) {
    const list = card.querySelector('[data-role="history"]');
    list.replaceChildren.apply(list, history.map(function (h) {
      const li = document.createElement("li");
      li.textContent = historyLine(h);
      return li;
    }));
    card.querySelector('[data-role="history-count"]').textContent = String(history.length);
    card.querySelector(".history").hidden = history.length === 0;
  }

  function render(card, review) {
    card.dataset.status = review.status;
    card.className = card.className.replace(/\bstatus-\S+/, "status-" + review.status);
    card.querySelector('[data-role="status"]').textContent = review.status.replace("_", " ");
    card.querySelector('[data-role="decided"]').textContent =
      review.status.replace("_", " ") + " by " + (review.by || "someone") + " at " + review.at;
    card.querySelector(".note").value = review.note;
  }

  function decide(card, status) {
    if (!card) { return; }
    const note = card.querySelector(".note").value.trim();
    if (status === "dismissed" && !note) {
      showError(card, "Dismissing needs a reason: write it in the note.");
      card.querySelector(".note").focus();
      return;
    }
    showError(card, "");
    const body = JSON.stringify({
      finding_id: card.dataset.findingId, status: status, note: note, by: reviewer.value.trim(),
    });
    fetch("api/decisions", {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Review-Token": token },
    }).then(function (resp) {
      return resp.json().then(function (data) { return { ok: resp.ok, data: data }; });
    }).then(function (r) {
      if (!r.ok) { showError(card, r.data.error || "The decision was not saved."); return; }
      render(card, r.data.review);
      renderHistory(card, r.data.history);
      updateProgress();
      applyFilters();
      toast(card.querySelector("h2").textContent + ": " + status.replace("_", " ") +
        filesNote(r.data.files));
    }).catch(function () {
      showError(card, "The review server did not answer; the decision was not saved.");
    });
  }

  cards.forEach(function (card) {
    card.addEventListener("click", function () { if (current !== card) { select(card, false); } });
    card.querySelectorAll("button[data-status]").forEach(function (b) {
      b.addEventListener("click", function () { select(card, false); decide(card, b.dataset.status); });
    });
  });
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener("change", applyFilters); });

  document.addEventListener("keydown", function (ev) {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName);
    if (ev.key === "Escape" && typing) { ev.target.blur(); return; }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (ev.key === "j") { move(1); } else if (ev.key === "k") { move(-1); }
    else if (ev.key === "n" && current) { current.querySelector(".note").focus(); }
    else if (KEYS[ev.key]) { decide(current, KEYS[ev.key]); }
    else { return; }
    ev.preventDefault();
  });

  updateProgress();
  applyFilters();
  select(visible()[0] || null, false);
}());
