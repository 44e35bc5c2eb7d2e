"""A warm process for many short pytest runs, each of them a fresh fork.

Run as a script (``python exercises/zygote.py``), it imports pytest and Django's
libraries, and nothing of any project, then reads requests, one JSON line each: a
folder, pytest's arguments, an environment, a file for the output. For each, it
forks a child that moves to the folder, imports that project's code fresh from it,
runs pytest and exits with pytest's status, which the zygote writes back as a line.
Starting Python and importing the libraries is then paid once, not once a run: the
planted-bug grading makes a run per planted bug, and this repository's own tests
hundreds. Imported as a module, :class:`Zygote` starts the script and asks it;
without ``os.fork`` (Windows) it runs each request in a new process instead.
"""

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve()


def serve():
    """Answer requests from standard input until it closes (the script's main)."""
    # Run as a script, this folder leads sys.path: its modules must not shadow a project's.
    if sys.path and Path(sys.path[0]).resolve() == SCRIPT.parent:
        sys.path.pop(0)
    import django.db.models  # noqa: F401 - what every run imports: loaded once, here
    import django.forms  # noqa: F401
    import django.template.loader  # noqa: F401
    import django.test  # noqa: F401
    import pytest
    import pytest_django.plugin  # noqa: F401

    # What is loaded now lives as long as the zygote: the children's garbage collector
    # (pytest runs it as a session ends) need not walk it again in every run.
    gc.freeze()
    for line in sys.stdin:
        request = json.loads(line)
        child = os.fork()
        if child == 0:  # pragma: no cover - the child never returns
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


class Zygote:
    """Runs pytest in a folder, forked from the warm script when the system can fork."""

    def __init__(self):
        self.process = None
        if hasattr(os, "fork"):
            self.process = subprocess.Popen(
                [sys.executable, str(SCRIPT)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )

    def run(self, cwd, arguments, environment, output):
        """pytest's exit status for ``arguments`` in ``cwd``; what it printed goes to ``output``."""
        if self.process is None:
            with open(output, "w", encoding="utf-8") as printed:
                command = [sys.executable, "-m", "pytest", *arguments]
                completed = subprocess.run(
                    command, cwd=cwd, env=environment, stdout=printed, stderr=printed
                )
            return completed.returncode
        request = {
            "cwd": str(cwd),
            "arguments": list(arguments),
            "env": dict(environment),
            "output": str(output),
        }
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())["code"]

    def close(self):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=60)
            self.process = None


if __name__ == "__main__":
    serve()
