// The search page, on Pagefind's JavaScript API (pagefind.js) instead of its 171 kB component UI.
// Results are plain links in a list; the search term and the chosen filters live in the page address
// (shareable, restored on Back), every filter value stays listed with its count (also 0), a filter
// without a term lists everything that matches it, and a search without hits shows help in Dutch.
const FILTERS = ["soort", "thema", "provincie", "gemeente", "status"];
const FILTER_WORDS = { soort: "soort", thema: "thema", provincie: "provincie", gemeente: "gemeente", status: "na het programma" };
const PAGE_SIZE = 10; // each result costs a fragment request; "Meer resultaten" fetches the next ten
const TYPING_PAUSE_MS = 300;
const MAX_QUERIES = 12; // searches run for one query with the glossary's other words for its terms
const MAX_PART_WORDS = 5; // words tried in smaller combinations when all words together find nothing
// Small words that find (nearly) every page: left out when the page looks for results with part of the words.
const SMALL_WORDS = new Set(["de", "het", "een", "en", "of", "met", "tot", "van", "voor", "in", "op", "aan", "te",
  "bij", "naar", "om", "die", "dat", "er", "is", "zijn", "als", "uit", "door", "over", "ook", "niet"]);

const siteRoot = new URL("../", window.location.href);
const form = document.getElementById("kb-zoekformulier");
const input = document.getElementById("kb-zoekvraag");
const status = document.getElementById("kb-zoekstatus");
const list = document.getElementById("kb-resultaten");
const more = document.getElementById("kb-meer");
const noHits = document.getElementById("kb-geen-treffers");
const selects = Object.fromEntries(FILTERS.map((name) => [name, form.querySelector(`select[data-filter="${name}"]`)]));
const headerForm = document.querySelector("form.kb-zoekveld");
const headerInput = document.getElementById("kb-zoekterm");

let pagefind = null;
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

