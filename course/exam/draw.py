"""Draw mock exams and drills from the bank: seeded, weighted by the exam guide's domain weights."""
from __future__ import annotations

import random
from collections import defaultdict

from .bank import DOMAINS, Question


def domain_weights() -> dict[int, float]:
    from course import facts

    return {d: facts.value(f"exam.domain{d}_weight") / 100 for d in DOMAINS}


def quotas(total: int, weights: dict[int, float]) -> dict[int, int]:
    """Split ``total`` questions by weight, rounding by largest remainder so the parts add up."""
    exact = {d: total * w / sum(weights.values()) for d, w in weights.items()}
    counts = {d: int(x) for d, x in exact.items()}
    for d in sorted(exact, key=lambda d: exact[d] - counts[d], reverse=True)[: total - sum(counts.values())]:
        counts[d] += 1
    return counts


def _by_domain(questions: list[Question]) -> dict[int, list[Question]]:
    pools = defaultdict(list)
    for q in sorted(questions, key=lambda q: q.id):
        pools[q.domain].append(q)
    return pools


def draw_mock(questions: list[Question], seed: int, size: int | None = None) -> list[Question]:
    """A fresh mock: ``size`` questions (the exam's 65 by default) in the exam's domain proportions,
    each task statement represented where the pool allows, in shuffled order."""
    from course import facts

    size = size or int(facts.value("exam.questions_total"))
    rng = random.Random(seed)
    pools = _by_domain(questions)
    want = quotas(size, domain_weights())
    chosen: list[Question] = []
    for domain, n in want.items():
        pool = list(pools.get(domain, []))
        rng.shuffle(pool)
        by_task = defaultdict(list)
        for q in pool:
            by_task[q.task].append(q)
        picked = [qs[0] for qs in by_task.values()][:n]  # one per task statement first
        rest = [q for q in pool if q not in picked]
        chosen += picked + rest[: n - len(picked)]
    if len(chosen) < size:  # a thin domain: fill from the others
        spare = [q for q in sorted(questions, key=lambda q: q.id) if q not in chosen]
        rng.shuffle(spare)
        chosen += spare[: size - len(chosen)]
    rng.shuffle(chosen)
    return chosen


def drill(questions: list[Question], seed: int, n: int = 10, domain: int | None = None,
          task: str | None = None) -> list[Question]:
    """``n`` questions of one domain or task statement (or any), drawn with ``seed``."""
    pool = [q for q in sorted(questions, key=lambda q: q.id)
            if (domain is None or q.domain == domain) and (task is None or q.task == task)]
    if not pool:
        raise ValueError(f"no questions for domain={domain} task={task}")
    return random.Random(seed).sample(pool, min(n, len(pool)))


def partition_mocks(questions: list[Question], count: int, seed: int) -> list[list[Question]]:
    """``count`` disjoint mocks covering the bank, each in the exam's domain proportions as far as the
    bank allows (the classroom mocks: no question appears in two of them)."""
    rng = random.Random(seed)
    pools = _by_domain(questions)
    for pool in pools.values():
        rng.shuffle(pool)
    mocks: list[list[Question]] = [[] for _ in range(count)]
    for domain, pool in pools.items():
        for index, q in enumerate(sorted(pool, key=lambda q: (q.task, rng.random()))):
            mocks[index % count].append(q)  # round-robin by task statement: every mock gets each task
    for mock in mocks:
        rng.shuffle(mock)
    return mocks
