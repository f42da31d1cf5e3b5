"""Two YAML syntax mistakes explained in Dutch: a quote that does not close (or text after it), and a list or
group between brackets that does not close. Used by yamlsyntax.explain."""

from __future__ import annotations

import re

import yaml

from kennisbank.data.yamllines import Line, SyntaxProblem, quoted, string_end, written


def quote_problem(line: Line) -> SyntaxProblem | None:
    """A quoted value that does not close on its line, or text after its closing quote."""
    value = line.value
    flow = value[:1] in "[{"
    pos = 0
    while pos < len(value):
        char = value[pos]
        starts_token = pos == 0 or (flow and value[:pos].rstrip()[-1:] in "[{,:")
        if char == "#" and pos > 0 and value[pos - 1] == " ":
            return None
        if char in "\"'" and starts_token:
            end = string_end(value, pos)
            col = line.value_col + pos
            if end is None:
                return SyntaxProblem(
                    line.number,
                    col,
                    (
                        f"de tekst die in kolom {col} met {char} begint, wordt niet afgesloten; sluit het aanhalingsteken "
                        f"op regel {line.number}: zet {char} aan het eind van de tekst"
                    ),
                )
            rest = value[end:].lstrip()
            close_col = line.value_col + end - 1
            if rest.rstrip() == "," and not flow:
                return SyntaxProblem(
                    line.number,
                    close_col + 1,
                    ("na de tekst staat een komma; in een lijst met streepjes hoort geen komma: haal de komma weg"),
                )
            if flow and re.match(r"[A-Za-z_][\w-]*:\s", rest):
                return SyntaxProblem(
                    line.number,
                    close_col + 1,
                    (f"tussen twee velden hoort een komma: zet een komma na het aanhalingsteken in kolom {close_col}"),
                )
            if rest and not rest.startswith("#") and not (flow and rest[0] in ",]}:"):
                if char == '"':
                    inner = (
                        'staat er een aanhalingsteken in de tekst zelf, schrijf het dan als \\" of gebruik '
                        "enkele aanhalingstekens in de tekst ('zo')"
                    )
                else:
                    inner = (
                        "staat er een apostrof in de tekst zelf ('s-Hertogenbosch), schrijf die dan dubbel ('') "
                        "of zet de hele tekst tussen dubbele aanhalingstekens"
                    )
                return SyntaxProblem(
                    line.number,
                    close_col,
                    (
                        f"het aanhalingsteken in kolom {close_col} sluit de tekst af, maar daarna staat nog tekst; "
                        f"zet de hele tekst tussen aanhalingstekens; {inner}"
                    ),
                )
            pos = end
            continue
        if not flow:
            return None  # a plain value: quotes inside it are ordinary characters
        pos += 1
    return None


def brackets(value: str) -> int:
    """Open minus closed brackets in a value, outside quoted text."""
    depth, pos = 0, 0
    while pos < len(value):
        char = value[pos]
        if char in "\"'" and (pos == 0 or value[:pos].rstrip()[-1:] in "[{,:"):
            pos = string_end(value, pos) or len(value)
            continue
        depth += (char in "[{") - (char in "]}")
        pos += 1
    return depth


def unclosed_flow(error: yaml.MarkedYAMLError, lines: list[Line], error_line: int, line: Line) -> SyntaxProblem:
    """A list [..] or group {..} on one line: a bracket not closed, or a colon inside a value."""
    opener = next(
        (
            candidate
            for candidate in reversed(lines)
            if candidate.number <= error_line and candidate.value[:1] in "[{" and brackets(candidate.value) > 0
        ),
        None,
    )
    if opener is None or (opener.number == error_line and "got ':'" in (error.problem or "")):
        at = line if opener is None else opener
        return SyntaxProblem(
            error_line,
            (error.problem_mark.column + 1) if error.problem_mark else 1,
            (
                "binnen [ ] of { } staat een dubbele punt in een waarde; zet die waarde tussen aanhalingstekens, "
                f"bijvoorbeeld {quote_values(at.value)}"
            ),
        )
    close = "]" if opener.value[0] == "[" else "}"
    what = "lijst" if close == "]" else "groep"
    if close == "}" and ":" not in opener.value:  # '{B1-route Almelo': the brace is part of the text
        return SyntaxProblem(
            opener.number,
            opener.value_col,
            (
                f"een tekst die begint met {opener.value[0]} moet tussen aanhalingstekens staan: "
                f"{written(opener, quoted(opener.value))}"
            ),
        )
    return SyntaxProblem(
        opener.number,
        opener.value_col,
        (
            f"de {what} die hier met {opener.value[0]} opent, wordt niet gesloten; zet {close} aan het eind van "
            f"regel {opener.number}"
        ),
    )


def quote_values(value: str) -> str:
    """'{naam: Dinxperlo: x, jaar: 2005}' -> '{naam: "Dinxperlo: x", jaar: 2005}': shows where the quotes go."""
    inner = value.strip()[1:-1] if value.strip()[-1:] in "]}" else value.strip()[1:]
    parts = [part.strip() for part in inner.split(", ")]
    fixed = []
    for part in parts:
        key, sep, rest = part.partition(": ")
        fixed.append(f'{key}: "{rest}"' if sep and ": " in rest else part)
    return value.strip()[0] + ", ".join(fixed) + ("]" if value.strip()[0] == "[" else "}")
