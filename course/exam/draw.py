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


def practice_only(questions: list[Question]) -> None:
    """The trainer never shows a graded mock's question: refuse any question of the mock pool."""
    mock = [q.id for q in questions if q.pool != "practice"]
    if mock:
        raise ValueError(f"{len(mock)} question(s) of the mock pool ({', '.join(mock[:3])} ...): drills and fresh "
                         "mocks draw from the practice pool only (load_practice())")


def draw_mock(questions: list[Question], seed: int, size: int | None = None) -> list[Question]:
    """A fresh mock from the practice pool: ``size`` questions (the exam's 65 by default) in the exam's
    domain proportions, each task statement represented where the pool allows, in shuffled order."""
    from course import facts

    practice_only(questions)
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
    """``n`` questions of the practice pool, of one domain or task statement (or any), drawn with ``seed``."""
    practice_only(questions)
    pool = [q for q in sorted(questions, key=lambda q: q.id)
            if (domain is None or q.domain == domain) and (task is None or q.task == task)]
    if not pool:
        raise ValueError(f"no questions for domain={domain} task={task}")
    return random.Random(seed).sample(pool, min(n, len(pool)))


def _interleave_tasks(pool: list[Question]) -> list[Question]:
    by_task = defaultdict(list)
    for q in pool:
        by_task[q.task].append(q)
    rounds = max((len(qs) for qs in by_task.values()), default=0)
    return [qs[i] for i in range(rounds) for _, qs in sorted(by_task.items()) if i < len(qs)]


def partition_mocks(questions: list[Question], count: int, seed: int, size: int | None = None) -> list[list[Question]]:
    """``count`` disjoint mocks of ``size`` questions (the exam's 65 by default), each in the exam's
    domain proportions as far as the bank allows and with every task statement (the classroom mocks:
    no question appears in two of them; questions left over stay for drills)."""
    from course import facts

    size = size or int(facts.value("exam.questions_total"))
    if len(questions) < count * size:
        raise ValueError(f"{count} mocks of {size} need {count * size} questions; the bank has {len(questions)}")
    rng = random.Random(seed)
    want = quotas(size, domain_weights())
    mocks: list[list[Question]] = [[] for _ in range(count)]
    spare: list[Question] = []
    for domain, pool in _by_domain(questions).items():
        rng.shuffle(pool)
        for index, q in enumerate(_interleave_tasks(pool)):  # A1 B1 C1 A2 B2 ...: every mock gets every task
            mock = mocks[index % count]
            (mock if sum(x.domain == domain for x in mock) < want[domain] else spare).append(q)
    rng.shuffle(spare)
    for mock in mocks:  # a thin domain left gaps: fill them from what is left, nearest domain first
        while len(mock) < size:
            mock.append(spare.pop())
        rng.shuffle(mock)
    return mocks
