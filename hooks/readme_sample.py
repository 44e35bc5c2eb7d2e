"""The sample of ``manage.py exercises`` output that the generated README shows.

A newcomer trusts a README whose sample matches what their own terminal prints, so
the sample is made from this project's manifest in the command's own layout (for a
fresh project: every exercise still to do).
"""

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    try:
        import tomli as tomllib
    except ModuleNotFoundError:
        tomllib = None

BAR_WIDTH = 30
ROWS_SHOWN = 3


def exercises_sample(project_dir):
    """The first lines ``manage.py exercises`` prints on a fresh project, or "" without a TOML reader."""
    if tomllib is None:
        return ""
    with open(project_dir / "exercises.toml", "rb") as manifest:
        exercises = tomllib.load(manifest)["exercises"]
    width = max(len(exercise["title"]) for exercise in exercises)
    rows = [
        f"[ ] {exercise['id']}  todo     {exercise['title'].ljust(width)}  {', '.join(exercise['skills'])}"
        for exercise in exercises[:ROWS_SHOWN]
    ]
    first = exercises[0]
    return "\n".join(
        [
            "Exercises",
            f"[{'-' * BAR_WIDTH}] 0/{len(exercises)} done",
            *rows,
            "...",
            "",
            f"Next: {first['id']}  {first['title']}",
            f"  read it and start: python manage.py exercises {first['id']}",
        ]
    )
