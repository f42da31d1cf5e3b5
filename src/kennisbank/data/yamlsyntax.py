"""Explain a YAML syntax error in Dutch, at the line where the mistake starts, with the fix.

PyYAML notices a mistake where it can no longer continue, which is often lines later (a quote that
is not closed swallows everything up to the next quote) and describes it in parser terms. Editors
need the line they typed wrong and what to type instead. This module looks at the text itself for
the mistakes editors make (quotes, colons, indentation, list dashes) and uses the parser's verdict
only to choose between them; no parser text ever reaches the message.
"""

from __future__ import annotations

import re

import yaml

from kennisbank.data.yamllines import Line, SyntaxProblem, content_lines, quoted, shown, split_line, written
from kennisbank.data.yamlquotes import quote_problem, unclosed_flow


def _previous(lines: list[Line], number: int) -> Line | None:
    earlier = [line for line in lines if line.number < number]
    return earlier[-1] if earlier else None


def _at(lines: list[Line], number: int) -> Line | None:
    return next((line for line in lines if line.number == number), None)


def _spaces(count: int) -> str:
    return f"{count} {'spatie' if count == 1 else 'spaties'}"


def _indentation(line: Line, lines: list[Line]) -> SyntaxProblem:
    above = _previous(lines, line.number)
    if line.text.lstrip().startswith("-"):
        dashes = [
            other.indent
            for other in lines
            if other.number < line.number
            and other.text.lstrip().startswith("-")
            and abs(other.indent - line.indent) <= 2
        ]
        expected = dashes[-1] if dashes else (above.indent + 2 if above else 0)
        return SyntaxProblem(
            line.number,
            1,
            (
                f"de inspringing klopt niet: het streepje staat na {_spaces(line.indent)}, de streepjes van deze lijst "
                f"na {_spaces(expected)}. Begin deze regel na {_spaces(expected)}, recht onder de andere streepjes"
            ),
        )
    if line.indent == 0 and line.key and any(o.text.startswith("- ") for o in lines if o.number < line.number):
        return SyntaxProblem(
            line.number,
            1,
            (f"een nieuw record begint met een streepje en een spatie: schrijf - {shown(line.text.strip())}"),
        )
    if above and above.key and above.value == "" and line.key is None:
        return SyntaxProblem(
            above.number,
            above.value_col,
            (
                f"de waarde van '{above.key}' hoort op dezelfde regel als het veld: schrijf "
                f"{written(above, shown(line.text.strip()))}"
            ),
        )
    above_col = 0
    if above is not None:
        dash = above.text.lstrip().startswith("- ")
        above_col = above.indent + 2 if dash else above.indent  # the fields of a list item line up after '- '
    expected = above_col + 2 if above and above.key and above.value == "" else above_col
    what = f"het veld '{line.key}'" if line.key else "deze regel"
    there = f"het veld '{above.key}' erboven" if above and above.key else "de regel erboven"
    return SyntaxProblem(
        line.number,
        1,
        (
            f"de inspringing klopt niet: {what} begint na {_spaces(line.indent)}, {there} na {_spaces(above_col)}. "
            f"Velden van hetzelfde record staan recht onder elkaar; begin deze regel na {_spaces(expected)}"
        ),
    )


