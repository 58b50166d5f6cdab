"""Quality gates for the question bank. Each function returns a list of problems (empty: passes).

    python -m course.exam.audit        # prints counts per domain and task statement, then any problem
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from .bank import DOMAINS, TASKS, Question, read_bank

MAX_KEY_SHARE = 0.35
MIN_PER_TASK = 3
NEAR_DUPLICATE = 0.85  # similarity of two stems (0..1) from which they count as the same question
_WORD = re.compile(r"[a-z0-9]+")


def duplicate_ids(questions: list[Question]) -> list[str]:
    counts = Counter(q.id for q in questions)
    return [f"duplicate id {qid} ({n} times)" for qid, n in counts.items() if n > 1]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def near_duplicate_stems(questions: list[Question], threshold: float = NEAR_DUPLICATE) -> list[str]:
    """Pairs of stems that are the same or nearly so (word sequences compared; shingles prefilter)."""
    problems = []
    words = [_words(q.stem) for q in questions]
    shingles = [{" ".join(w[i:i + 3]) for i in range(max(1, len(w) - 2))} for w in words]
    for i in range(len(questions)):
        for j in range(i + 1, len(questions)):
            a, b = shingles[i], shingles[j]
            if not a or not b or len(a & b) / min(len(a), len(b)) < 0.5:
                continue
            ratio = SequenceMatcher(None, words[i], words[j], autojunk=False).ratio()
            if ratio >= threshold:
                problems.append(f"near-duplicate stems {questions[i].id} and {questions[j].id} ({ratio:.0%} alike)")
    return problems


def key_position_balance(questions: list[Question], limit: float = MAX_KEY_SHARE) -> list[str]:
    """No option letter may be a correct answer for more than ``limit`` of all keys."""
    keys = Counter(letter for q in questions for letter in q.answer)
    total = sum(keys.values())
    return [f"option {letter} is a key {n} times ({n / total:.0%} of {total} keys; limit {limit:.0%})"
            for letter, n in sorted(keys.items()) if total and n / total > limit]


def fact_contradictions(questions: list[Question]) -> list[str]:
    """A question's stated fact value must equal the fact table's current value."""
    from course import facts

    problems = []
    for q in questions:
        for key, stated in q.facts.items():
            try:
                current = facts.value(key)
            except KeyError:
                problems.append(f"{q.id}: cites unknown fact {key}")
                continue
            if float(stated) != float(current):
                problems.append(f"{q.id}: relies on {key} = {stated}, but the fact table says {current}")
    return problems


def task_coverage(questions: list[Question], minimum: int = MIN_PER_TASK) -> list[str]:
    counts = Counter(q.task for q in questions)
    return [f"task statement {task} has {counts.get(task, 0)} question(s); at least {minimum} needed"
            for task in TASKS if counts.get(task, 0) < minimum]


def week_references(questions: list[Question], root: Path) -> list[str]:
    weeks = {p.stem for p in (root / "authoring").glob("*.py")} | {p.name for p in (root / "source").iterdir() if p.is_dir()}
    return [f"{q.id}: week {q.week!r} does not exist" for q in questions if q.week not in weeks]


def domain_spread(questions: list[Question], tolerance: float = 0.04) -> list[str]:
    """Each domain's share of the bank within ``tolerance`` of the exam guide's weight."""
    from course import facts

    counts = Counter(q.domain for q in questions)
    total = len(questions)
    problems = []
    for domain in DOMAINS:
        want = facts.value(f"exam.domain{domain}_weight") / 100
        have = counts.get(domain, 0) / total if total else 0
        if abs(have - want) > tolerance:
            problems.append(f"domain {domain} is {have:.0%} of the bank; the exam weighs it {want:.0%}")
    return problems


def audit(questions: list[Question], root: Path) -> list[str]:
    return (duplicate_ids(questions) + near_duplicate_stems(questions) + key_position_balance(questions)
            + fact_contradictions(questions) + task_coverage(questions) + week_references(questions, root)
            + domain_spread(questions))


def counts_table(questions: list[Question]) -> str:
    by_task = Counter(q.task for q in questions)
    by_domain = Counter(q.domain for q in questions)
    multiple = Counter(q.task for q in questions if q.multiple)
    lines = [f"{'task':<6} {'questions':>9} {'multiple':>9}  statement"]
    for task, name in TASKS.items():
        lines.append(f"{task:<6} {by_task.get(task, 0):>9} {multiple.get(task, 0):>9}  {name}")
    lines.append("")
    for domain, name in DOMAINS.items():
        n = by_domain.get(domain, 0)
        lines.append(f"domain {domain} {name:<34} {n:>4} ({n / max(1, len(questions)):.0%})")
    lines.append(f"total {len(questions)}")
    return "\n".join(lines)


def main() -> int:
    root = Path(__file__).resolve().parents[2]
    questions, problems = read_bank()
    print(counts_table(questions))
    problems += audit(questions, root)
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
