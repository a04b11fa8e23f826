// The queue's keyboard: "n" opens the next article to fix, "/" jumps to the search
// box. No dependencies; both are plain links and fields without this file.
(function () {
  "use strict";

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "n") {
      // Looked up each time: the link lives in the table htmx swaps.
      var next = document.querySelector("#queue-table .next-to-fix");
      if (next) { event.preventDefault(); window.location.assign(next.href); }
    } else if (event.key === "/") {
      var search = document.querySelector(".filters input[name=q]");
      if (search) { event.preventDefault(); search.focus(); }
    }
  });
})();
