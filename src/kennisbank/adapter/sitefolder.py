"""The preview's site folder between rebuilds: pages that come out the same are not written again.

MkDocs empties the site folder before every build and writes all six hundred pages anew, although most of
them are byte for byte what is there already. After a build that went well, the folder is set aside before
MkDocs empties it and put back right after; files this build does not make are removed, and a page whose
output is exactly what the folder holds is not written again (MkDocs skips a page whose output is empty).

What is on disk is tracked per file, as written; a failed build, an error page or a folder that was not set
aside forgets it all, so the next build writes everything again.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

# MkDocs' line for a page with empty output; for the pages left as they are, it says nothing to the editor.
SKIPPED = ("Page skipped: '", "'. Generated empty output.")


class KeptFolder:
    def __init__(self) -> None:
        self.complete = False  # the folder holds the whole output of the last build, and that build went well
        self.on_disk: dict[str, str] = {}  # absolute file path -> the page output written there
        self.aside: Path | None = None
        self.unwritten: set[str] = set()  # src_uri of the pages this build left as they were

    def forget(self) -> None:
        self.complete, self.on_disk = False, {}

    def set_aside(self, site_dir: Path) -> None:
        """Before MkDocs empties the site folder: move it aside when it holds a good build."""
        aside = site_dir.parent / f".{site_dir.name}-vorige"
        shutil.rmtree(aside, ignore_errors=True)
        self.aside, self.unwritten = None, set()
        if not self.complete or not site_dir.is_dir():
            self.forget()
            return
        self.complete = False  # until this build, too, has gone well
        site_dir.rename(aside)
        site_dir.mkdir()
        self.aside = aside

    def put_back(self, site_dir: Path, wanted: set[str]) -> None:
        """After MkDocs emptied the folder: the previous build back, without the files this build does not make
        (`wanted`: absolute paths). A removed file is one less to leave as it was, never one too many."""
        if self.aside is None:
            return
        site_dir.rmdir()  # empty: it was made empty, and MkDocs wrote nothing yet
        self.aside.rename(site_dir)
        self.aside = None
        wanted = {os.path.normpath(path) for path in wanted}
        for folder, _, names in os.walk(site_dir, topdown=False):
            for name in names:
                path = os.path.normpath(os.path.join(folder, name))
                if path not in wanted:
                    os.unlink(path)
                    self.on_disk.pop(path, None)
            if folder != str(site_dir) and not os.listdir(folder):
                os.rmdir(folder)

    def output(self, src_uri: str, path: str, output: str) -> str:
        """What MkDocs should write for a page: nothing when the file holds exactly this output already."""
        path = os.path.normpath(path)
        if self.on_disk.get(path) == output:
            self.unwritten.add(src_uri)
            return ""
        self.on_disk[path] = output
        return output


class QuietSkips(logging.Filter):
    """Leaves out MkDocs' 'Page skipped' line for pages the folder kept as they were."""

    def __init__(self, folder: KeptFolder) -> None:
        super().__init__()
        self.folder = folder

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not (message.startswith(SKIPPED[0]) and message.endswith(SKIPPED[1])):
            return True
        return message[len(SKIPPED[0]):-len(SKIPPED[1])] not in self.folder.unwritten
