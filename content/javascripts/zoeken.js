// The search page, on Pagefind's JavaScript API (pagefind.js) instead of its 171 kB component UI.
// Results are plain links in a list; the search term and the chosen filters live in the page address
// (shareable, restored on Back), every filter value stays listed with its count (also 0), a filter
// without a term lists everything that matches it, and a search without hits shows help in Dutch.
// What is searched for, and in which order results come, is zoekvraag.js; how a result and the status line read,
// zoekresultaat.js.
import { FILTERS, createSearch } from "./zoekvraag.js";
import { describe, resultItem } from "./zoekresultaat.js";

const PAGE_SIZE = 5; // as Pagefind's own interface: each result costs a fragment request (about 1.5 kB); "Meer resultaten" fetches five more
const TYPING_PAUSE_MS = 300;
const OTHER_WORDS = 8; // glossary terms offered when a word is on no page

const siteRoot = new URL("../", window.location.href);
const form = document.getElementById("kb-zoekformulier");
const input = document.getElementById("kb-zoekvraag");
const status = document.getElementById("kb-zoekstatus");
const list = document.getElementById("kb-resultaten");
const more = document.getElementById("kb-meer");
const noHits = document.getElementById("kb-geen-treffers");
const filterButton = document.getElementById("kb-filterknop"); // on a phone the filters fold behind it
const filterSet = document.getElementById("kb-zoekfilters");
const selects = Object.fromEntries(FILTERS.map((name) => [name, form.querySelector(`select[data-filter="${name}"]`)]));
const headerForm = document.querySelector("form.kb-zoekveld");
const headerInput = document.getElementById("kb-zoekterm");

let pagefind = null;
let finder = null; // zoekvraag.js on the loaded index
let allFilters = {};
let generation = 0; // only the newest search may write to the page
let results = [];
let shown = 0;
let wordGroups = []; // zoeken/woorden.json: per glossary term the words that name it (kennisbank.views.search)

