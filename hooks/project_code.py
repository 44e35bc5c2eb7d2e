"""The new project's own modules, imported by the hooks (its manifest reader, its texts).

The hooks read the manifest through the project's own ``exercises`` package, so that
the README sample, the classroom workflow and the update skip list see the exercises
exactly as the project's runner will. Those modules need no Django.
"""

import importlib
import sys


def project_module(project_dir, name):
    """Import the module ``name`` (``exercises.catalog``, say) of the project at ``project_dir``."""
    sys.path.insert(0, str(project_dir))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(project_dir))


def project_exercises(project_dir):
    """The project's exercises, in manifest order, without looking for markers."""
    return project_module(project_dir, "exercises.catalog").load_exercises(project_dir, with_markers=False)
