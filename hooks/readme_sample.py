"""The sample of ``manage.py exercises`` output that the generated README shows.

A newcomer trusts a README whose sample matches what their own terminal prints, so
the sample comes from the new project's own code (``exercises/text.py``, which needs
no Django) and manifest, before the variant is chosen: every exercise still to do.
"""

import sys

ROWS_SHOWN = 3


def exercises_sample(project_dir):
    """The first lines ``manage.py exercises`` prints on a fresh project ("" if unreadable)."""
    sys.path.insert(0, str(project_dir))
    try:
        from exercises.catalog import load_exercises
        from exercises.progress import Progress
        from exercises.text import overview
    except ImportError:  # Python 3.10 without tomli: the README goes without a sample.
        return ""
    finally:
        sys.path.remove(str(project_dir))
    progresses = [Progress(exercise) for exercise in load_exercises(project_dir)]
    return "\n".join(line for _, line in overview(progresses, rows=ROWS_SHOWN)).strip()
