"""The errors beginners meet most, named and explained in one sentence each.

Given the text of a failure as pytest reports it, ``explain`` finds the error, the
place in the learner's own code where it happened (their modules before their
tests, never Django's) and says what usually causes it. The exercise runner prints
that above the traceback, and so does plain ``pytest``. No Django here: a project
whose code does not even import still gets its explanation.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from exercises.catalog import PROJECT_DIR

# The last line of a traceback, as pytest shows it ("E   NameError: ...") or Python does.
ERROR_LINE = re.compile(
    r"^(?:E\s+)?(?P<name>[A-Za-z_][\w.]*)(?::\s*(?P<message>.*))?$", re.MULTILINE
)
ERROR_NAME = re.compile(r"(Error|Exception|NoReverseMatch|DoesNotExist|TemplateDoesNotExist)$")
LOCATIONS = (
    re.compile(r'File "(?P<path>[^"]+)", line (?P<line>\d+)'),
    re.compile(r"^(?P<path>[^\s:]+\.(?:py|html)):(?P<line>\d+):", re.MULTILINE),
    re.compile(r"In template (?P<path>\S+\.html), error at line (?P<line>\d+)"),
)
NOT_THE_LEARNERS = ("site-packages", "dist-packages", "/lib/python", "exercises/", "<")
MISSING_MIGRATION = re.compile(
    r"no such (table|column)|(relation|column) \S+ (of relation \S+ )?does not exist"
    r"|has no column named",
    re.IGNORECASE,
)

ADVICE = {
    "SyntaxError": (
        "Python cannot read this file: look at that line and the one before it for a "
        "missing bracket, colon, quote or indentation."
    ),
    "ImportError": (
        "An import names something that is not there: check the spelling of the module "
        "and of the name, and that the name is defined in that module."
    ),
    "NameError": (
        "A name is used that this file never defined or imported: check its spelling "
        "and the imports at the top of the file."
    ),
    "NoReverseMatch": (
        "A URL name or its arguments match no pattern: check the name in the app's "
        "urls.py, with its namespace ('tasks:detail'), and the arguments it takes."
    ),
    "TemplateDoesNotExist": (
        "Django found no template by that name: an app's templates live in "
        "<app>/templates/<app>/, and the name is the path below templates/."
    ),
    "TemplateSyntaxError": (
        "The template language cannot read this template: look for an unclosed block "
        "or if, a misspelled tag, or a tag library missing its {% load %}."
    ),
    "FieldError": (
        "A query names a field the model does not have: check the spelling against "
        "models.py, and follow relations with __ (owner__username)."
    ),
    "IntegrityError": (
        "The database refused the row because a constraint (unique, not null, a "
        "check) says no: the message names it; look at what your code saves."
    ),
    "DoesNotExist": (
        "A .get() found no row: fetch what a visitor asks for with "
        "get_object_or_404, so that a wrong id is a 404 page."
    ),
    "missing migration": (
        "The database has no such table or column: a model changed without a "
        "migration. Run python manage.py makemigrations, then migrate."
    ),
    "context": (
        "The test reads {key} from the page's context, which does not have it: pass "
        "it to the template under that name (in render()'s dictionary, or as "
        "context_object_name)."
    ),
    "CSRF": (
        "Django refused a POST without its CSRF token (403): put {{% csrf_token %}} "
        'inside every <form method="post">.'
    ),
    "501": (
        "The page still answers 501 Not Implemented: the exercise's stub is still in "
        "place. Replace it with your code (its TODO marker says where)."
    ),
}
BY_NAME = (
    ("SyntaxError", ("SyntaxError", "IndentationError", "TabError")),
    ("ImportError", ("ModuleNotFoundError", "ImportError")),
    ("NameError", ("NameError", "UnboundLocalError")),
    ("NoReverseMatch", ("NoReverseMatch",)),
    ("TemplateDoesNotExist", ("TemplateDoesNotExist",)),
    ("TemplateSyntaxError", ("TemplateSyntaxError",)),
    ("FieldError", ("FieldError",)),
    ("IntegrityError", ("IntegrityError",)),
    ("DoesNotExist", ("DoesNotExist",)),
)


@dataclass(frozen=True)
class Explanation:
    """What went wrong, where in the learner's code, and what usually causes it."""

    name: str
    where: str
    advice: str

    def lines(self):
        place = f" in {self.where}" if self.where else ""
        return [f"{self.name}{place}", f"  {self.advice}"]

    def as_dict(self):
        return {"name": self.name, "where": self.where, "advice": self.advice}


def learner_location(text, root=PROJECT_DIR):
    """The deepest place of the traceback in the learner's code, as ``path:line``.

    The learner's modules come before their tests: a test that fails because a view
    raised points at the view.
    """
    root = Path(root).resolve()
    places = []
    for pattern in LOCATIONS:
        for match in pattern.finditer(text):
            path = match.group("path")
            if Path(path).is_absolute():
                try:
                    path = Path(path).resolve().relative_to(root).as_posix()
                except ValueError:
                    continue
            if not any(part in path for part in NOT_THE_LEARNERS):
                places.append((match.start(), path, match.group("line")))
    places.sort()
    code = [place for place in places if "/tests/" not in f"/{place[1]}"]
    chosen = (code or places or [None])[-1]
    return f"{chosen[1]}:{chosen[2]}" if chosen else ""


def error_of(text):
    """The name (without its module) and the message of the error a failure ends with."""
    found = [match for match in ERROR_LINE.finditer(text) if ERROR_NAME.search(match["name"])]
    if not found:
        return "", ""
    match = found[-1]
    return match["name"].rpartition(".")[2], (match["message"] or "").strip()


def explain(text, root=PROJECT_DIR):
    """An :class:`Explanation` of the failure ``text``, or None for an ordinary failure."""
    name, message = error_of(text)
    where = learner_location(text, root)
    for label, names in BY_NAME:
        if name in names:
            return Explanation(name, where, ADVICE[label])
    if name in ("OperationalError", "ProgrammingError") and MISSING_MIGRATION.search(text):
        return Explanation(f"{name}: missing migration", where, ADVICE["missing migration"])
    if name == "KeyError" and "context[" in text:
        key = message.strip("'\"")
        return Explanation(
            "KeyError: not in the context", where, ADVICE["context"].format(key=repr(key))
        )
    if re.search(r"Forbidden \(CSRF|CSRF verification failed", text):
        return Explanation("CSRF failure", where, ADVICE["CSRF"].format())
    if re.search(r"\bassert 501 ==|== 501\b|Not Implemented: /", text):
        return Explanation("501 Not Implemented", where, ADVICE["501"])
    return None
