"""Editorial Markdown in content/ that belongs to a generated page: the file name must be the id of a
thema, pilot, lopend initiatief, document or rode draad. One rule, used by `kennisbank validate` and
by the build, so both give the same message."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kennisbank.data import urls
from kennisbank.data.kinds import KINDS
from kennisbank.data.problems import Problem

# section -> (what one page is, the data file it comes from), for the kinds whose pages take editorial text
SECTIONS: dict[str, tuple[str, str]] = {
    **{f"{kind.sectie}/": (kind.enkelvoud, f"data/{kind.bestand}") for kind in KINDS if kind.redactie},
    **{
        f"{variant.sectie}/": (variant.enkelvoud, f"data/{kind.bestand}")
        for kind in KINDS
        if kind.redactie
        for variant in kind.varianten.values()
    },
}
EDITORIAL_SECTIONS = tuple(SECTIONS)


def is_editorial(uri: str) -> bool:
    """Markdown that may be merged into a generated page: the home page and the data-backed sections."""
    return uri.endswith(".md") and (uri == "index.md" or uri.startswith(EDITORIAL_SECTIONS))


def data_pages(raw: Mapping[str, Any]) -> set[str]:
    """Source paths of the generated pages that editorial text can join, from the (raw) data: works
    also while other parts of the data still have problems."""

    def items(kind: str) -> list[dict[str, Any]]:
        data = raw.get(kind)
        return (
            [item for item in data if isinstance(item, dict) and isinstance(item.get("id"), str)]
            if isinstance(data, list)
            else []
        )

    addresses = ["", *EDITORIAL_SECTIONS]
    addresses += [kind.adres(item["id"], item) for kind in KINDS if kind.redactie for item in items(kind.naam)]
    return {urls.src_path_for(address) for address in addresses}


def stray_files(
    uris: Iterable[str], pages: set[str], content_name: str = "content", removed: Mapping[str, str] | None = None
) -> list[Problem]:
    """Editorial files whose name matches no generated page, each with the closest existing name; the text of a
    removed record (`removed`: its page's source path -> "document 'x'") is told to go with it."""
    problems = []
    for uri in sorted(u for u in uris if is_editorial(u) and u not in pages):
        section = next(s for s in EDITORIAL_SECTIONS if uri.startswith(s))
        what, data_file = SECTIONS[section]
        if removed and uri in removed:
            problems.append(
                Problem(
                    f"{content_name}/{uri}",
                    1,
                    1,
                    (
                        f"deze tekst hoort bij {removed[uri]}, dat uit {data_file} is weggehaald: haal dit bestand ook weg "
                        "(of zet het record terug)"
                    ),
                )
            )
            continue
        siblings = sorted(
            p.removeprefix(section).removesuffix(".md")
            for p in pages
            if p.startswith(section) and p.count("/") == 1 and not p.endswith("index.md")
        )
        name = uri.removeprefix(section).removesuffix(".md")
        close = difflib.get_close_matches(name, siblings, n=1, cutoff=0.6)
        message = (
            f"bij deze redactionele tekst hoort geen {what} in {data_file}: de bestandsnaam moet het id "
            f"van een {what} zijn"
        )
        if close:
            message += f"; bedoelt u '{close[0]}'? Noem het bestand dan {content_name}/{section}{close[0]}.md"
        problems.append(Problem(f"{content_name}/{uri}", 1, 1, message))
    return problems


def check_content(
    content_dir: Path, raw: Mapping[str, Any], display_name: str, removed: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every Markdown file under content/ that would be refused by the build."""
    if not content_dir.is_dir():
        return []
    uris = [path.relative_to(content_dir).as_posix() for path in content_dir.rglob("*.md")]
    return stray_files(uris, data_pages(raw), display_name, removed)
