"""E[completion-signal]: completed_at follows the done flag, wherever a task is saved."""

import pytest

from tasks.tests.shared.rules import CompletionStampTests

pytestmark = pytest.mark.exercise("E[completion-signal]")


class TestCompletionStamp(CompletionStampTests):
    """The rule both to-do apps keep: its tests are in tasks/tests/shared/rules.py."""
