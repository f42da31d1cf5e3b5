"""The site settings in mkdocs.yml that end up as links or addresses on every page (the contact, the base
of the 'Pas het aan' links, the site's own address), checked before the build like the data: a Dutch
message at the line, saying what to write."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from kennisbank.data.problems import Problem
from kennisbank.data.project import CONFIG_FILE, site_url

# The reserved example address mkdocs.yml starts with (RFC 2606): never the real one.
PLACEHOLDER_HOSTS = (".example/", ".example:")
# Something before the @, a domain of labels, and a final label of letters (.nl, .org).
EMAIL = re.compile(r"[^@\s<>()\[\],;:\"'/?#]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")
WEB = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")
CONTACT_EXAMPLE = '"mailto:redactie@organisatie.nl" of "https://www.organisatie.nl/contact"'


def _settings(path: Path) -> dict[str, yaml.Node]:
    """'extra.contact' -> the node of that value (the file also holds tags only the engine knows, so its
    nodes are read, not turned into values)."""
    try:
        root = yaml.compose(path.read_text("utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}  # the engine itself reports a settings file it cannot read
    found: dict[str, yaml.Node] = {}

    def walk(node: yaml.Node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    found[prefix + key.value] = value
                    walk(value, f"{prefix}{key.value}.")

    if root is not None:
        walk(root, "")
    return found


def _at(path: str, node: yaml.Node, message: str) -> Problem:
    return Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, message)


def _text(node: yaml.Node | None) -> str:
    return node.value.strip() if isinstance(node, yaml.ScalarNode) and isinstance(node.value, str) else ""


def contact_problem(value: str) -> str | None:
    """What is wrong with a contact address readers get as a link, or None."""
    if not value or WEB.fullmatch(value):
        return None
    if value.lower().startswith("mailto:"):
        address = value[len("mailto:") :].split("?", 1)[0]
        if EMAIL.fullmatch(address):
            return None
        return (
            f"'{value}' is geen volledig e-mailadres: na 'mailto:' hoort een adres als naam@organisatie.nl "
            f"(met een punt en een domein zoals .nl na de @); schrijf bijvoorbeeld {CONTACT_EXAMPLE}"
        )
    if EMAIL.fullmatch(value):
        return (
            f"'{value}' is een e-mailadres zonder 'mailto:' ervoor; zo wordt het een link die nergens heen "
            f'leidt. Schrijf: "mailto:{value}"'
        )
    return f"'{value}' is geen webadres en geen e-mailadres; schrijf bijvoorbeeld {CONTACT_EXAMPLE}"


PAGES_URL_SETTING = "KENNISBANK_PAGES_URL"  # where the publishing workflow puts the site (GitHub Pages)
PUBLISHING_SETTING = "KENNISBANK_PUBLICEREN"  # set by the workflow for a build that will be published


def is_placeholder(address: str) -> bool:
    return any(host in address + "/" for host in PLACEHOLDER_HOSTS)


def published_address(root: Path, site_url: str, env: dict[str, str]) -> tuple[str, Problem | None]:
    """The site's address: the owner's site_url; while that is still the example address, the address the
    publishing workflow knows (KENNISBANK_PAGES_URL). A build that will be published never goes out with the
    example address: then a problem at the site_url line."""
    address = site_url
    if is_placeholder(address) and env.get(PAGES_URL_SETTING, "").startswith("https://"):
        address = env[PAGES_URL_SETTING].rstrip("/") + "/"
    if is_placeholder(address) and env.get(PUBLISHING_SETTING):
        node = _settings(Path(root) / CONFIG_FILE).get("site_url")
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
        return address, Problem(
            CONFIG_FILE,
            line,
            col,
            (
                f"site_url is nog het voorbeeldadres {address}, en deze bouw wordt gepubliceerd; sitemap, canonieke links "
                "en de feed zouden naar een adres wijzen dat niet bestaat. Zet het echte adres hier (site_url), of laat "
                "de publicatiestap het adres van de site meegeven (KENNISBANK_PAGES_URL)"
            ),
        )
    return address, None


def check_settings(root: Path) -> tuple[list[Problem], list[Problem]]:
    """(problems that stop the build, warnings) of the site settings in `root`/mkdocs.yml."""
    path = Path(root) / CONFIG_FILE
    shown = CONFIG_FILE
    settings = _settings(path)
    problems, warnings = [], []
    if (node := settings.get("extra.contact")) is not None and (message := contact_problem(_text(node))):
        problems.append(_at(shown, node, f"instelling 'contact' (onder extra): {message}"))
    base_node = settings.get("extra.gegevens_bewerken_url")
    if (base := _text(base_node)) and not (WEB.fullmatch(base) and base.endswith("/")):
        problems.append(
            _at(
                shown,
                base_node,
                (
                    f"instelling 'gegevens_bewerken_url' (onder extra): '{base}' is geen webadres dat eindigt op '/'; "
                    "schrijf het adres waaronder een gegevensbestand te openen is, bijvoorbeeld "
                    '"https://github.com/ORGANISATIE/REPOSITORY/blob/main/", of laat het leeg'
                ),
            )
        )
    address = site_url(Path(root))
    if is_placeholder(address) and (node := settings.get("site_url")) is not None:
        warnings.append(
            _at(
                shown,
                node,
                (
                    f"waarschuwing: site_url is nog het voorbeeldadres {address}; sitemap, canonieke links en de feed "
                    "wijzen daarheen. Zet vóór publicatie het echte adres hier, of per build in de omgevingsvariabele "
                    "KENNISBANK_SITE_URL"
                ),
            )
        )
    return problems, warnings
