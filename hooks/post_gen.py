"""Runs in the new project once cookiecutter has written the template's own files."""

import secrets
from pathlib import Path

from hooks.git_baseline import commit_skeleton
from hooks.layers import add_layer, layers, render_jinja_files
from hooks.numbering import number_exercises
from hooks.readme_sample import exercises_sample
from hooks.regions import keep_variant_in_tree


def write_env_file(project_dir):
    """Give this project its own secret key in ``.env``, which git ignores."""
    secret_key = secrets.token_urlsafe(50)
    (project_dir / ".env").write_text(
        "# Settings for this checkout only: git ignores this file. See .env.example.\n"
        "DJANGO_DEBUG=true\n"
        f"DJANGO_SECRET_KEY={secret_key}\n"
        "DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1\n",
        encoding="utf-8",
    )


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
    """Add the shared layers, number the exercises, keep the chosen variant, add the secret key,
    commit, say what's next."""
    project_dir = Path.cwd()
    for layer in layers(context):
        add_layer(layer, project_dir)
    number_exercises(project_dir)
    render_jinja_files(project_dir, {**context, "_exercises_sample": exercises_sample(project_dir)})
    keep_variant_in_tree(project_dir, solutions=context["include_solutions"])
    write_env_file(project_dir)
    if context.get("git_init", True):
        print(commit_skeleton(project_dir))
    else:
        print("No git repository: git_init was turned off.")
    print(next_steps(context, project_dir))
