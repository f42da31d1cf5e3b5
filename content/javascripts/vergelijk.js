/* Comparison page: the reader adds or removes records (up to four, any record). The choice is kept in
   the address (?ids=a,b,c) and the table is rebuilt from compact JSON: one file with the records to choose
   from, and per record one file with its rows, loaded only when it is on the table. Without JavaScript the
   page shows the static table of the record and its related records. Text goes in with textContent only. */
(function () {
  "use strict";
  var root = document.querySelector(".kb-vergelijk");
  if (!root) return;
  var base = root.getAttribute("data-basis");
  var rowsBase = root.getAttribute("data-rijen");
  var defaults = root.getAttribute("data-ids").split(",");

  function idsFromUrl() {
    var value = new URLSearchParams(window.location.search).get("ids");
    return value ? value.split(",").filter(Boolean) : null;
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
  }

  json(root.getAttribute("data-gegevens")).then(function (data) {
    var byId = {};
    data.records.forEach(function (r) { byId[r.id] = r; });
    var max = data.max;
    var chosen = [];
    var rowsOf = {}; // id -> the record's rows, once loaded

    function loadRows(ids) {
      return Promise.all(ids.filter(function (id) { return !rowsOf[id]; }).map(function (id) {
        return json(rowsBase + encodeURIComponent(id) + ".json").then(function (d) { rowsOf[id] = d.rijen; });
      }));
    }

    // The controls are in the page already (see vergelijk.md.j2); only the records to add come from the data.
    var controls = root.querySelector(".kb-vergelijk-keuze");
    var list = controls.querySelector(".kb-vergelijk-gekozen");
    var form = controls.querySelector(".kb-vergelijk-toevoegen");
    var select = form.querySelector("select");
    var add = form.querySelector("button[type=submit]");
    var status = controls.querySelector(".kb-vergelijk-status");
    [["pilot", "Pilots"], ["lopend initiatief", "Lopende initiatieven"]].forEach(function (group) {
      var optgroup = el("optgroup", null, { label: group[1] });
      data.records.filter(function (r) { return r.soort === group[0]; }).forEach(function (r) {
        optgroup.appendChild(el("option", r.titel, { value: r.id }));
      });
      select.appendChild(optgroup);
    });

    // Each value carries its record's name, shown above it on a phone only (kb-waarde-van, see kennisbank.css).
    function cell(items, name) {
      var td = el("td", null, { "data-label": name });
      td.appendChild(el("span", name, { "class": "kb-waarde-van", "aria-hidden": "true", "data-pagefind-ignore": "" }));
      if (!items.length) td.appendChild(document.createTextNode(data.leeg));
      else if (items.length === 1) td.appendChild(document.createTextNode(items[0]));
      else {
        var ul = el("ul");
        items.forEach(function (item) { ul.appendChild(el("li", item)); });
        td.appendChild(ul);
      }
      return td;
    }

    function renderTable() {
      var records = chosen.map(function (id) { return byId[id]; });
      var table = el("table");
      var caption = el("caption", "Vergelijking van " + records.map(function (r) { return r.titel; }).join(", "),
                       { "class": "kb-visueel-verborgen" });
      table.appendChild(caption);
      var head = el("tr");
      head.appendChild(el("th", "Onderdeel", { scope: "col" }));
      records.forEach(function (r) {
        var th = el("th", null, { scope: "col" });
        th.appendChild(el("a", r.titel, { href: base + r.url }));
        head.appendChild(th);
      });
      var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
      var tbody = el("tbody");
      data.rijen.forEach(function (name, i) {
        var tr = el("tr");
        tr.appendChild(el("th", name, { scope: "row", "data-label": "Onderdeel" }));
        records.forEach(function (r) { tr.appendChild(cell(rowsOf[r.id][i], r.titel)); });
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      var wrapper = root.querySelector(".kb-vergelijktabel");
      wrapper.replaceChildren(table);
    }

    function renderChoice() {
      list.replaceChildren();
      chosen.forEach(function (id) {
        var li = el("li");
        li.appendChild(el("span", byId[id].titel));
        var remove = el("button", "Verwijder", { type: "button", "aria-label": "Verwijder " + byId[id].titel });
        remove.disabled = chosen.length <= 1;
        remove.addEventListener("click", function () {
          set(chosen.filter(function (x) { return x !== id; }), true).catch(failed);
        });
        li.appendChild(remove);
        list.appendChild(li);
      });
      Array.prototype.forEach.call(select.options, function (option) {
        option.disabled = chosen.indexOf(option.value) >= 0;
      });
      if (select.selectedOptions.length && select.selectedOptions[0].disabled) {
        var free = Array.prototype.find.call(select.options, function (o) { return !o.disabled; });
        if (free) select.value = free.value;
      }
      var full = chosen.length >= max;
      select.disabled = full; add.disabled = full;
      // The same sentence as kennisbank.compare.choice_status writes into the page.
      status.textContent = (full ? "U vergelijkt er " + max + ", het maximum; verwijder er eerst een om een andere toe te voegen. "
                                 : "") + "Nu naast elkaar: " + chosen.map(function (id) { return byId[id].titel; }).join(", ") + ".";
    }

    function set(ids, remember) {
      var seen = {};
      var next = ids.filter(function (id) {
        var ok = byId[id] && !seen[id]; seen[id] = true; return ok;
      }).slice(0, max);
      if (!next.length) next = defaults.slice();
      return loadRows(next).then(function () {
        chosen = next;
        if (remember) {
          var url = new URL(window.location.href);
          url.searchParams.set("ids", chosen.join(","));
          history.pushState({ ids: chosen }, "", url);
        }
        renderChoice();
        renderTable();
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (select.value && chosen.length < max) set(chosen.concat([select.value]), true).catch(failed);
    });
    window.addEventListener("popstate", function () { set(idsFromUrl() || defaults, false).catch(failed); });
    var asked = idsFromUrl();
    // The page's own table shows the default records already: their rows are loaded only once the reader
    // changes the choice.
    var ready = asked ? set(asked, false) : Promise.resolve().then(function () {
      chosen = defaults.filter(function (id) { return byId[id]; });
      renderChoice();
    });
    return ready.then(function () {
      controls.setAttribute("aria-busy", "false"); // the controls work from now on
    });
  }).catch(failed);

  function failed() {
    // Without the data the controls cannot work: say so, and keep the table that is on the page.
    root.querySelectorAll(".kb-vergelijk-keuze button, .kb-vergelijk-keuze select").forEach(function (control) {
      control.disabled = true;
    });
    root.querySelector(".kb-vergelijk-status").textContent =
      "Zelf kiezen lukt nu niet (de gegevens konden niet worden geladen). De tabel toont de standaardvergelijking.";
    root.querySelector(".kb-vergelijk-keuze").setAttribute("aria-busy", "false");
  }
})();
