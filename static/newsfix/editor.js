// The editor's keyboard and its two scrolling panes. No dependencies; every
// action here is also a plain button or link that works without this file.
(function () {
  "use strict";

  var editor = document.getElementById("editor");
  if (!editor) return;

  var current = -1;

  function $(id) { return document.getElementById(id); }
  function textarea() { return $("text"); }
  function items() { return Array.prototype.slice.call(document.querySelectorAll("#flag-list .flag-item")); }
  function dirty() { var t = textarea(); return !!t && t.value !== t.defaultValue; }

  function notice(message) {
    var box = $("notice");
    if (!box) return;
    box.textContent = "";
    var p = document.createElement("p");
    p.textContent = message;
    box.appendChild(p);
  }

  function marksFor(item) {
    var id = item.getAttribute("data-mark");
    return document.querySelectorAll('#working-preview [data-flags~="' + id + '"]');
  }

  function scrollWithin(box, element) {
    if (!box || !element) return;
    var top = element.offsetTop - box.clientHeight / 3;
    box.scrollTop = Math.max(0, top);
  }

  function select(index) {
    var list = items();
    if (!list.length) { current = -1; return; }
    current = Math.max(0, Math.min(index, list.length - 1));
    document.querySelectorAll(".is-current").forEach(function (el) { el.classList.remove("is-current"); });
    list.forEach(function (li) { li.removeAttribute("aria-current"); });
    var item = list[current];
    item.classList.add("is-current");
    item.setAttribute("aria-current", "true");
    item.scrollIntoView({ block: "nearest" });
    var marks = marksFor(item);
    marks.forEach(function (m) { m.classList.add("is-current"); });
    if (marks.length) scrollWithin($("working-preview"), marks[0]);
  }

  function currentItem() {
    var list = items();
    return current >= 0 && current < list.length ? list[current] : null;
  }

  function press(action) {
    var item = currentItem();
    if (!item) { notice(editor.getAttribute("data-no-flag")); return; }
    var button = item.querySelector('[data-action="' + action + '"]');
    if (button) { button.click(); return; }
    // No button: the list shows unsaved text, or this flag has nothing safe to put in.
    var scanned = document.querySelector("#working-preview[data-scanned]");
    notice(editor.getAttribute(scanned ? "data-save-first" : "data-no-suggestion"));
  }

  // The server counts characters (code points); a text box counts UTF-16 units.
  function utf16Offset(text, codePoints) {
    var units = 0;
    for (var seen = 0; seen < codePoints && units < text.length; seen++) {
      var code = text.charCodeAt(units);
      units += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return units;
  }

  function editAtFlag() {
    var item = currentItem();
    var area = textarea();
    if (!item || !area) return;
    var start = parseInt(item.getAttribute("data-start"), 10) || 0;
    var end = parseInt(item.getAttribute("data-end"), 10) || start;
    area.focus();
    area.setSelectionRange(utf16Offset(area.value, start), utf16Offset(area.value, end));
    // Bring the selection into view: the caret's line is roughly proportional.
    var share = area.value.length ? start / area.value.length : 0;
    area.scrollTop = Math.max(0, share * area.scrollHeight - area.clientHeight / 3);
  }

  function save() {
    var form = $("save-form");
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function showShortcuts() {
    var dialog = $("shortcuts");
    if (dialog && !dialog.open) dialog.showModal();
  }

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "textarea" || tag === "select" || target.isContentEditable ||
      (tag === "input" && !/^(button|submit|checkbox|radio)$/.test(target.type));
  }

  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "s" || event.key === "S")) {
      event.preventDefault();
      save();
      return;
    }
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if ($("shortcuts") && $("shortcuts").open) return;
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current < 0 ? 0 : current - 1); break;
      case "a": press("accept"); break;
      case "d": press("dismiss"); break;
      case "e": editAtFlag(); break;
      case "?": showShortcuts(); break;
      default: return;
    }
    event.preventDefault();
  });

  var help = $("show-shortcuts");
  if (help) help.addEventListener("click", showShortcuts);

  // A flag clicked in the list becomes the current one.
  document.addEventListener("click", function (event) {
    var item = event.target.closest && event.target.closest("#flag-list .flag-item");
    if (item) select(items().indexOf(item));
  });

  // Actions on stored flags would apply to the saved text, not to unsaved typing.
  var GUARDED = { accept: 1, dismiss: 1, "fix-all": 1, undo: 1, "restore-copy": 1, rebuild: 1 };
  document.addEventListener("submit", function (event) {
    if (event.target.id !== "flag-form" || !dirty()) return;
    var submitter = event.submitter;
    var action = submitter ? submitter.getAttribute("data-action") : "fix-all";
    if (GUARDED[action]) {
      event.preventDefault();
      event.stopImmediatePropagation();
      notice(editor.getAttribute("data-save-first"));
    }
  }, true);

  // A save that lost the race answers 409 with the conflict: show it anyway.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // What was sent in a save is what is now stored: the text box is clean again.
  var sent = null;
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (!event.detail.elt || event.detail.elt.id !== "save-form") return;
    var params = event.detail.parameters;
    sent = params.get ? params.get("text") : params.text;
    // A re-scan still on its way would paint over what the save answers.
    if (window.htmx && textarea()) window.htmx.trigger(textarea(), "htmx:abort");
  });
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var area = textarea();
    if (event.detail.elt && event.detail.elt.id === "save-form" && event.detail.successful && area && sent !== null) {
      area.defaultValue = sent;
      sent = null;
    }
  });

  document.body.addEventListener("htmx:afterSettle", function () {
    var list = items();
    if (current >= list.length) current = list.length - 1;
    if (current >= 0) select(current);
    bindScroll();
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty()) { event.preventDefault(); event.returnValue = ""; }
  });

  // The raw scrape, the text box and the highlighted copy scroll together.
  var syncing = null;
  function follow(source) {
    if (syncing && syncing !== source) return;
    syncing = source;
    var range = source.scrollHeight - source.clientHeight;
    var share = range > 0 ? source.scrollTop / range : 0;
    ["raw-text", "text", "working-preview"].forEach(function (id) {
      var other = $(id);
      if (!other || other === source) return;
      other.scrollTop = share * (other.scrollHeight - other.clientHeight);
    });
    window.requestAnimationFrame(function () { syncing = null; });
  }
  function bindScroll() {
    ["raw-text", "text", "working-preview"].forEach(function (id) {
      var pane = $(id);
      if (pane && !pane.hasAttribute("data-synced")) {
        pane.setAttribute("data-synced", "1");
        pane.addEventListener("scroll", function () { follow(pane); }, { passive: true });
      }
    });
  }
  bindScroll();
})();