// Dutch alphabetical order: "'s-Hertogenbosch" files under H, accents ignored.
const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
const sortName = (name) => name.replace(/^['’]s-/, "");
const byName = (a, b) => collator.compare(sortName(a), sortName(b));

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { term: (params.get("q") || "").trim(), filters };
}

function stateFromForm() {
  const filters = {};
  for (const name of FILTERS) {
    if (selects[name].value) filters[name] = selects[name].value;
  }
  return { term: input.value.trim(), filters };
}

function queryString(state) {
  const params = new URLSearchParams();
  if (state.term) params.set("q", state.term);
  for (const name of FILTERS) {
    if (state.filters[name]) params.set(name, state.filters[name]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

// The header's search field searches again with the chosen filters: they travel as hidden fields
// (a plain GET form), and on this page the search runs in place.
function syncHeader(state) {
  if (!headerForm) return;
  headerForm.querySelectorAll("input[data-kb-filter]").forEach((field) => field.remove());
  for (const name of FILTERS) {
    if (!state.filters[name]) continue;
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = name;
    field.value = state.filters[name];
    field.dataset.kbFilter = "";
    headerForm.append(field);
  }
  if (headerInput && document.activeElement !== headerInput) headerInput.value = state.term;
}

// The folded filters' control says how many are on.
function showFilterCount(state) {
  const on = FILTERS.filter((name) => state.filters[name]).length;
  filterButton.textContent = `Filters (${on || "geen"} aan)`;
}

function showState(state) {
  showFilterCount(state);
  if (document.activeElement !== input) input.value = state.term;
  for (const name of FILTERS) {
    const value = state.filters[name] || "";
    if (value && !Array.from(selects[name].options).some((option) => option.value === value)) {
      selects[name].append(new Option(`${value} (0)`, value));
    }
    selects[name].value = value;
  }
}

// Every value of every filter stays in its list, with the number of results it would give.
function fillFilters(counts) {
  for (const name of FILTERS) {
    const select = selects[name];
    const values = Object.keys(allFilters[name] || {}).sort(byName);
    const existing = new Map(Array.from(select.options).filter((o) => o.value).map((o) => [o.value, o]));
    for (const value of values) {
      const count = (counts[name] || {})[value] || 0;
      const text = `${value} (${count})`;
      let option = existing.get(value);
      if (!option) {
        option = new Option(text, value);
      } else if (option.text !== text) {
        option.text = text;
      }
      select.append(option); // (re)placed in alphabetical order
    }
  }
}

function loadPage(found, from) {
  return Promise.all(found.slice(from, from + PAGE_SIZE).map((result) => result.data()));
}

async function showMore(mine, focusFirst) {
  const data = await loadPage(results, shown);
  if (mine !== generation) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += items.length;
  more.parentElement.hidden = shown >= results.length;
  if (focusFirst && items.length) items[0].querySelector("a").focus();
}

// A word on no page: the words on the pages that start like it ("Bedoelt u …?"), or else terms of the glossary.
function showOtherWords(state, found) {
  const line = document.getElementById("kb-andere-woorden");
  line.replaceChildren();
  line.hidden = !found.missing.length;
  if (line.hidden) return;
  const words = found.suggestions.length ? found.suggestions : wordGroups.map((group) => group[0]).slice(0, OTHER_WORDS);
  line.append(found.suggestions.length ? "Bedoelt u " : "Probeer een ander woord, bijvoorbeeld ");
  words.forEach((word, index) => {
    const link = document.createElement("a");
    link.href = `./${queryString({ term: word, filters: state.filters })}`;
    link.textContent = word;
    line.append(link, index < words.length - 2 ? ", " : index === words.length - 2 ? " of " : "");
  });
  line.append(found.suggestions.length ? "?" : ".");
}

function showHelp(state, unfiltered, found) {
  showOtherWords(state, found);
  const hasFilters = FILTERS.some((name) => state.filters[name]);
  const withoutFilters = document.getElementById("kb-zonder-filters");
  withoutFilters.hidden = !hasFilters;
  if (hasFilters) {
    const link = document.getElementById("kb-filters-weg");
    link.href = `./${queryString({ term: state.term, filters: {} })}`;
    link.textContent = state.term && unfiltered
      ? `Zoek zonder filters (${unfiltered === 1 ? "1 resultaat" : `${unfiltered} resultaten`})`
      : "Zoek zonder filters";
  }
  const themes = document.getElementById("kb-themalinks");
  if (!themes.childNodes.length) {
    const names = Object.keys(allFilters.thema || {}).sort(byName);
    if (names.length) themes.append(" of zoek per thema: ");
    names.forEach((name, index) => {
      const link = document.createElement("a");
      link.href = `./${queryString({ term: "", filters: { thema: name } })}`;
      link.textContent = name;
      themes.append(link, index < names.length - 1 ? ", " : "");
    });
  }
  noHits.hidden = false;
}

// Counts per filter value: for a filter group the reader has chosen from, the count a value would give
// instead of the chosen one (the other choices kept), so switching is informed; for the other groups
// the count it would give in addition.
async function countsFor(state, search) {
  const counts = { ...search.filters };
  for (const name of FILTERS) {
    if (!state.filters[name]) continue;
    const others = { ...state.filters };
    delete others[name];
    const hasOthers = Object.keys(others).length > 0;
    if (!state.term && !hasOthers) {
      counts[name] = allFilters[name];
    } else {
      counts[name] = (await finder.searchAll(state.term || null, others)).filters[name];
    }
  }
  return counts;
}

async function run(state) {
  const mine = ++generation;
  const address = `${window.location.pathname}${queryString(state)}`;
  if (address !== `${window.location.pathname}${window.location.search}`) {
    window.history.replaceState(window.history.state, "", address);
  }
  syncHeader(state);
  showFilterCount(state);
  noHits.hidden = true;
  const hasFilters = FILTERS.some((name) => state.filters[name]);
  if (!state.term && !hasFilters) {
    list.replaceChildren();
    more.parentElement.hidden = true;
    results = [];
    fillFilters(allFilters);
    busy(false);
    status.textContent = "Typ een zoekterm of kies een filter.";
    return;
  }
  busy(true);
  const found = await finder.find(state.term, state.filters);
  const search = found.search;
  const counts = found.nothing ? {} : await countsFor({ ...state, term: found.term }, search);
  const unfiltered = !search.results.length && hasFilters && !found.nothing
    ? (await finder.find(state.term, {})).search.results.length : 0;
  // The first results are loaded before anything changes on the page, so the announced count
  // and the list it describes appear together (screen readers, and no empty list in between).
  const firstPage = await loadPage(search.results, 0);
  if (mine !== generation) return;
  results = search.results;
  list.replaceChildren(...firstPage.map(resultItem));
  shown = firstPage.length;
  more.parentElement.hidden = shown >= results.length;
  fillFilters(counts);
  status.textContent = describe(state, results.length, found);
  busy(false);
  if (!results.length) showHelp(state, unfiltered, found);
}

function unavailable() {
  busy(false);
  document.getElementById("kb-andere-woorden").hidden = true;
  status.textContent = "Zoeken lukt op dit moment niet. U vindt alles ook via de links hieronder.";
  document.getElementById("kb-zonder-filters").hidden = true;
  noHits.hidden = false;
}

let typingTimer = 0;
function searchSoon() {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => run(stateFromForm()), TYPING_PAUSE_MS);
}

// While the search loads and runs, the status line says so (announced politely, as role="status") and the
// result list is marked busy; the count that replaces it is announced together with the results.
function busy(on) {
  if (on) status.textContent = "Bezig met zoeken…";
  list.setAttribute("aria-busy", String(on));
}

// The pages whose own name a query is, as [soort, address] pairs: in zoeken/namen/<n>.json, n the sum of the
// name's character codes modulo NAME_FILES (kennisbank.views.search.name_file). Each file is fetched once per visit.
const NAME_FILES = 64;
const nameFiles = new Map();
function pagesNamed(name) {
  if (!name) return Promise.resolve([]);
  const key = [...name].reduce((sum, char) => sum + char.codePointAt(0), 0) % NAME_FILES;
  if (!nameFiles.has(key)) {
    const url = new URL(`zoeken/namen/${key}.json`, siteRoot);
    nameFiles.set(key, fetch(url).then((response) => (response.ok ? response.json() : {})).catch(() => ({})));
  }
  return nameFiles.get(key).then((names) => names[name] || []);
}

async function start() {
  const state = stateFromUrl();
  showState(state);
  syncHeader(state);
  // Pagefind and its index still have to load: say at once that the search has started.
  if (state.term || FILTERS.some((name) => state.filters[name])) busy(true);
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    // noWorker: for an index this small the search runs in the page itself; Pagefind's web worker would cost its
    // own 40 kB script and a start-up on every visit of this page, and make no search noticeably smoother.
    await pagefind.options({
      basePath: new URL("pagefind/", siteRoot).pathname,
      baseUrl: siteRoot.pathname,
      noWorker: true,
    });
    await pagefind.init();
    allFilters = await pagefind.filters();
    const words = await fetch(new URL("zoeken/woorden.json", siteRoot));
    if (words.ok) wordGroups = await words.json();
  } catch (error) {
    unavailable();
    return;
  }
  finder = createSearch(pagefind, wordGroups, allFilters, { pagesNamed, root: siteRoot.pathname });
  fillFilters(allFilters);
  showState(state);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    run(stateFromForm());
  });
  input.addEventListener("input", searchSoon);
  for (const name of FILTERS) selects[name].addEventListener("change", () => run(stateFromForm()));
  more.addEventListener("click", () => showMore(generation, true));
  filterButton.addEventListener("click", () => {
    const open = filterButton.getAttribute("aria-expanded") !== "true";
    filterButton.setAttribute("aria-expanded", String(open));
    filterSet.classList.toggle("kb-open", open);
  });
  if (headerForm && headerInput) {
    headerForm.addEventListener("submit", (event) => {
      event.preventDefault();
      input.value = headerInput.value;
      run(stateFromForm());
      input.focus();
    });
  }
  window.addEventListener("popstate", () => {
    const restored = stateFromUrl();
    showState(restored);
    run(restored);
  });
  await run(state);
}

start();
