"""Hook logic shared by every practice-project template.

Each template's ``hooks/*.py`` scripts are thin: they put the repository root on
``sys.path`` and call into this package, so a fix here reaches every template.
"""
