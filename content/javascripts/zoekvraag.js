// What the search page searches for, and in which order it shows what it finds, on Pagefind's JavaScript API.
// A query in the reader's own words: small words never decide whether a page is found, nor do words on most pages
// ("pilots"); a phrase finds what its other words find together. A word that is on no page finds nothing: Pagefind
// would search a short word at its start instead ("zwemles" as "z"), so the page checks what Pagefind marked. The
// glossary's other words for a term are searched too. The pilots and lopende initiatieven come first, a page that
// only lists names (a gemeente, a provincie, a partner, an overview) last, unless the query is its name.
export const FILTERS = ["soort", "thema", "provincie", "gemeente", "status"];
const MAX_QUERIES = 12; // searches run for one query with the glossary's other words for its terms
const MAX_PART_WORDS = 5; // words tried in smaller combinations when all words together find nothing
const RECORD_KINDS = ["pilot", "lopend initiatief"];
// Pages that list names of other pages: found by a name they list, shown after the pages that tell about it.
const LIST_KINDS = ["gemeente", "provincie", "partner", "overzicht"];
// Words that say nothing about what a reader looks for: question words, articles, pronouns, prepositions and the
// forms of the most common verbs. They never decide whether a page is found.
const FILLER_WORDS = "de het een en of met tot van voor in op aan te bij naar om die dat dit deze er is als uit door " +
  "over ook niet geen wat welk welke wie waar waarom wanneer hoe hoeveel waarmee waarin waarbij waardoor ik je jij " +
  "u we wij ze zij hij hun hen haar mijn ons onze uw men iemand iets zich zijn was waren ben bent wordt worden werd " +
  "werden kan kunnen kon konden moet moeten mag mogen wil willen zal zullen zou zouden heeft hebben had hadden heb " +
  "doet doen deed deden gedaan gaat gaan ging gingen werkte werkten gewerkt nog al wel maar dus dan toen nu hier " +
  "daar zo veel meer andere alle elke ieder iedere";
const FILLER = new Set(FILLER_WORDS.split(" "));

export const lower = (text) => text.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWords = (phrase) => new RegExp(`(^|[^\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}-])`, "u");
// Letters and digits only, without accents or case: how a word the reader typed is compared with a marked one.
const bare = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl").replace(/[^\p{L}\p{N}]/gu, "");
const trimmed = (text) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

// A gemeente's name as the search index keeps it (kennisbank.common.text.slugify): no accents, no case, every run of
// other characters one hyphen. "Gemeente Den Haag" and "den-haag" are the same query.
export function slug(text) {
  return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "").replace(/^gemeente-/, "");
}

// The words Pagefind marked in an excerpt (it marks the words it matched).
export function markedWords(excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt || "";
  return Array.from(template.content.querySelectorAll("mark"), (mark) => trimmed(mark.textContent)).filter(Boolean);
}

// Whether a word Pagefind marked is the word the reader typed, in another form (a plural, a longer word that starts
// with it, "nareizigers" for "nareizen"), and not a short word it starts with ("z" for "zwemles").
export function sameWord(marked, typed) {
  const mark = bare(marked);
  const word = bare(typed);
  if (!word || mark.startsWith(word)) return true;
  let common = 0;
  while (common < mark.length && mark[common] === word[common]) common++;
  return common >= Math.max(3, Math.ceil(word.length * 0.6));
}

const LIKELY_SHOWN = 3; // of the pages all words of a query find, the first are most likely among those shown
const NAME_CANDIDATES = 2; // results of a soort checked beyond the pages a query names (Pagefind ranks a name high)

