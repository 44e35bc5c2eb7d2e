"""The GitHub Classroom autograding workflow, written from the project's manifest.

GitHub Classroom grades with ``classroom-resources/autograding-command-grader``: a
step per graded test, worth its ``max-score`` when its command exits 0. Each
exercise is one such step, worth the points its manifest gives it, and its command
is ``manage.py exercises Exx --grade``, which exits 0 only when the exercise is
done: a pending exercise (markers left, even with passing tests) scores 0. Python
graders that count an expected failure or a skip as a pass are not used.
"""

from hooks.project_code import project_exercises

WORKFLOW = ".github/workflows/classroom.yml"
HEADER = """\
# GitHub Classroom's autograding: each exercise is a graded step, worth the points
# exercises.toml gives it, and scores only once done (its TODO markers gone and its
# tests passing). Written when the project was generated, from exercises.toml.
name: Autograding Tests

"on":
  - push
  - repository_dispatch

permissions:
  checks: write
  actions: read
  contents: read

jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s --health-retries 10
    env:
      # Tests pin their own settings; the grading runs on PostgreSQL, as production does.
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
    steps:
      - name: Checkout code
        uses: actions/checkout@v5
      - uses: actions/setup-python@v6
        with:
          python-version: "3.13"
          cache: pip
          cache-dependency-path: requirements*.txt
      - name: Install
        run: python -m pip install -r requirements-dev.txt
"""


def quoted(text):
    """``text`` as a YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def grading_step(exercise):
    step_id = exercise.id.lower()
    name = f"{exercise.id} {exercise.title}"
    return [
        f"      - name: {quoted(name)}",
        f"        id: {step_id}",
        "        uses: classroom-resources/autograding-command-grader@v1",
        "        with:",
        f"          test-name: {quoted(name)}",
        "          setup-command: ''",
        f"          command: python manage.py exercises {exercise.id} --grade",
        "          timeout: 10",
        f"          max-score: {exercise.points}",
    ]


def workflow(exercises):
    """The workflow's text for ``exercises`` (the project's, in manifest order)."""
    lines = [HEADER.rstrip("\n")]
    for exercise in exercises:
        lines += grading_step(exercise)
    lines += [
        "      - name: Autograding Reporter",
        "        uses: classroom-resources/autograding-grading-reporter@v1",
        "        env:",
    ]
    lines += [
        f'          {exercise.id}_RESULTS: "${{{{steps.{exercise.id.lower()}.outputs.result}}}}"'
        for exercise in exercises
    ]
    runners = ",".join(exercise.id.lower() for exercise in exercises)
    lines += ["        with:", f"          runners: {runners}"]
    return "\n".join(lines) + "\n"


def write_workflow(project_dir):
    """Write the classroom workflow from the project's (numbered) manifest."""
    path = project_dir / WORKFLOW
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(workflow(project_exercises(project_dir)), encoding="utf-8")
