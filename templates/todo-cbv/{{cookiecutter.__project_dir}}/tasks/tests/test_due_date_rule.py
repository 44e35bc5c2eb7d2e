"""The due-date rule of tasks/validators.py, applied by TaskForm and TaskSerializer: given code."""

from tasks.tests.shared.rules import DueDateFormTests, DueDateSerializerTests


class TestDueDateRuleInTheForm(DueDateFormTests):
    """Shared by the create and update views: the tests are in tasks/tests/shared/rules.py."""


class TestDueDateRuleInTheAPI(DueDateSerializerTests):
    """The same rule for API clients: the tests are in tasks/tests/shared/rules.py."""
