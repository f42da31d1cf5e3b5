// Keeps the search term and the chosen filters in the page address, so a filtered search can be
// shared and bookmarked, and restores them when the page is opened from such an address.
(function () {
  "use strict";
  var FILTERS = ["soort", "thema", "gemeente", "provincie"];

  function stateFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    FILTERS.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) filters[name] = values;
    });
    return { term: params.get("q") || "", filters: filters };
  }

  function writeUrl(term, filters) {
    var params = new URLSearchParams();
    if (term) params.set("q", term);
    FILTERS.forEach(function (name) {
      (filters && filters[name] || []).forEach(function (value) { params.append(name, value); });
    });
    var query = params.toString();
    history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function start() {
    if (!window.PagefindComponents) return;
    var instance = window.PagefindComponents.getInstanceManager().getInstance("default");
    var state = stateFromUrl();
    var input = document.querySelector("pagefind-input input");
    if (input && state.term) input.value = state.term;
    if (state.term || Object.keys(state.filters).length) {
      instance.triggerSearchWithFilters(state.term, state.filters);
    }
    instance.on("search", function (term, filters) { writeUrl(term, filters); });
    // The header's search field on this page searches in place.
    var header = document.getElementById("kb-zoekterm");
    if (header) header.value = state.term;
  }

  // Pagefind's filter buttons have the role combobox, which takes no name from their text: point
  // aria-labelledby at the visible label (and the selection count), so screen readers announce it.
  function nameFilterButtons() {
    document.querySelectorAll("pagefind-filter-dropdown").forEach(function (dropdown, index) {
      var trigger = dropdown.querySelector(".pf-dropdown-trigger");
      var label = dropdown.querySelector(".pf-dropdown-trigger-label");
      var badge = dropdown.querySelector(".pf-dropdown-selected-badge");
      if (!trigger || !label) return;
      label.id = label.id || "kb-filterlabel-" + index;
      var ids = [label.id];
      if (badge) {
        badge.id = badge.id || "kb-filteraantal-" + index;
        ids.push(badge.id);
      }
      trigger.setAttribute("aria-labelledby", ids.join(" "));
    });
  }
  if (window.customElements) {
    customElements.whenDefined("pagefind-filter-dropdown").then(function () {
      requestAnimationFrame(nameFilterButtons);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
