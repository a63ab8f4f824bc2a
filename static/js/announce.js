/* Screen readers hear the new result count after an htmx swap. The live region is in base.html,
   outside every swapped part (a region inserted by the swap itself is often not announced); the
   text comes from the swapped content's [data-announce] element. */
(function () {
  "use strict";

  document.addEventListener("htmx:afterSettle", function (event) {
    var status = document.getElementById("live-status");
    var root = event.target && event.target.querySelector ? event.target : document;
    var source = (root.matches && root.matches("[data-announce]") && root) ||
      root.querySelector("[data-announce]");
    if (!status || !source) return;
    status.textContent = source.textContent.replace(/\s+/g, " ").trim();
  });
})();
