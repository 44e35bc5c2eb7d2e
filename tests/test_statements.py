"""Statements and hints nudge; they never paste the solution.

A learner's project carries every statement and hint, so neither may hold a piece
of its solution's code. The check: no code span of a statement or hint (text in
backticks) shares 20 or more characters with a line of solution code (a line the
reference solution has and the skeleton has not), unless what they share only names
something: ``url_has_allowed_host_and_scheme``, ``timezone.localdate()``,
``tasks/task_list.html``. Naming the tool or the contract is a nudge; its arguments,
a decorator line or a whole statement are the answer.
"""

import re
from difflib import SequenceMatcher

import pytest

from hooks.regions import TEXT_SUFFIXES, keep_variant
from tests.conftest import TEMPLATES, TEMPLATES_DIR
from tests.skills import PROJECT_DIR, exercises

LONGEST_SHARED = 19
# A name, a path, or a chain of them called without arguments.
ONE_NAME = re.compile(r"[\w/]+(?:\(\))?(?:\.[\w/]+(?:\(\))?)*")
CODE_SPAN = re.compile(r"``?([^`]+)``?")


def without_docstrings_and_comments(lines):
    """The lines of code, leaving out comments and the inside of triple-quoted strings."""
    inside = False
    for line in lines:
        stripped = line.strip()
        quotes = stripped.count('"""') + stripped.count("'''")
        if inside or quotes:
            if quotes % 2:
                inside = not inside
            continue
        if stripped and not stripped.startswith(("#", "{#", "<!--")):
            yield " ".join(stripped.split())


def solution_code(template):
    """Every line of code that the reference solution has and the learner's skeleton has not."""
    code = set()
    for path in sorted((TEMPLATES_DIR / template / PROJECT_DIR).rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or path.name == "exercises.toml" or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if "SOLUTION" not in text:
            continue
        skeleton = set(keep_variant(text, solutions=False).splitlines())
        added = [line for line in keep_variant(text, solutions=True).splitlines() if line not in skeleton]
        code.update(without_docstrings_and_comments(added))
    return sorted(code)


def pasted(span, code_lines):
    """The longest piece of ``span`` found in a solution line, when it is more than one name."""
    span = " ".join(span.split())
    best = ""
    for line in code_lines:
        match = SequenceMatcher(None, span, line, autojunk=False).find_longest_match()
        shared = span[match.a : match.a + match.size].strip().rstrip("(,=. ")
        if len(shared) > max(LONGEST_SHARED, len(best)) and not ONE_NAME.fullmatch(shared):
            best = shared
    return best


@pytest.mark.parametrize("template", TEMPLATES)
def test_statements_and_hints_paste_no_solution_code(template):
    code_lines = solution_code(template)
    found = []
    for exercise in exercises(template):
        for field in ("statement", "hint"):
            for span in CODE_SPAN.findall(exercise[field]):
                shared = pasted(span, code_lines)
                if shared:
                    found.append(f"{exercise['id']} {field}: `{shared}`")
    assert found == []
