"""The exercise runner: the manifest, the TODO markers, and the tools that read them.

Exercises are listed in ``exercises.toml`` at the project root. Where a learner
works, the code carries a ``TODO(Exx)`` marker comment; tests for an exercise are
marked ``@pytest.mark.exercise("Exx")``. ``python manage.py exercises`` shows where
you stand and what to do next; ``--watch`` checks again on every save, and
``--format markdown`` is the report a mentor reads.
"""
