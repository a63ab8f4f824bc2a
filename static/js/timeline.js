/* The timeline page: draws the chart from its json_script payload, narrows the list to a clicked
   period, filters the actor checkboxes as you type. htmx does the rest (filter form -> #results).
   Re-runs after every htmx swap and history restore, so back/forward redraw the chart. */
(function () {
  "use strict";

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function narrowTo(start, end) {
    var form = document.getElementById("filters");
    if (!form) return;
    form.elements.date_after.value = start;
    form.elements.date_before.value = end;
    if (window.htmx) {
      window.htmx.trigger(form, "submit");
    } else {
      form.submit();
    }
  }

  var NARROW_PX = 600;

  function isNarrow(el) {
    return el.clientWidth > 0 && el.clientWidth < NARROW_PX;
  }

  // A copy of `base` with `changes` merged in, nested objects included (arrays are replaced).
  function merged(base, changes) {
    var out = {};
    Object.keys(base).forEach(function (key) { out[key] = base[key]; });
    Object.keys(changes).forEach(function (key) {
      var value = changes[key];
      var plain = value && typeof value === "object" && !Array.isArray(value);
      var basePlain = out[key] && typeof out[key] === "object" && !Array.isArray(out[key]);
      out[key] = plain && basePlain ? merged(out[key], value) : value;
    });
    return out;
  }

  function drawChart(force) {
    var el = document.getElementById("chart");
    var figure = readJson("chart-data");
    if (!el || !figure || typeof window.Plotly === "undefined") return;
    // afterSettle fires once per swapped element (results and each out-of-band facet list).
    if (el.dataset.drawn && !force) return;
    el.dataset.drawn = "1";
    el.classList.add("is-drawn");
    var layout = figure.layout;
    var config = figure.config;
    if (isNarrow(el)) {
      layout = merged(layout, figure.narrow || {});
      // On a touch screen the toolbar is always shown, on top of the legend.
      config = merged(config, { displayModeBar: false });
    }
    window.Plotly.newPlot(el, figure.data, layout, config).then(function (gd) {
      gd.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var bounds = point && point.customdata;
        if (bounds && typeof bounds[0] === "string" && typeof bounds[1] === "string") {
          narrowTo(bounds[0], bounds[1]);
        }
      });
    });
  }

  function filterList(input) {
    var list = document.getElementById(input.dataset.list);
    if (!list) return;
    var text = input.value.trim().toLowerCase();
    list.querySelectorAll("li[data-label]").forEach(function (item) {
      var match = !text || item.dataset.label.indexOf(text) !== -1;
      // Checked boxes stay visible: hiding an active filter would be confusing.
      var checked = item.querySelector("input:checked");
      item.hidden = !(match || checked);
    });
  }

  function setUpListSearch() {
    document.querySelectorAll("input.list-search").forEach(function (input) {
      input.hidden = false;
      if (!input.dataset.bound) {
        input.dataset.bound = "1";
        input.addEventListener("input", function () { filterList(input); });
        // Typing here must not submit the filter form (it has no name, but its events bubble).
        ["input", "change"].forEach(function (type) {
          input.addEventListener(type, function (event) { event.stopPropagation(); });
        });
        input.addEventListener("keydown", function (event) {
          if (event.key === "Enter") event.preventDefault();
        });
      }
      filterList(input);
    });
  }

  function collapseFiltersOnPhones() {
    var panel = document.getElementById("filters-panel");
    if (!panel || !window.matchMedia("(max-width: 52rem)").matches) return;
    // The message about filters that were not understood is inside the panel: keep it seen.
    if (panel.querySelector(".form-errors")) return;
    panel.open = false;
  }

  // On a phone the results sit below the long filter panel: after an explicit submit (the
  // button, Enter, a chart bar) fold the panel and bring the results up, focus included, so
  // that the button does not seem to do nothing. Ticking boxes leaves the panel open.
  var showResultsAfterSwap = false;

  function rememberPhoneSubmit(event) {
    var form = document.getElementById("filters");
    var panel = document.getElementById("filters-panel");
    showResultsAfterSwap = Boolean(
      form && event.target === form && panel && panel.open &&
      window.matchMedia("(max-width: 52rem)").matches
    );
  }

  function showResults() {
    if (!showResultsAfterSwap) return;
    var panel = document.getElementById("filters-panel");
    var count = document.querySelector("#results .result-count");
    // A filter that was not understood is explained inside the panel: leave it open.
    if (!panel || !count || panel.querySelector(".form-errors")) return;
    showResultsAfterSwap = false;
    panel.open = false;
    count.setAttribute("tabindex", "-1");
    count.focus();
  }

  function refresh(force) {
    drawChart(force);
    setUpListSearch();
  }

  function purgeChartIn(root) {
    var el = document.getElementById("chart");
    if (el && window.Plotly && root && root.contains(el)) window.Plotly.purge(el);
  }

  function start() {
    collapseFiltersOnPhones();
    refresh(true);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  document.addEventListener("submit", rememberPhoneSubmit, true);
  document.addEventListener("htmx:afterSettle", function () {
    refresh(false);
    showResults();
  });
  document.addEventListener("htmx:historyRestore", function () { refresh(true); });
  // A chart about to be swapped out releases its listeners.
  document.addEventListener("htmx:beforeSwap", function (event) { purgeChartIn(event.detail.target); });
  // Keep the history snapshot small and plain: the chart is redrawn from its payload on restore.
  document.addEventListener("htmx:beforeHistorySave", function () { purgeChartIn(document.body); });
})();