function showState(state) {
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

function describe(state, count, found) {
  const what = count === 1 ? "1 resultaat" : `${count} resultaten`;
  const parts = [];
  if (found.partial) parts.push(`voor: ${found.term}`);
  else if (state.term) parts.push(`voor ‘${state.term}’`);
  const chosen = FILTERS.filter((name) => state.filters[name]).map((name) => `${FILTER_WORDS[name]} ${state.filters[name]}`);
  if (chosen.length) parts.push(`met ${chosen.join(" en ")}`);
  let text = `${count === 0 ? "Geen resultaten" : what} ${parts.join(" ")}`.trim() + ".";
  if (found.partial) text = `Geen resultaten met alle woorden; ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  // One form of each word: "statushouders", not also "statushouder".
  const words = found.alsoWords.filter((word, i, all) => !all.slice(0, i).some((w) => w.startsWith(word) || word.startsWith(w)));
  if (count && words.length) text += ` Ook gezocht op: ${words.join(", ")}.`;
  return text;
}

// ---- The reader's own words: glossary variants, and part of the words when all of them find nothing ----

const lower = (text) => text.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWords = (phrase) => new RegExp(`(^|[^\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}-])`, "u");

// The queries that stand for one term: the term itself and, for each glossary word or phrase in it, the
// same query with that word replaced by each other word of its term ("vergunninghouders" → "statushouder", …).
function alternatives(term) {
  let queries = [lower(term)];
  const alsoWords = [];
  for (const group of wordGroups) {
    const words = group.map(lower).sort((a, b) => b.length - a.length);
    const next = [];
    for (const query of queries) {
      const used = words.find((word) => wholeWords(word).test(query));
      if (!used) {
        next.push(query);
        continue;
      }
      next.push(query);
      for (const other of words) {
        if (other === used) continue;
        next.push(query.replace(wholeWords(used), (match, before) => before + other));
        // Named in the status line, but not a mere plural of the word typed ("statushouder" for "statushouders").
        const inflection = other.startsWith(used) || used.startsWith(other);
        if (!inflection && !alsoWords.includes(other)) alsoWords.push(other);
      }
    }
    queries = [...new Set(next)].slice(0, MAX_QUERIES);
  }
  return { queries, alsoWords };
}

// A result whose data is loaded once, however often it is asked for.
function cached(result) {
  let data = null;
  return { id: result.id, score: result.score, data: () => (data ||= result.data()) };
}

// Filter counts of the union of several searches, without downloading a single result: a value that only
// one search finds counts as that search says; a value several searches find is counted from the result
// ids of those searches narrowed to it (searches in the index chunks already loaded, no new requests).
async function unionCounts(queries, searches, filters) {
  const counts = {};
  for (const name of FILTERS) {
    counts[name] = {};
    const values = new Set(searches.flatMap((search) => Object.keys((search.filters || {})[name] || {})));
    for (const value of values) {
      const count = (search) => ((search.filters || {})[name] || {})[value] || 0;
      const finders = queries.filter((_, i) => count(searches[i]) > 0);
      if (finders.length < 2) {
        counts[name][value] = searches.reduce((sum, search) => sum + count(search), 0);  // one search, or none
        continue;
      }
      // A value chosen in this group already stays chosen (Pagefind combines values of a group with AND).
      const chosen = filters[name] === undefined ? [] : [].concat(filters[name]);
      const narrowed = { ...filters, [name]: chosen.length ? [...chosen, value] : value };
      const ids = new Set();
      for (const query of finders) {
        for (const result of (await pagefind.search(query, { filters: narrowed })).results) ids.add(result.id);
      }
      counts[name][value] = ids.size;
    }
  }
  return counts;
}

// Pagefind has no OR: each alternative is searched and the results merged (best score first).
async function searchAll(term, filters) {
  if (!term) return { ...(await pagefind.search(null, { filters })), alsoWords: [] };
  const { queries, alsoWords } = alternatives(term);
  const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters })));
  if (searches.length === 1) return { ...searches[0], alsoWords: [] };
  const best = new Map();
  for (const search of searches) {
    for (const result of search.results) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score).map(cached);
  const counts = await unionCounts(queries, searches, filters);
  const used = alsoWords.filter((word) => searches.some((search, i) => search.results.length && queries[i].includes(word)));
  return { results: merged, filters: counts, alsoWords: used };
}

function combinations(words, size, start = 0) {
  if (size === 0) return [[]];
  const out = [];
  for (let i = start; i <= words.length - size; i++) {
    for (const rest of combinations(words, size - 1, i + 1)) out.push([words[i], ...rest]);
  }
  return out;
}

// When all words together find nothing: the largest combination of the query's words (small words left
// out) that finds something, and of those the one that finds most.
async function searchPart(term, filters) {
  const words = [...new Set(lower(term).split(" ").filter((word) => !SMALL_WORDS.has(word)))].slice(0, MAX_PART_WORDS);
  const all = lower(term).split(" ").length;
  for (let size = Math.min(words.length, all - 1); size >= 1; size--) {
    let best = null;
    for (const part of combinations(words, size)) {
      const search = await searchAll(part.join(" "), filters);
      if (search.results.length && (!best || search.results.length > best.search.results.length)) {
        best = { term: part.join(" "), search };
      }
    }
    if (best) return best;
  }
  return null;
}

async function find(state) {
  const search = await searchAll(state.term || null, state.filters);
  if (search.results.length || !state.term || !state.term.includes(" ")) {
    return { term: state.term, partial: false, search, alsoWords: search.alsoWords };
  }
  const part = await searchPart(state.term, state.filters);
  if (!part) return { term: state.term, partial: false, search, alsoWords: [] };
  return { term: part.term, partial: true, search: part.search, alsoWords: part.search.alsoWords };
}

// Pagefind's excerpt is HTML with <mark> around the matches: keep the text and the marks, nothing else.
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  });
  return out;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "kb-resultaat";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = (data.meta && data.meta.title) || data.url;
  const title = document.createElement("p");
  title.className = "kb-resultaat-titel";
  title.append(link);
  item.append(title);
  const meta = data.meta || {};
  const facts = [meta.soort, meta.thema, meta.gemeenten].filter(Boolean);
  if (facts.length) {
    const line = document.createElement("p");
    line.className = "kb-resultaat-soort";
    line.textContent = facts.join(" · ");
    item.append(line);
  }
  if (data.excerpt) {
    const excerpt = document.createElement("p");
    excerpt.className = "kb-resultaat-uittreksel";
    excerpt.append(excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  return item;
}

// A gemeente's name as the search index keeps it (kennisbank.common.text.slugify): no accents, no case, every run of
// other characters one hyphen. "Gemeente Den Haag" and "den-haag" are the same query.
function slug(text) {
  return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "").replace(/^gemeente-/, "");
}

// A query that is a gemeente's name opens with that gemeente's page, whatever Pagefind's ranking: first the
// gemeenten that carry the name (or did before a merger), then those it names since 2020 (a merger, a part
// received). The rest keeps Pagefind's order.
function gemeenteFirst(term, data) {
  const query = slug(term);
  if (!query) return data;
  const names = (item, key) => ((item.meta && item.meta[key]) || "").split("|");
  const own = data.filter((item) => names(item, "namen").includes(query));
  const later = data.filter((item) => !own.includes(item) && names(item, "later").includes(query));
  return [...own, ...later, ...data.filter((item) => !own.includes(item) && !later.includes(item))];
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

function showHelp(state, unfiltered) {
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
      counts[name] = (await searchAll(state.term || null, others)).filters[name];
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
  const found = await find(state);
  const search = found.search;
  const counts = await countsFor({ ...state, term: found.term }, search);
  const unfiltered = !search.results.length && hasFilters && state.term
    ? (await searchAll(state.term, {})).results.length : 0;
  // The first results are loaded before anything changes on the page, so the announced count
  // and the list it describes appear together (screen readers, and no empty list in between).
  const firstPage = gemeenteFirst(found.term, await loadPage(search.results, 0));
  if (mine !== generation) return;
  results = search.results;
  list.replaceChildren(...firstPage.map(resultItem));
  shown = firstPage.length;
  more.parentElement.hidden = shown >= results.length;
  fillFilters(counts);
  status.textContent = describe(state, results.length, found);
  busy(false);
  if (!results.length) showHelp(state, unfiltered);
}

function unavailable() {
  busy(false);
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

async function start() {
  const state = stateFromUrl();
  showState(state);
  syncHeader(state);
  // Pagefind and its index still have to load: say at once that the search has started.
  if (state.term || FILTERS.some((name) => state.filters[name])) busy(true);
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ basePath: new URL("pagefind/", siteRoot).pathname, baseUrl: siteRoot.pathname });
    await pagefind.init();
    allFilters = await pagefind.filters();
    const words = await fetch(new URL("zoeken/woorden.json", siteRoot));
    if (words.ok) wordGroups = await words.json();
  } catch (error) {
    unavailable();
    return;
  }
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
