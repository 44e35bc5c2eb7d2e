"""Building a project from layers: the template's own files, then the shared layers.

A template names the layers it shares with others in ``_layers`` (the two to-do
templates share ``common/todo``: one domain, two styles of views); every project
then gets ``common/project``. Where several layers have a file, the first one wins,
and the template's own file wins over all of them.

Cookiecutter copies a template's project files without rendering them
(``"_copy_without_render": ["*"]``), so Django's ``{% %}`` and ``{{ }}`` never clash
with Jinja. The few files that need the answers end in ``.jinja``; they are rendered
here, and the suffix dropped, after the common layer has been added.
"""

import shutil
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from hooks.jinja import REPOSITORY_ROOT, PracticeExtension

LAYERS_DIR = REPOSITORY_ROOT / "common"
COMMON_LAYER = "project"
JINJA_SUFFIX = ".jinja"
# Caches a developer's tools leave beside the layer's files; never part of a project.
SKIPPED_DIRECTORIES = frozenset({"__pycache__", ".ruff_cache", ".pytest_cache"})


def final_path(path):
    """Where a layer file ends up: ``settings.py.jinja`` becomes ``settings.py``."""
    return path.with_suffix("") if path.suffix == JINJA_SUFFIX else path


def provided(target):
    """True when the project already has ``target``, rendered or still to render."""
    final = final_path(target)
    return final.exists() or final.with_name(final.name + JINJA_SUFFIX).exists()


def layers(context):
    """The layers a project is built from, most specific first."""
    return [*context.get("_layers", []), COMMON_LAYER]


def add_layer(name, project_dir):
    """Copy the files of layer ``name`` that the project does not have yet.

    A file the project already has (rendered or not) wins over the layer's.
    """
    layer_dir = LAYERS_DIR / name
    if not layer_dir.is_dir():
        raise FileNotFoundError(f"No layer {name!r}: expected a folder {layer_dir}")
    for source in sorted(Path(layer_dir).rglob("*")):
        if source.is_dir() or SKIPPED_DIRECTORIES.intersection(source.parts):
            continue
        target = project_dir / source.relative_to(layer_dir)
        if provided(target):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def render_jinja_files(project_dir, context):
    """Render every ``*.jinja`` file with the answers, under its name without the suffix."""
    environment = Environment(
        undefined=StrictUndefined, keep_trailing_newline=True, extensions=[PracticeExtension]
    )
    for source in sorted(project_dir.rglob(f"*{JINJA_SUFFIX}")):
        template = environment.from_string(source.read_text(encoding="utf-8"))
        final_path(source).write_text(template.render(cookiecutter=context), encoding="utf-8")
        source.unlink()
