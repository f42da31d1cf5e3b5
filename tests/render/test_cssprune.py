"""Material's stylesheet pruned to what the site uses: rules for absent classes go, everything else stays;
the site's own stylesheet is served without comments and spare whitespace, and means the same."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

from kennisbank.common.store import Store
from kennisbank.render.cssprune import (
    compact,
    drop_unused_properties,
    prune,
    prune_site,
    prune_theme_sheet,
    read_properties,
    used_names,
)

CSS = (
    '@charset "UTF-8";.used{color:red}.absent{color:blue}.used .absent,.also{margin:0}'
    "@media screen{.absent{x:1}.used:not(.absent){y:2}}@keyframes spin{0%{a:b}}"
    '[data-md-state=x]{z:1}[role=search]{w:1}.x:is(.absent){k:1}a[href]:after{content:"{"}'
)


def test_rules_for_absent_classes_and_attributes_go_the_rest_stays() -> None:
    names, attributes = used_names(['<p class="used also" role="search"><a href="#">x</a></p>'], ["'kb-js'"])
    pruned = prune(CSS, names, attributes)
    assert pruned.startswith('@charset "UTF-8";')
    assert ".used{color:red}" in pruned and ".absent{color:blue}" not in pruned
    assert ".used .absent,.also{margin:0}" in pruned  # one selector that may match keeps the rule
    assert "@media screen{.used:not(.absent){y:2}}" in pruned  # :not() of an absent class still matches
    assert "@keyframes spin{0%{a:b}}" in pruned and "[role=search]{w:1}" in pruned
    assert "data-md-state" not in pruned
    assert ".x:is(.absent){k:1}" in pruned  # with :is(), :where() or :has() the rule stays (careful by design)
    assert 'a[href]:after{content:"{"}' in pruned  # a brace inside a string does not end the rule
    assert "kb-js" in names


def test_built_site_stylesheet_is_pruned_and_keeps_what_pages_use(built_site: Path) -> None:
    css = next((built_site / "assets" / "stylesheets").glob("main.*.min.css")).read_text("utf-8")
    assert len(css) < 70_000
    for needed in (".md-header", ".md-sidebar", ".md-nav__link", ".md-typeset table:not([class])", ".md-footer"):
        assert needed in css, needed
    assert ".md-search__form" not in css and ".tabbed-set" not in css


def test_own_stylesheet_is_compacted_without_changing_its_rules(built_site: Path) -> None:
    source = (ROOT / "content" / "stylesheets" / "kennisbank.css").read_text("utf-8")
    served = (built_site / "stylesheets" / "kennisbank.css").read_text("utf-8")
    assert "/*" not in served and len(served) < 0.8 * len(source)
    # The same characters apart from comments and whitespace: no rule lost or changed.
    assert re.sub(r"\s", "", served) == re.sub(r"\s", "", re.sub(r"/\*.*?\*/", "", source, flags=re.S))


def test_compacting_keeps_strings_and_spaces_that_separate_words() -> None:
    css = 'a  >  b , c { content: " ; {  x" ; margin : 0 auto ; } /* weg */\n@media (max-width: 10px) {\n .x{width:calc(1rem - 2px)} }'
    assert (
        compact(css)
        == 'a > b,c{content: " ; {  x";margin : 0 auto;}@media (max-width: 10px){.x{width:calc(1rem - 2px)}}'
    )


def test_custom_properties_nothing_reads_are_dropped() -> None:
    css = ':root{--a:1;--icon:url("data:image/svg+xml;charset=utf-8,<svg>}</svg>");--c:var(--d);--d:2;color:var(--a)}'
    assert drop_unused_properties(css, set()) == ":root{--a:1;color:var(--a)}"  # --d goes once --c has gone
    assert drop_unused_properties(css, read_properties(".kb{margin:var(--d)}")) == ":root{--a:1;--d:2;color:var(--a)}"


def test_the_theme_sheet_is_pruned_again_only_when_what_it_asks_about_changes(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache")
    names, attributes = used_names(['<p class="used also" role="search"><a href="#">x</a></p>'], [])
    expected = drop_unused_properties(prune(CSS, names, attributes), set())
    assert prune_theme_sheet(CSS, names, attributes, set(), store) == expected
    assert store.misses == 2  # the names the sheet asks about, and the pruned sheet
    # A class the stylesheet never names (a new heading's id, a record's class): the same sheet, from the cache.
    assert prune_theme_sheet(CSS, names | {"kb-nieuw"}, attributes | {"data-x"}, set(), store) == expected
    assert (store.hits, store.misses) == (2, 2)
    with_absent = prune_theme_sheet(CSS, names | {"absent"}, attributes, set(), store)
    assert store.misses == 3 and ".absent{color:blue}" in with_absent


def test_the_caller_names_the_theme_sheets(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "stylesheets").mkdir(parents=True)
    (site / "stylesheets" / "eigen.css").write_text("/* uitleg */\n.used {\n  color: red;\n}\n", "utf-8")
    (site / "thema.css").write_text(CSS, "utf-8")
    (site / "index.html").write_text('<p class="used"></p>', "utf-8")
    before, after = prune_site(site, [site / "thema.css"], Store(None))
    assert before == len(CSS) and after == len((site / "thema.css").read_text("utf-8")) < before
    assert ".absent{" not in (site / "thema.css").read_text("utf-8")
    assert (site / "stylesheets" / "eigen.css").read_text("utf-8") == ".used{color: red;}"
