/* Draws the plotly figures of the detail pages (maps, control timelines).
   A figure is a <div data-figure="ID"> where ID is a json_script holding {data, layout};
   data-config="ID" names the plotly config, else the figure's own "config" is used (the maps'
   config points topojsonURL at our static files, so no map geometry comes from a CDN).
   data-navigate: clicking a point opens the URL in its customdata[0].
   Figures are drawn on load, in every htmx swap, and again after back/forward.
   Each figure has a table or list twin in the page. */
(function () {
  "use strict";

  var MAP_HEIGHT_RATIO = 0.7;

  function readJson(id) {
    var node = id && document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function draw(root) {
    if (typeof window.Plotly === "undefined") return;
    root.querySelectorAll("[data-figure]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var figure = readJson(el.dataset.figure);
      if (!figure) return;
      var config = readJson(el.dataset.config) || figure.config || { responsive: true, displaylogo: false };
      // On a phone a chart's toolbar is always shown, on top of its legend. Maps keep theirs:
      // its zoom buttons are the way to zoom them on a touch screen.
      var narrow = el.clientWidth > 0 && el.clientWidth < 600;
      var layout = figure.layout || {};
      if (narrow && !layout.geo) {
        config = Object.assign({}, config, { displayModeBar: false });
      } else if (narrow) {
        // The maps are about 1.6 times as wide as high: at a phone's width their fixed
        // desktop height left blank bands above and below the country.
        var height = Math.max(240, Math.round(el.clientWidth * MAP_HEIGHT_RATIO));
        layout = Object.assign({}, layout, { height: height });
        el.style.minHeight = height + "px";
      }
      el.dataset.drawn = "1";
      el.classList.add("is-drawn");
      window.Plotly.newPlot(el, figure.data, layout, config).then(function (gd) {
        if (el.dataset.navigate === undefined) return;
        gd.on("plotly_click", function (event) {
          var point = event.points && event.points[0];
          var url = point && point.customdata && point.customdata[0];
          if (typeof url === "string" && url.charAt(0) === "/") window.location.assign(url);
        });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { draw(document); });
  } else {
    draw(document);
  }
  document.addEventListener("htmx:afterSettle", function (event) { draw(event.target); });
  // Back/forward: htmx puts back a snapshot of the page, whose figures are dead SVG copies
  // (no hover, no clicks). Draw them again from their payloads.
  document.addEventListener("htmx:historyRestore", function () {
    document.querySelectorAll("[data-figure]").forEach(function (el) {
      el.innerHTML = "";
      delete el.dataset.drawn;
    });
    draw(document);
  });
})();
