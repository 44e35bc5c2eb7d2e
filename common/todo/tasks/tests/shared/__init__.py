"""The rules both to-do apps keep, whatever style their views are written in.

The function-based and the class-based to-do apps (todo-fbv and todo-cbv) are the same
site: the same pages, the same API, the same rules on tasks. Where they overlap, the
tests are written once, here, as classes. A project's own ``test_<area>.py`` runs them
by subclassing, under the exercise that builds that behaviour in this project, and adds
the tests of what only this project does::

    pytestmark = pytest.mark.exercise("E04")


    class TestTaskAPI(TaskAPITests):
        pass

pytest collects only classes whose names start with ``Test``: these run only where a
test file subclasses them.
"""
