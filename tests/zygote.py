"""Many short pytest runs of generated projects, each forked from a process that has warmed up.

The wrong answers alone make hundreds of runs of a project's tests, each in its own
copy of the project. Starting Python and importing pytest and Django's libraries is a
good part of each; a zygote process does it once and forks a child per run. The child
changes to the copy, imports the project's own code fresh from there (the zygote never
imports any project code), runs pytest and exits with its status. Where there is no
fork (Windows), each run is a new process, as before.
"""

import json
import os
import subprocess
import sys

ZYGOTE = r"""
import json, os, sys
# What every run imports, none of it project code, none of it needing settings.
import pytest, pytest_django.plugin, django, django.test, django.db.models, django.forms
import django.template.loader, psycopg
for line in sys.stdin:
    request = json.loads(line)
    child = os.fork()
    if child == 0:
        code = 3
        try:
            os.chdir(request["cwd"])
            sys.path.insert(0, request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            output = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(output, 1)
            os.dup2(output, 2)
            code = int(pytest.main(request["arguments"]))
        finally:
            os._exit(code)
    _, status = os.waitpid(child, 0)
    print(json.dumps({"code": os.waitstatus_to_exitcode(status)}), flush=True)
"""


class Zygote:
    """``run(cwd, arguments, environment, output)`` -> pytest's exit status, forked when it can."""

    def __init__(self):
        self.process = None
        if hasattr(os, "fork"):
            self.process = subprocess.Popen(
                [sys.executable, "-c", ZYGOTE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env={name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")},
            )

    def run(self, cwd, arguments, environment, output):
        if self.process is None:
            with open(output, "w", encoding="utf-8") as printed:
                command = [sys.executable, "-m", "pytest", *arguments]
                completed = subprocess.run(command, cwd=cwd, env=environment, stdout=printed, stderr=printed)
            return completed.returncode
        request = {"cwd": str(cwd), "arguments": arguments, "env": environment, "output": str(output)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())["code"]

    def close(self):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=60)
