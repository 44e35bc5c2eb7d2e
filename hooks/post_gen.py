"""Runs in the new project once cookiecutter has written the template's own files."""

import importlib.util
from pathlib import Path

from hooks.classroom import write_workflow
from hooks.git_baseline import commit_skeleton
from hooks.layers import add_layer, layers, render_jinja_files
from hooks.numbering import number_exercises
from hooks.readme_sample import exercises_sample
from hooks.regions import keep_variant_in_tree
from hooks.updates import rendered_by_cruft, write_cruft_state


def write_env_file(project_dir):
    """Give this project its own secret key in ``.env``, which git ignores.

    The project's own ``config/dotenv.py`` writes it, the same code that writes a
    fresh one when a learner loses theirs.
    """
    path = project_dir / "config" / "dotenv.py"
    spec = importlib.util.spec_from_file_location("practice_project_dotenv", path)
    dotenv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dotenv)
    dotenv.write(project_dir / ".env")


def next_steps(context, project_dir):
    """The few commands that take a learner from here to the first exercise."""
    variant = "with the reference solutions" if context["include_solutions"] else "ready for the exercises"
    activate = ".venv\\Scripts\\activate on Windows, else: source .venv/bin/activate"
    return "\n".join(
        [
            f"Created {project_dir.name}/: {context['project_name']}, {variant}.",
            "Next steps:",
            f"  cd {project_dir.name}",
            f"  python -m venv .venv   ({activate})",
            "  python -m pip install -r requirements-dev.txt",
            "  python manage.py migrate",
            "  python manage.py exercises      # where you stand and what to do next",
        ]
    )


def main(context):
    """Build the project from its layers, then give this checkout its own key and history.

    When cruft renders the template to compute an update, the project being updated
    already has its secret key, its history and its ``.cruft.json``: only the files
    that the update compares are built.
    """
    project_dir = Path.cwd()
    for layer in layers(context):
        add_layer(layer, project_dir)
    number_exercises(project_dir)
    render_jinja_files(project_dir, {**context, "_exercises_sample": exercises_sample(project_dir)})
    keep_variant_in_tree(project_dir, solutions=context["include_solutions"])
    write_workflow(project_dir)
    if rendered_by_cruft(context):
        return
    write_env_file(project_dir)
    print(write_cruft_state(project_dir, context))
    if context.get("git_init", True):
        print(commit_skeleton(project_dir))
    else:
        print("No git repository: git_init was turned off.")
    print(next_steps(context, project_dir))
