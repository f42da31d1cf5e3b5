// How the search page words what it found: each result as an item of the list (its title, its soort, thema and
// gemeenten, Pagefind's excerpt with the matches marked) and the status line above the list.
import { FILTERS, lower } from "./zoekvraag.js";

const FILTER_WORDS = { soort: "soort", thema: "thema", provincie: "provincie", gemeente: "gemeente", status: "na het programma" };

// ‘a’, ‘b’ en ‘c’
function quotedList(words) {
  const quoted = words.map((word) => `‘${word}’`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} en ${quoted.at(-1)}` : quoted.join("");
}

// The status line: how many results for what (and with which filters), which words decided, which are on no page.
export function describe(state, count, found) {
  const onNoPage = found.missing.length
    ? `${quotedList(found.missing)} ${found.missing.length === 1 ? "staat" : "staan"} op geen enkele pagina van de kennisbank.`
    : "";
  if (found.nothing) return `Geen resultaten: ${onNoPage}`;
  const what = count === 1 ? "1 resultaat" : `${count} resultaten`;
  const parts = [];
  if (found.partial) parts.push(`voor: ${found.term}`);
  else if (state.term) parts.push(`voor ‘${state.term}’`);
  const chosen = FILTERS.filter((name) => state.filters[name]).map((name) => `${FILTER_WORDS[name]} ${state.filters[name]}`);
  if (chosen.length) parts.push(`met ${chosen.join(" en ")}`);
  let text = `${count === 0 ? "Geen resultaten" : what} ${parts.join(" ")}`.trim() + ".";
  if (found.partial) text = `Geen resultaten met alle woorden; ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  // The words that decided, when the reader typed more (small words, words on most pages).
  else if (state.term && found.term !== lower(state.term)) text += ` Gezocht op: ${found.term}.`;
  if (onNoPage) text += ` ${onNoPage.charAt(0).toUpperCase()}${onNoPage.slice(1)}`;
  // One form of each word: "statushouders", not also "statushouder".
  const words = found.search.alsoWords.filter((word, i, all) => !all.slice(0, i).some((w) => w.startsWith(word) || word.startsWith(w)));
  if (count && words.length) text += ` Ook gezocht op: ${words.join(", ")}.`;
  return text;
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

export function resultItem(data) {
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