// `names.pagesNamed(slug)`: the [soort, address] of the pages with that name; `names.root`: the site's path.
export function createSearch(pagefind, wordGroups, allFilters, names) {
  const totalPages = Object.values(allFilters.soort || {}).reduce((sum, count) => sum + count, 0);
  const checked = new Map(); // word -> what Pagefind finds for it, once per visit

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
        next.push(query);
        if (!used) continue;
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
          counts[name][value] = searches.reduce((sum, search) => sum + count(search), 0); // one search, or none
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

  // Whether a word is on a page (itself, in another form, or as another word for its glossary term), and on how
  // many pages. What a result's excerpt marks tells: Pagefind answers a word that no page has with the pages of the
  // longest word it starts with. The result read is one of `likely` (pages about to be shown, whose data is loaded
  // for that anyway) when the word finds one of them, else its first.
  function onPages(word, likely = []) {
    if (!checked.has(word)) {
      checked.set(word, (async () => {
        for (const query of alternatives(word).queries) {
          const search = await pagefind.search(query);
          if (!search.results.length) continue;
          const byId = new Map(search.results.map((result) => [result.id, result]));
          const read = likely.map((id) => byId.get(id)).find(Boolean) || search.results[0];
          const marks = markedWords((await read.data()).excerpt);
          const words = query.split(" ");
          if (!marks.length || marks.some((mark) => words.some((typed) => sameWord(mark, typed)))) {
            return { found: true, pages: search.results.length };
          }
        }
        return { found: false, pages: 0 };
      })());
    }
    return checked.get(word);
  }

  // Words on the pages that start like a word that is on none: "taalmaatje" for "taalmatje".
  async function lookalikes(word) {
    const letters = bare(word);
    const found = new Map();
    for (let length = letters.length - 1; length >= Math.max(4, Math.ceil(letters.length * 0.6)); length--) {
      const start = letters.slice(0, length);
      const search = await pagefind.search(start);
      const data = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
      for (const mark of data.flatMap((item) => markedWords(item.excerpt))) {
        const shown = /\p{Lu}/u.test(mark.slice(1)) ? mark : mark.toLocaleLowerCase("nl");
        if (bare(mark).startsWith(start) && !found.has(bare(mark))) found.set(bare(mark), shown);
      }
      if (found.size) break;
    }
    // One form of each word: "taalmaatje", not also "taalmaatjes".
    const words = [...found.keys()].sort((a, b) => a.length - b.length);
    const forms = words.filter((word, i) => !words.slice(0, i).some((shorter) => word.startsWith(shorter)));
    return forms.slice(0, 3).map((word) => found.get(word));
  }

  async function suggestions(missing) {
    const words = await Promise.all(missing.slice(0, 2).map(lookalikes));
    return [...new Set(words.flat())];
  }

  function combinations(words, size, start = 0) {
    if (size === 0) return [[]];
    const out = [];
    for (let i = start; i <= words.length - size; i++) {
      for (const rest of combinations(words, size - 1, i + 1)) out.push([words[i], ...rest]);
    }
    return out;
  }

  // When all words together find nothing: the largest combination of them that finds something, and of those the
  // one with the rarest words (the most telling: "taalmaatje" before "statushouders").
  async function searchPart(words, pages, filters) {
    const rarity = (part) => part.reduce((sum, word) => sum + Math.log(totalPages / Math.max(1, pages[word])), 0);
    const tried = words.slice(0, MAX_PART_WORDS);
    for (let size = tried.length - 1; size >= 1; size--) {
      let best = null;
      for (const part of combinations(tried, size)) {
        const search = await searchAll(part.join(" "), filters);
        if (!search.results.length) continue;
        const better = !best || rarity(part) > best.rarity
          || (rarity(part) === best.rarity && search.results.length > best.search.results.length);
        if (better) best = { term: part.join(" "), search, rarity: rarity(part) };
      }
      if (best) return best;
    }
    return null;
  }

  // The ids of the pages a term finds among those a filter allows. With the term, not a search without words:
  // Pagefind answers that by loading every chunk of its index (165 kB more for one query); the term's own chunks
  // are loaded already.
  const idsOf = async (term, filters) => new Set((await searchAll(term, filters)).results.map((result) => result.id));

  // The ids of the pages whose own name the query is (`later`: a name they have led to since 2020): among the first
  // results of their soort, the ones at their address. Their data is loaded to read the address; they are the first
  // results shown, so nothing is loaded twice.
  async function namedIds(name, term, filters, later = false) {
    const pages = (await names.pagesNamed(name)).filter((page) => (page[2] === "later") === later);
    const chosen = filters.soort === undefined ? null : [].concat(filters.soort);
    const ids = new Set();
    for (const soort of new Set(pages.map(([kind]) => kind))) {
      if (chosen && !chosen.includes(soort)) continue; // the reader chose other kinds: the page is not a result
      const addresses = pages.filter(([kind]) => kind === soort).map(([, address]) => names.root + address);
      const search = await searchAll(term, { ...filters, soort });
      let found = 0;
      for (const result of search.results.slice(0, addresses.length + NAME_CANDIDATES)) {
        if (!addresses.includes((await result.data()).url)) continue;
        ids.add(result.id);
        if (++found === addresses.length) break;
      }
    }
    return ids;
  }

  // Pages whose name is the query first (then those it names since 2020: a merger, a part received), then the
  // records, the other pages, and the pages that list names last; within each, Pagefind's order.
  async function ordered(results, typed, term, filters) {
    const name = slug(typed);
    const own = await namedIds(name, term, filters);
    const later = await namedIds(name, term, filters, true);
    let records;
    let lists;
    if (filters.soort !== undefined) { // the reader chose the kinds: every result is one of them
      const chosen = [].concat(filters.soort);
      const all = new Set(results.map((result) => result.id));
      records = chosen.some((kind) => RECORD_KINDS.includes(kind)) ? all : new Set();
      lists = chosen.some((kind) => LIST_KINDS.includes(kind)) ? all : new Set();
    } else {
      records = await idsOf(term, { ...filters, soort: { any: RECORD_KINDS } });
      lists = await idsOf(term, { ...filters, soort: { any: LIST_KINDS } });
    }
    const place = (result) => (own.has(result.id) ? 0 : later.has(result.id) ? 1
      : records.has(result.id) ? 2 : lists.has(result.id) ? 4 : 3);
    return results.map((result, i) => [place(result), i, result]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , result]) => result);
  }

  // What a query finds: `term` is what was searched (the telling words), `missing` the words on no page, `partial`
  // says a part of the words was searched because all of them together find nothing, `nothing` that no word is on
  // a page (then `suggestions` are words on the pages that start like them).
  async function find(typed, filters) {
    const found = { term: typed, partial: false, missing: [], suggestions: [] };
    if (!typed) return { ...found, search: await searchAll(null, filters) };
    const quoted = /^\s*".+"\s*$/.test(typed); // Pagefind's exact phrase: searched as typed
    const words = [...new Set(lower(typed).split(" "))];
    const content = quoted ? [] : words.filter((word) => !FILLER.has(word));
    if (!content.length) {
      const search = await searchAll(typed, filters);
      return { ...found, search: { ...search, results: await ordered(search.results, typed, typed, filters) } };
    }
    // The first pages the words find together, in the order shown, are most likely shown: their marks are read (no
    // extra download).
    const together = content.join(" ");
    const jointly = await searchAll(together, filters);
    const first = await ordered(jointly.results, typed, together, filters);
    const likely = first.slice(0, LIKELY_SHOWN).map((result) => result.id);
    // One word after the other: Pagefind keeps one copy of a page's data, and two searches that load the same page
    // at once would each see the other's marks.
    const checks = [];
    for (const word of content) checks.push(await onPages(word, likely));
    const present = content.filter((_, i) => checks[i].found);
    found.missing = content.filter((_, i) => !checks[i].found);
    const pages = Object.fromEntries(content.map((word, i) => [word, checks[i].pages]));
    const telling = present.filter((word) => pages[word] <= totalPages / 2);
    const searched = telling.length ? telling : present;
    if (!searched.length) {
      const nothing = { results: [], filters: {}, alsoWords: [] };
      return { ...found, nothing: true, search: nothing, suggestions: await suggestions(found.missing) };
    }
    found.term = searched.join(" ");
    // Every word is on a page and telling: what they find together is already searched and ordered.
    if (found.term === together && jointly.results.length) return { ...found, search: { ...jointly, results: first } };
    let search = await searchAll(found.term, filters);
    if (!search.results.length && searched.length > 1) {
      const part = await searchPart(searched, pages, filters);
      if (part) {
        found.term = part.term;
        found.partial = true;
        search = part.search;
      }
    }
    return { ...found, search: { ...search, results: await ordered(search.results, typed, found.term, filters) } };
  }

  return { find, searchAll };
}
