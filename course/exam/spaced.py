"""Spaced review (Leitner boxes) and "retry my misses", computed from the attempt history.

Every question you have answered sits in a box from 1 to 5. A wrong (or blank) answer puts it back in box
1; a right one moves it up a box. A question in box b is due again ``INTERVAL_DAYS[b]`` days after you
last saw it, so what you miss comes back tomorrow and what you know comes back rarely. The boxes are not
stored: they are replayed from the history in order, so there is no second file to get out of step.

The review queue is the due questions (lowest box, most overdue first), then questions you have never
seen, spread over the task statements, up to the size you ask for.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .bank import Question
from .history import Attempt

INTERVAL_DAYS = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}
TOP_BOX = max(INTERVAL_DAYS)


@dataclass(frozen=True)
class Card:
    id: str
    box: int
    last_seen: datetime

    @property
    def due(self) -> datetime:
        return self.last_seen + timedelta(days=INTERVAL_DAYS[self.box])


def _when(attempt: Attempt) -> datetime:
    when = datetime.fromisoformat(attempt.when)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def boxes(attempts: list[Attempt]) -> dict[str, Card]:
    """Each seen question's Leitner card after replaying ``attempts`` oldest first."""
    cards: dict[str, Card] = {}
    for attempt in sorted(attempts, key=lambda a: (a.when, a.id)):
        when = _when(attempt)
        for q in attempt.questions:
            old = cards.get(q["id"])
            box = 1 if not q["correct"] else min(TOP_BOX, (old.box + 1) if old else 2)
            cards[q["id"]] = Card(q["id"], box, when)
    return cards


def review_queue(pool: list[Question], attempts: list[Attempt], n: int = 10, now: datetime | None = None,
                 seed: int = 0) -> list[Question]:
    """Up to ``n`` questions of ``pool``: due ones first (box 1 before box 2 ..., then most overdue), then
    never-seen ones interleaved across task statements (seeded)."""
    now = now or datetime.now(timezone.utc)
    cards = boxes(attempts)
    by_id = {q.id: q for q in pool}
    due = sorted((c for c in cards.values() if c.id in by_id and c.due <= now), key=lambda c: (c.box, c.due, c.id))
    queue = [by_id[c.id] for c in due][:n]
    unseen = [q for q in sorted(pool, key=lambda q: q.id) if q.id not in cards]
    random.Random(seed).shuffle(unseen)
    by_task = defaultdict(list)
    for q in unseen:
        by_task[q.task].append(q)
    rounds = max((len(v) for v in by_task.values()), default=0)
    spread = [qs[i] for i in range(rounds) for _, qs in sorted(by_task.items()) if i < len(qs)]
    return queue + spread[: n - len(queue)]


def retry_misses(pool: list[Question], attempts: list[Attempt], last_only: bool = True) -> list[Question]:
    """The questions missed (wrong or blank) in the latest attempt, or (``last_only=False``) every question
    whose most recent answer was wrong; in the order they were asked."""
    if not attempts:
        return []
    by_id = {q.id: q for q in pool}
    if last_only:
        ids = attempts[-1].missed()
    else:
        latest: dict[str, bool] = {}
        for attempt in sorted(attempts, key=lambda a: (a.when, a.id)):
            for q in attempt.questions:
                latest[q["id"]] = q["correct"]
        ids = [qid for qid, right in latest.items() if not right]
    return [by_id[i] for i in ids if i in by_id]


def box_counts(pool: list[Question], attempts: list[Attempt]) -> dict[str, int]:
    """How many of ``pool``'s questions are unseen and in each box (for a one-line summary)."""
    cards = boxes(attempts)
    counts = {"unseen": 0, **{f"box {b}": 0 for b in INTERVAL_DAYS}}
    for q in pool:
        card = cards.get(q.id)
        counts["unseen" if card is None else f"box {card.box}"] += 1
    return counts
