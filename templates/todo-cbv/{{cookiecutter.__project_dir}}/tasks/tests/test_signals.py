"""completed_at follows the done flag, wherever a task is saved: given code, in tasks/signals.py."""

from tasks.tests.shared.rules import CompletionStampTests


class TestCompletionStamp(CompletionStampTests):
    """The rule both to-do apps keep: its tests are in tasks/tests/shared/rules.py."""
