"""The skills matrix of the README, computed from every template's exercises.toml.

Run ``python -m tests.skills`` to print it after adding or changing an exercise.
"""

import json
import tomllib
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
TEMPLATES_DIR = REPOSITORY / "templates"
PROJECT_DIR = "{{cookiecutter.__project_dir}}"
SKILLS = [
    "crud", "auth", "authz", "static-media", "api", "architecture", "http", "views-urls",
    "templates", "admin", "cbv", "orm", "model-forms", "signals", "serializers", "token-auth",
    "deployment", "middleware", "caching", "context-managers", "viewsets-routers", "testing",
    "search-pagination",
]  # fmt: skip


def templates():
    """The templates in the order the root cookiecutter.json offers them (the learning order)."""
    root = json.loads((REPOSITORY / "cookiecutter.json").read_text(encoding="utf-8"))
    return list(root["templates"])


def exercises(template):
    """The template's manifest entries, each with the id generation gives it (E01, E02...)."""
    manifest = TEMPLATES_DIR / template / PROJECT_DIR / "exercises.toml"
    with open(manifest, "rb") as file:
        entries = tomllib.load(file)["exercises"]
    return [{**entry, "id": f"E{number:02d}"} for number, entry in enumerate(entries, start=1)]


def coverage():
    """{skill: {template: [exercise ids]}} for every skill of the brief."""
    table = {skill: {} for skill in SKILLS}
    for template in templates():
        for exercise in exercises(template):
            for skill in exercise["skills"]:
                table.setdefault(skill, {}).setdefault(template, []).append(exercise["id"])
    return table


def matrix_markdown():
    names = templates()
    lines = [
        "| skill | " + " | ".join(f"`{name}`" for name in names) + " |",
        "| --- |" + " --- |" * len(names),
    ]
    for skill, by_template in coverage().items():
        cells = [", ".join(by_template.get(name, [])) or "·" for name in names]
        lines.append(f"| `{skill}` | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(matrix_markdown(), end="")
