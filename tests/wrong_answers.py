"""Plausible wrong answers to the exercises: data beside each template's solutions.

``templates/<template>/wrong_answers/<slug>.toml`` holds the wrong answers to the
exercise with that slug, each a small edit of the reference solution named for the
mistake it makes::

    [[wrong_answer]]
    name = "accepts a protocol-relative next URL"

    [[wrong_answer.edit]]
    file = "tasks/views.py"
    find = '''
        safe = url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()})
    '''
    replace = '''
        safe = next_url.startswith("/")
    '''

``find`` is text of the generated solution project that occurs exactly once in
``file``; ``replace`` takes its place (empty to delete it). An edit with ``content``
instead writes the whole file (a learner's test file that cheats, say). ``E[slug]``
in any of them is the exercise's number, as in the templates. ``database = "postgresql"`` marks a
mistake that only PostgreSQL shows (a race, a case rule SQLite lacks): it is tried
there. The repository's tests apply every wrong answer to a copy of the solution
and assert that the exercise's own tests fail.

Nothing here is generated into a project: the answers stay with the maintainers.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from hooks.numbering import resolve_references

FOLDER = "wrong_answers"
DATABASES = ("sqlite", "postgresql")
ANSWER_KEYS = {"name", "edit", "database"}
EDIT_KEYS = {"file", "find", "replace", "content"}


class WrongAnswerError(ValueError):
    """A wrong answer is malformed or no longer fits the solution it edits."""


@dataclass(frozen=True)
class Edit:
    file: str
    find: str = ""
    replace: str = ""
    content: str | None = None


@dataclass(frozen=True)
class WrongAnswer:
    template: str
    slug: str
    name: str
    edits: tuple[Edit, ...]
    database: str = "sqlite"

    def __str__(self):
        return f"{self.template} E[{self.slug}]: {self.name}"

    def apply(self, project, numbers):
        """Make the edits in the copy of the solution at ``project``."""
        for edit in self.edits:
            path = Path(project) / edit.file
            if edit.content is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(resolve_references(edit.content, numbers, str(self)), encoding="utf-8")
                continue
            if not path.is_file():
                raise WrongAnswerError(f"{self}: no file {edit.file} in the solution")
            text = path.read_text(encoding="utf-8")
            find = resolve_references(edit.find, numbers, str(self))
            count = text.count(find)
            if count != 1:
                raise WrongAnswerError(
                    f"{self}: the text to find occurs {count} times in {edit.file}, not once: "
                    "make it match the solution as it is now"
                )
            replace = resolve_references(edit.replace, numbers, str(self))
            path.write_text(text.replace(find, replace), encoding="utf-8")


def _checked(table, allowed, where):
    unknown = sorted(set(table) - allowed)
    if unknown:
        known = ", ".join(sorted(allowed))
        raise WrongAnswerError(f"{where}: unknown key {', '.join(unknown)} (known: {known})")
    return table


def load(path, template):
    """The wrong answers in one ``<slug>.toml`` file, checked for shape."""
    slug = path.stem
    with open(path, "rb") as file:
        data = tomllib.load(file)
    _checked(data, {"wrong_answer"}, path.name)
    answers = []
    for number, entry in enumerate(data.get("wrong_answer", []), start=1):
        where = f"{template}/{FOLDER}/{path.name}, wrong answer {number}"
        _checked(entry, ANSWER_KEYS, where)
        if not entry.get("name") or not entry.get("edit"):
            raise WrongAnswerError(f"{where}: needs a name and at least one edit")
        if entry.get("database", "sqlite") not in DATABASES:
            raise WrongAnswerError(f"{where}: database is one of {', '.join(DATABASES)}")
        edits = []
        for edit in entry["edit"]:
            _checked(edit, EDIT_KEYS, where)
            if not edit.get("file") or ("find" in edit) == ("content" in edit):
                raise WrongAnswerError(f"{where}: each edit needs a file, and either find or content")
            edits.append(Edit(**edit))
        database = entry.get("database", "sqlite")
        answers.append(WrongAnswer(template, slug, entry["name"], tuple(edits), database))
    names = [answer.name for answer in answers]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise WrongAnswerError(f"{template}/{FOLDER}/{path.name}: {', '.join(repeated)} named twice")
    return answers


def wrong_answers(template_dir):
    """Every wrong answer of the template at ``template_dir``, by exercise slug."""
    folder = Path(template_dir) / FOLDER
    return {path.stem: load(path, Path(template_dir).name) for path in sorted(folder.glob("*.toml"))}
