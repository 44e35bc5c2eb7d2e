"""Refuse answers that cannot work, before any file is written (logic in the shared hooks/)."""

import json
import sys

sys.path.insert(0, json.loads(r'''{{ practice_repository | tojson }}'''))

from hooks.pre_gen import main  # noqa: E402

main(json.loads(r'''{{ cookiecutter | tojson }}'''))
