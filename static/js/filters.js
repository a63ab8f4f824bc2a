/* Filter panels marked data-fold-on-phones start folded on narrow screens, so that the results
   are on the first screen. A panel marked data-keep-open (a filter is set, or one was not
   understood) stays open: the page has no other place that shows the filters in force. */
(function () {
  "use strict";

  function fold() {
    if (!window.matchMedia("(max-width: 52rem)").matches) return;
    document.querySelectorAll("details[data-fold-on-phones]").forEach(function (panel) {
      if (!panel.hasAttribute("data-keep-open")) panel.open = false;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fold);
  } else {
    fold();
  }
})();
