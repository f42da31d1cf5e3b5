"""The preview's site folder between rebuilds (kennisbank.adapter.sitefolder): after a good build the folder
comes back with exactly the files the next build makes, a page whose file already holds its output is not
written again, and after a failure everything is written anew."""

from __future__ import annotations

import os
from pathlib import Path

from kennisbank.adapter.sitefolder import KeptFolder


def write(folder: KeptFolder, site: Path, pages: dict[str, str]) -> list[str]:
    """One build as MkDocs does it with the folder's answers: MkDocs empties the site folder, then writes
    each page whose output is not empty. Returns the pages written."""
    folder.set_aside(site)
    for entry in list(site.rglob("*"))[::-1]:  # MkDocs' clean_directory
        entry.unlink() if entry.is_file() else entry.rmdir()
    folder.put_back(site, {str(site / path) for path in pages})
    written = []
    for path, output in pages.items():
        if folder.output(path, str(site / path), output):
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            (site / path).write_text(output, "utf-8")
            written.append(path)
    folder.complete = True  # on_post_build
    return written


def files(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*") if p.is_file()}


def test_only_changed_pages_are_written_and_removed_pages_disappear(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    folder = KeptFolder()
    first = {"index.html": "home", "a/index.html": "A", "b/index.html": "B", "b/c/index.html": "C"}
    assert write(folder, site, first) == list(first)
    second = {"index.html": "home", "a/index.html": "A2", "d/index.html": "D"}  # b/ and b/c/ are gone
    assert write(folder, site, second) == ["a/index.html", "d/index.html"]
    assert files(site) == second
    assert not (site / "b").exists()  # no empty folders left behind
    assert not (tmp_path / ".site-vorige").exists()


def test_after_a_failure_or_an_error_page_everything_is_written_again(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    folder = KeptFolder()
    pages = {"index.html": "home", "a/index.html": "A"}
    write(folder, site, pages)
    folder.forget()  # on_build_error, or the error page replaced the site
    (site / "a" / "index.html").write_text("foutpagina", "utf-8")
    assert write(folder, site, pages) == list(pages)
    assert files(site) == pages


def test_a_folder_changed_behind_its_back_is_not_trusted(tmp_path: Path) -> None:
    # A build that stops between setting the folder aside and putting it back leaves an empty folder; the
    # next build writes everything (the folder was not complete).
    site = tmp_path / "site"
    site.mkdir()
    folder = KeptFolder()
    pages = {"index.html": "home"}
    write(folder, site, pages)
    folder.set_aside(site)
    folder.forget()  # the build failed before put_back
    assert write(folder, site, pages) == ["index.html"]
    assert files(site) == pages
    assert sorted(os.listdir(tmp_path)) == ["site"]
