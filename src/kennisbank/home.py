"""Key figures for the home page, computed from the data so they change when the data changes."""

from __future__ import annotations

from .derive import key_figures
from .model import Dataset

MARKER = "<!-- kerncijfers -->"


def key_figures_markdown(dataset: Dataset) -> str:
    figures = key_figures(dataset)
    rows = [
        ("Pilots", figures.pilots),
        ("Deelnemende gemeenten", figures.deelnemende_gemeenten),
        ("Thema's", figures.themas),
        ("Geëvalueerde lopende initiatieven", figures.lopende_initiatieven),
        ("Provincies met een pilot", f"{figures.provincies_met_pilot} van {figures.provincies}"),
    ]
    lines = ["## Het programma in cijfers", "", "| | Aantal |", "| --- | --- |"]
    lines += [f"| {label} | {value} |" for label, value in rows]
    return "\n".join(lines)


def insert_key_figures(markdown: str, dataset: Dataset) -> str:
    return markdown.replace(MARKER, key_figures_markdown(dataset))