def explain(text: str, error: yaml.MarkedYAMLError) -> SyntaxProblem:
    """One Dutch message for a syntax error, at the line where the editor has to change something."""
    lines = content_lines(text)
    problem = error.problem or ""
    mark = error.problem_mark or error.context_mark
    error_line = mark.line + 1 if mark else 1
    error_col = mark.column + 1 if mark else 1
    context_line = error.context_mark.line + 1 if error.context_mark else error_line

    # Quotes first: an unclosed quote is noticed lines later, so look at every line up to the error.
    for line in lines:
        if line.number > error_line:
            break
        found = quote_problem(line)
        if found:
            return found

    line = _at(lines, error_line) or split_line(
        error_line, text.splitlines()[error_line - 1] if error_line <= len(text.splitlines()) else ""
    )
    if "mapping values are not allowed" in problem:
        before = line.text[: error_col - 1]
        if line.key and len(before) >= line.value_col - 1:
            return SyntaxProblem(
                error_line,
                error_col,
                (
                    f"in de tekst staat een dubbele punt met een spatie erna (kolom {error_col}); YAML leest dat als een "
                    f"nieuw veld. Zet de tekst tussen aanhalingstekens: {written(line, quoted(line.value))}"
                ),
            )
        return _indentation(line, lines)
    if "flow" in (error.context or ""):
        return unclosed_flow(error, lines, error_line, line)
    above = _previous(lines, context_line)
    if above and re.fullmatch(r"[|>][-+0-9]*\s*(#.*)?", above.value.strip()):
        start = _at(lines, context_line) or line
        return SyntaxProblem(
            start.number,
            1,
            (
                f"de tekst na '{above.key}: {above.value.strip()}' hoort verder ingesprongen te staan dan '{above.key}': "
                f"begin elke regel van de tekst na {_spaces(above.indent + 2)}"
            ),
        )
    if "could not find expected ':'" in problem:
        start = _at(lines, context_line) or line
        stripped = start.text.strip()
        glued = re.match(r"(-\s+)?([A-Za-z_][\w-]*):(\S.*)", stripped)
        if glued:
            return SyntaxProblem(
                start.number,
                start.indent + len(glued.group(1) or "") + len(glued.group(2)) + 2,
                (
                    f"na de dubbele punt hoort een spatie: schrijf {glued.group(1) or ''}{glued.group(2)}: "
                    f"{shown(glued.group(3))}"
                ),
            )
        bare = re.match(r"(-\s+)?([A-Za-z_][\w-]*)\s+(.*)", stripped)
        if bare:
            return SyntaxProblem(
                start.number,
                start.indent + 1,
                (
                    f"na de veldnaam '{bare.group(2)}' hoort een dubbele punt en een spatie: schrijf "
                    f"{bare.group(1) or ''}{bare.group(2)}: {shown(bare.group(3))}"
                ),
            )
        return _indentation(start, lines)
    if (
        "but found '?'" in problem
        or "but found '<block mapping start>'" in problem
        or "but found '<block sequence start>'" in problem
        or "but found '-'" in problem
    ):
        dash = re.match(r"-(\S)", line.text.strip())
        if dash and dash.group(1) != "-":
            return SyntaxProblem(
                error_line,
                line.indent + 2,
                (f"na het streepje van een lijst hoort een spatie: schrijf - {shown(line.text.strip()[1:])}"),
            )
        return _indentation(line, lines)
    if "cannot start any token" in problem or "undefined alias" in problem or "found character" in problem:
        char = line.text[error_col - 1] if error_col - 1 < len(line.text) else ""
        if char == "\t":
            return SyntaxProblem(error_line, error_col, "hier staat een tab; gebruik spaties")
        return SyntaxProblem(
            error_line,
            error_col,
            (
                f"een tekst die begint met {char} moet tussen aanhalingstekens staan: "
                f"{written(line, quoted(line.value))}"
            ),
        )
    if "sequence entries are not allowed" in problem:
        return SyntaxProblem(
            error_line,
            error_col,
            (
                "een streepje na de dubbele punt op dezelfde regel kan niet. Is het tekst, zet die dan tussen "
                f"aanhalingstekens: {written(line, quoted(line.value))}; is het een lijst, begin dan elk item "
                "op een nieuwe regel, verder ingesprongen, met '- '"
            ),
        )
    if "block scalar" in (error.context or ""):
        return SyntaxProblem(
            error_line,
            error_col - 1,
            (
                "na | of > begint de tekst op de volgende regel, verder ingesprongen; of zet de tekst tussen "
                f"aanhalingstekens: {written(line, quoted(line.value))}"
            ),
        )
    if "escape" in problem:
        return SyntaxProblem(
            error_line,
            error_col,
            (
                "tussen dubbele aanhalingstekens is \\ een speciaal teken; schrijf \\\\ voor een schuine streep, "
                "of zet de tekst tussen enkele aanhalingstekens"
            ),
        )
    return SyntaxProblem(
        error_line,
        error_col,
        (
            "de YAML-opmaak klopt niet op deze regel of vlak erboven; controleer de inspringing (alleen spaties, "
            "velden van één record recht onder elkaar), de dubbele punt met een spatie na elke veldnaam en de "
            "aanhalingstekens rond de tekst"
        ),
    )
