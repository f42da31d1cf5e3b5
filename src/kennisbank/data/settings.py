"""The site settings in mkdocs.yml that end up as text, links or addresses on every page (the owner, the contact,
the base of the 'Pas het aan' links, the open data's licence, the site's own address), checked before the build like
the data: a Dutch message at the line, saying what to write."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from kennisbank.data import yamlsyntax
from kennisbank.data.problems import Problem
from kennisbank.data.project import CONFIG_FILE, site_url

# The reserved example address mkdocs.yml starts with (RFC 2606): never the real one.
PLACEHOLDER_HOSTS = (".example/", ".example:")
# Something before the @, a domain of labels, and a final label of letters (.nl, .org).
EMAIL = re.compile(r"[^@\s<>()\[\],;:\"'/?#]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")
WEB = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")
CONTACT_EXAMPLE = '"mailto:redactie@organisatie.nl" of "https://www.organisatie.nl/contact"'
# The owner's settings under extra:, each one text (or empty), with an example of what to write.
TEXT_SETTINGS = {
    "beheerder": '"Divosa"',
    "korte_naam": '"Kennisbank VOI"',
    "beschrijving": '"Alle pilots van het Pilotprogramma VOI, doorzoekbaar per thema en gemeente."',
    "contact": '"mailto:info@divosa.nl"',
    "contact_tekst": '"info@divosa.nl"',
    "gegevens_bewerken_url": '"https://github.com/ORGANISATIE/REPOSITORY/blob/main/"',
    "licentie": '"CC BY 4.0"',
    "licentie_url": '"https://creativecommons.org/licenses/by/4.0/deed.nl"',
}
YAML_TAG = "tag:yaml.org,2002:"
# What the YAML reader makes of a value without quotes that is not text, in words.
NOT_TEXT = {"int": "een getal", "float": "een getal", "bool": "ja of nee", "timestamp": "een datum"}


def _settings(path: Path) -> dict[str, yaml.Node]:
    """'extra.contact' -> the node of that value (the file also holds tags only the engine knows, so its
    nodes are read, not turned into values)."""
    try:
        root = yaml.compose(path.read_text("utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}  # syntax_problem() says what is wrong
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


def syntax_problem(path: Path) -> Problem | None:
    """A settings file the YAML reader cannot read, in Dutch at the line to change (the engine would stop on it
    with an English message before the package is even loaded)."""
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    except UnicodeDecodeError:
        return Problem(CONFIG_FILE, 1, 1, "het bestand is niet als UTF-8 opgeslagen; sla het op als UTF-8-tekst")
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        found = yamlsyntax.explain(text, error)
        return Problem(CONFIG_FILE, found.line, found.col, found.message)
    except yaml.YAMLError:
        return Problem(CONFIG_FILE, 1, 1, "het bestand is geen leesbare YAML; vergelijk het met de vorige versie")
    return None


def text_problem(key: str, node: yaml.Node) -> str | None:
    """Why a setting that pages show as text is not one (a list, a group, a number, ja/nee, a label), or None."""
    write = f"schrijf {key}: {TEXT_SETTINGS[key]}"
    if isinstance(node, yaml.MappingNode):
        return f"hier hoort één tekst op dezelfde regel, geen groep van velden; {write}"
    if isinstance(node, yaml.SequenceNode):
        return f"hier hoort één tekst op dezelfde regel, geen lijst; {write}"
    kind = node.tag.removeprefix(YAML_TAG)
    if kind in ("str", "null"):
        return None
    if kind in NOT_TEXT:
        quoted = node.value.replace('"', "'")
        return f"'{node.value}' leest het programma als {NOT_TEXT[kind]}, niet als tekst; zet het tussen aanhalingstekens: {key}: \"{quoted}\""
    label = node.tag.replace(YAML_TAG, "!!")
    return f"het label '{label}' hoort niet in de instellingen; haal het weg en {write}"


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
    if (unreadable := syntax_problem(path)) is not None:
        return [unreadable], []
    settings = _settings(path)
    problems, warnings = [], []
    not_text: set[str] = set()  # settings that are no text (they have their message)
    for key, node in settings.items():
        name = key.removeprefix("extra.")
        if name != key and "." not in name and name not in TEXT_SETTINGS:
            guess = next(iter(difflib.get_close_matches(name, list(TEXT_SETTINGS), n=1, cutoff=0.6)), None)
            hint = f"bedoelt u '{guess}'?" if guess else f"de instellingen onder extra zijn: {', '.join(TEXT_SETTINGS)}"
            warnings.append(
                _at(shown, node, f"waarschuwing: instelling '{name}' (onder extra) gebruikt de kennisbank niet; {hint}")
            )
        elif name in TEXT_SETTINGS and (message := text_problem(name, node)):
            problems.append(_at(shown, node, f"instelling '{name}' (onder extra): {message}"))
            not_text.add(key)
    # The checks below read the settings as text: one that is no text already has its message.
    settings = {key: node for key, node in settings.items() if key not in not_text}
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
    licence_node = settings.get("extra.licentie_url")
    if (licence := _text(licence_node)) and not WEB.fullmatch(licence):
        problems.append(
            _at(
                shown,
                licence_node,
                f"instelling 'licentie_url' (onder extra): '{licence}' is geen webadres; schrijf het adres van de "
                f"licentietekst, bijvoorbeeld {TEXT_SETTINGS['licentie_url']}, of laat het leeg",
            )
        )
    elif licence and not _text(settings.get("extra.licentie")):
        problems.append(
            _at(
                shown,
                licence_node,
                "instelling 'licentie_url' (onder extra): er staat een adres maar geen naam van de licentie; schrijf "
                f"ook licentie: {TEXT_SETTINGS['licentie']}, of laat licentie_url leeg",
            )
        )
    return problems, warnings


def placeholder_warning(root: Path) -> Problem | None:
    """A warning at the site_url line while the site's address is still the example one (the build says it;
    `kennisbank validate` leaves the address to the owner)."""
    address = site_url(Path(root))
    node = _settings(Path(root) / CONFIG_FILE).get("site_url")
    if not is_placeholder(address) or node is None:
        return None
    return _at(
        CONFIG_FILE,
        node,
        (
            f"waarschuwing: site_url is nog het voorbeeldadres {address}; sitemap, canonieke links en de feed "
            "wijzen daarheen. Zet vóór publicatie het echte adres hier, of per build in de omgevingsvariabele "
            "KENNISBANK_SITE_URL"
        ),
    )
