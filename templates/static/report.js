// Filters for the report: checkboxes toggle `hidden` on findings by verdict, severity and
// review status, and "show only" narrows to findings new since the last run or changed since
// their decision. With JS off the filter form stays hidden and every finding is visible.
// The counter counts findings, not cards: every element showing findings carries their ids
// (data-fids; a reprinted sentence stands for several), so it follows every filter and its
// total is the report's number of findings.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var status = document.getElementById("filter-status");
  if (!form) { return; }
  form.hidden = false;
  function checked(name) {
    var out = new Set();
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) {
      if (box.checked) { out.add(box.value); }
    });
    return out;
  }
  function apply() {
    var verdicts = checked("verdict");
    var severities = checked("severity");
    var statuses = checked("status");
    var only = checked("only");
    var shown = new Set();
    var total = new Set();
    document.querySelectorAll("main [data-verdict]").forEach(function (el) {
      var show = verdicts.has(el.dataset.verdict) && severities.has(el.dataset.severity) &&
        statuses.has(el.dataset.status || "open") &&
        (!only.has("new") || el.hasAttribute("data-new")) &&
        (!only.has("changed") || el.hasAttribute("data-changed"));
      el.hidden = !show;
      (el.dataset.fids || "").split(" ").forEach(function (id) {
        if (!id) { return; }
        total.add(id);
        if (show) { shown.add(id); }
      });
    });
    status.textContent = "Showing " + shown.size + " of " + total.size + " findings.";
  }
  // A link into a collapsed list opens it, so the finding it names is seen.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    if (el) { el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  form.addEventListener("change", apply);
  apply();
})();
