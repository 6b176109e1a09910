"""Bounded memos: answers remembered for a run, in memory that stays flat however many files it
lints. A memo is emptied when full; what is in use is found again at once."""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

# Entries per memo by default (10,000 files without a bound held ~3 MiB more).
MEMO_LIMIT = 4096


def remember(memo: dict, key: Any, value: Any, limit: int = MEMO_LIMIT) -> Any:
    """Store `value` under `key` (emptying a full memo first) and return it."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
