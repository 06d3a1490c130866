/// The matrix page's scripts, inlined. The first runs before anything else and writes any
/// script error into the page (and `data-ready="error"` on `<body>`); the second reads the
/// embedded cell data, shows a cell's machines on hover or focus, lists them on click or Enter
/// below the heatmap, moves between cells with the arrow keys, opens the cell the address names
/// (`#pc-q35/7.2.0/10.2.2`), then sets `data-ready="ok"` on `<body>`.
enum MatrixPageScript {
    static let errorHandler = #"""
        window.addEventListener("error", function (event) {
          var text = "Page script error: " + event.message + " (line " + event.lineno + ")";
          var box = document.getElementById("page-error");
          if (box) { box.hidden = false; box.textContent = text; }
          if (document.body) { document.body.dataset.ready = "error"; }
        });
        """#

    static let main = #"""
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("matrix-data").textContent);
          var kindText = {};
          data.kinds.forEach(function (pair) { kindText[pair[0]] = pair[1]; });
          var symbols = { compatible: "✓", "abi-changed": "~", incompatible: "✗", unknown: "?" };
          var tip = document.getElementById("tip");
          var tipLimit = 14;

          function el(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined && text !== null) { node.textContent = text; }
            return node;
          }
          function rowsOf(button) {
            var family = data.families[+button.dataset.f];
            return family.cells[+button.dataset.s][+button.dataset.d].map(function (raw) {
              return { machine: data.machines[raw[0]], verdict: data.verdicts[raw[1]], kinds: data.reasons[raw[2]], message: data.messages[raw[3]] };
            });
          }
          function title(button) {
            var source = +button.dataset.s, destination = +button.dataset.d;
            return data.families[+button.dataset.f].id + ": " + data.releases[source] + " → " + data.releases[destination] +
              (source < destination ? " (upgrade)" : " (downgrade)");
          }
          function table(rows, withHeader) {
            var result = el("table");
            if (withHeader) {
              var head = result.appendChild(el("thead")).appendChild(el("tr"));
              ["Machine", "Verdict", "Reasons", "Message"].forEach(function (name) { head.appendChild(el("th", null, name)); });
            }
            var body = result.appendChild(el("tbody"));
            rows.forEach(function (row) {
              var line = body.appendChild(el("tr"));
              line.appendChild(el("td", null, row.machine));
              var badge = line.appendChild(el("td")).appendChild(el("span", "v v-" + row.verdict, withHeader ? row.verdict : symbols[row.verdict]));
              badge.title = row.verdict;
              var kinds = line.appendChild(el("td"));
              row.kinds.forEach(function (kind) {
                var chip = kinds.appendChild(el("span", "k", kind));
                chip.title = kindText[kind] || "";
              });
              if (!row.kinds.length) { kinds.textContent = "–"; }
              line.appendChild(el("td", null, row.message));
            });
            return result;
          }
          function showTip(button) {
            var rows = rowsOf(button);
            tip.replaceChildren(el("h4", null, title(button)), el("p", null, button.getAttribute("aria-label").replace(/^[^:]*: /, "")));
            // Incompatible and unknown machines first: they are what a reader looks for.
            var ordered = rows.filter(function (row) { return row.verdict !== "compatible"; })
              .concat(rows.filter(function (row) { return row.verdict === "compatible"; }));
            tip.appendChild(table(ordered.slice(0, tipLimit), false));
            if (ordered.length > tipLimit) {
              tip.appendChild(el("p", "more", "… and " + (ordered.length - tipLimit) + " more: click the cell for the full list."));
            }
            tip.hidden = false;
            var box = button.getBoundingClientRect();
            var left = box.right + 10, width = tip.offsetWidth, height = tip.offsetHeight;
            if (left + width > document.documentElement.clientWidth - 8) { left = Math.max(8, box.left - width - 10); }
            var top = Math.max(8, Math.min(box.top, window.innerHeight - height - 8));
            tip.style.left = (left + window.scrollX) + "px";
            tip.style.top = (top + window.scrollY) + "px";
          }
          function hideTip() { tip.hidden = true; }
          function open(button, updateAddress) {
            var panel = document.getElementById("details-" + data.families[+button.dataset.f].id);
            var previous = panel.parentNode.querySelector(".hm.sel");
            if (previous) { previous.classList.remove("sel"); previous.removeAttribute("aria-pressed"); }
            button.classList.add("sel");
            button.setAttribute("aria-pressed", "true");
            panel.replaceChildren(el("h4", null, title(button)), el("p", null, button.getAttribute("aria-label").replace(/^[^:]*: /, "")),
              table(rowsOf(button), true));
            if (updateAddress) {
              try { history.replaceState(null, "", "#" + button.dataset.key); } catch (ignored) { /* file: pages may refuse */ }
            }
          }
          function neighbour(button, rowStep, columnStep) {
            var grid = button.closest("table");
            var count = data.releases.length;
            var source = +button.dataset.s, destination = +button.dataset.d;
            for (var hop = 0; hop < count; hop++) {
              source += rowStep; destination += columnStep;
              if (source < 0 || destination < 0 || source >= count || destination >= count) { return null; }
              var next = grid.querySelector('.hm[data-s="' + source + '"][data-d="' + destination + '"]');
              if (next) { return next; }
            }
            return null;
          }
          var steps = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
          var buttons = document.querySelectorAll("button.hm");
          buttons.forEach(function (button) {
            button.addEventListener("mouseenter", function () { showTip(button); });
            button.addEventListener("mouseleave", hideTip);
            button.addEventListener("focus", function () { showTip(button); });
            button.addEventListener("blur", hideTip);
            button.addEventListener("click", function () { hideTip(); open(button, true); });
            button.addEventListener("keydown", function (event) {
              if (event.key === "Escape") { hideTip(); return; }
              var step = steps[event.key];
              if (!step) { return; }
              var next = neighbour(button, step[0], step[1]);
              if (next) { event.preventDefault(); next.focus(); }
            });
          });
          function openAddressed() {
            var key = decodeURIComponent(location.hash.slice(1));
            if (!key) { return; }
            for (var i = 0; i < buttons.length; i++) {
              if (buttons[i].dataset.key === key) { open(buttons[i], false); buttons[i].scrollIntoView({ block: "nearest" }); return; }
            }
          }
          window.addEventListener("hashchange", openAddressed);
          openAddressed();
          document.body.dataset.cells = String(buttons.length);
          document.body.dataset.ready = "ok";
        })();
        """#
}
