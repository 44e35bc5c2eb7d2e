"""Finish the new project: common files, chosen variant, secret key (logic in the shared hooks/)."""

import json
import sys

sys.path.insert(0, json.loads(r'''{{ practice_repository | tojson }}'''))

from hooks.post_gen import main  # noqa: E402

main(json.loads(r'''{{ cookiecutter | tojson }}'''))
