"""Runs before cookiecutter writes any file: refuse answers that cannot work."""

import sys

from hooks.validation import project_name_problem, slug_problem


def problems(context):
    """Every problem with the answers in ``context``, as messages for the learner."""
    found = [
        project_name_problem(context["project_name"]),
        slug_problem(context["project_slug"], context.get("_apps", [])),
    ]
    return [problem for problem in found if problem]


def main(context):
    """Print each problem first and briefly, then stop generation with a failure."""
    found = problems(context)
    if found:
        for problem in found:
            print(f"ERROR: {problem}", file=sys.stderr)
        sys.exit(1)
