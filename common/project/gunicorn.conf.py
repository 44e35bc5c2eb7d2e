"""gunicorn's settings for this project: gunicorn reads ./gunicorn.conf.py by itself.

Start it from the project folder (``gunicorn``, or ``gunicorn config.wsgi --workers 3``:
options on the command line win over these). It listens on ``$PORT`` when the host sets
one, and starts ``$WEB_CONCURRENCY`` workers: both are gunicorn's own conventions.
"""

import gc

wsgi_app = "config.wsgi"
# Load Django once, in the master, before the workers are forked: they start at once and
# share the memory of everything loaded here.
preload_app = True


def when_ready(server):
    """Import every view, then freeze what is loaded, before the workers are forked.

    Python's garbage collector pauses a worker now and then to look for cycles among
    every object it tracks, and most of them are the ~100,000 that Django, DRF and the
    apps load once and keep for good. ``gc.freeze()`` moves them out of its sight: those
    pauses fall from tens of milliseconds to a few.
    """
    from django.urls import get_resolver

    patterns = get_resolver().url_patterns  # importing the URLconf imports every view
    gc.freeze()
    server.log.info(
        "Loaded %d URL patterns; %d objects frozen for the workers",
        len(patterns),
        gc.get_freeze_count(),
    )
