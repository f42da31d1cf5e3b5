"""Editing a data file as the editor wrote it: line endings (Windows or Unix), a byte-order mark and the last
newline are kept, so a tool's change shows in a review as just the lines it changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BOM = "\ufeff"


@dataclass
class TextFile:
    path: Path
    lines: list[str] = field(default_factory=list)  # without line endings
    newline: str = "\n"
    bom: bool = False
    final_newline: bool = True

    @classmethod
    def read(cls, path: Path) -> TextFile:
        text = Path(path).read_bytes().decode("utf-8")
        bom = text.startswith(BOM)
        text = text.removeprefix(BOM)
        newline = "\r\n" if "\r\n" in text else "\n"
        final = text.endswith(newline) or not text
        body = text[: -len(newline)] if text.endswith(newline) else text
        return cls(Path(path), body.split(newline) if body else [], newline, bom, final)

    def write(self) -> None:
        text = self.newline.join(self.lines) + (self.newline if self.final_newline else "")
        self.path.write_bytes(((BOM if self.bom else "") + text).encode("utf-8"))
