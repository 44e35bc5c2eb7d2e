"""Two requests at the same moment, as a double click makes them: real threads, real connections."""

import contextlib
import threading

from django.db import connection
from django.db.models.signals import pre_save

WAIT_SECONDS = 5


def at_once(action, model, times=2):
    """Run ``action()`` in ``times`` threads at once; the error each raised, or None.

    Each thread waits for the others just before it saves a ``model`` row, so every
    check an action makes ("is it there already?") happens before any of them writes:
    the worst interleaving of a race, every time. A thread that saves nothing (it found
    the row) lets the others go on after ``WAIT_SECONDS``. Needs a database that takes
    concurrent connections (PostgreSQL) and ``django_db(transaction=True)``.
    """
    before_save = threading.Barrier(times, timeout=WAIT_SECONDS)
    errors = [None] * times

    def wait_for_the_others(sender, **kwargs):
        with contextlib.suppress(threading.BrokenBarrierError):
            before_save.wait()

    def run(index):
        try:
            action()
        except Exception as error:  # whatever a request raised, the test reports
            errors[index] = error
        finally:
            connection.close()

    pre_save.connect(wait_for_the_others, sender=model, weak=False)
    try:
        threads = [threading.Thread(target=run, args=(index,)) for index in range(times)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=WAIT_SECONDS * 4)
    finally:
        pre_save.disconnect(wait_for_the_others, sender=model)
    return errors
