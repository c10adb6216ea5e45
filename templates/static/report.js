// Filters for the report: checkboxes toggle `hidden` on findings by verdict, severity and
// review status, and "show only" narrows to findings new since the last run or changed since
// their decision. With JS off the filter form stays hidden and every finding is visible.
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
    var shown = 0;
    var total = 0;
    document.querySelectorAll("main [data-verdict]").forEach(function (el) {
      var show = verdicts.has(el.dataset.verdict) && severities.has(el.dataset.severity) &&
        statuses.has(el.dataset.status || "open") &&
        (!only.has("new") || el.hasAttribute("data-new")) &&
        (!only.has("changed") || el.hasAttribute("data-changed"));
      el.hidden = !show;
      if (el.classList.contains("card")) {
        total += 1;
        if (show) { shown += 1; }
      }
    });
    status.textContent = "Showing " + shown + " of " + total + " finding cards.";
  }
  form.addEventListener("change", apply);
  apply();
})();
