"""Real concurrency for tests: calls run in threads, each with its own database connection.

A race only shows when two transactions are open at once, so these tests need a
database server (PostgreSQL) and ``django_db(transaction=True)``: the threads must
see each other's commits, which a test wrapped in one transaction never makes.
"""

import threading

from django.db import connection

TIMEOUT_SECONDS = 30


def run_at_once(*calls):
    """Start every call at the same moment, each in its own thread; what each returned or raised.

    Each thread connects first, so that a barrier releases them together, ready to query;
    each closes its own connection when done.
    """
    barrier = threading.Barrier(len(calls), timeout=TIMEOUT_SECONDS)
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            connection.ensure_connection()
            barrier.wait()
            outcomes[index] = call()
        except Exception as error:  # the test judges every outcome, errors included
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT_SECONDS)
    assert not any(thread.is_alive() for thread in threads), "a call was still running"
    return outcomes
