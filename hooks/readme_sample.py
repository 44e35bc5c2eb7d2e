"""The sample of ``manage.py exercises`` output that the generated README shows.

A newcomer trusts a README whose sample matches what their own terminal prints, so
the sample comes from the new project's own code (``exercises/text.py``, which needs
no Django) and manifest, before the variant is chosen: every exercise still to do.
"""

from hooks.project_code import project_module

ROWS_SHOWN = 3


def exercises_sample(project_dir):
    """The first lines ``manage.py exercises`` prints on a fresh project."""
    catalog = project_module(project_dir, "exercises.catalog")
    progress = project_module(project_dir, "exercises.progress")
    text = project_module(project_dir, "exercises.text")
    # Read before the variant is kept, every exercise still has its TODO markers.
    progresses = [progress.Progress(exercise) for exercise in catalog.load_exercises(project_dir)]
    return "\n".join(line for _, line in text.overview(progresses, rows=ROWS_SHOWN)).strip()
