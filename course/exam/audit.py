"""Quality gates for the question bank's two pools. Each gate returns a list of problems (empty: passes).

    python -m course.exam.audit        # counts per pool, domain, task statement and type; the cue figures;
                                       # then every problem (exit 1 if any)

Besides the schema, duplicates and facts, the gates catch the cues that make a question easier than the
exam's: a key that is the longest option, a favourite key letter, a stem without a trade-off (no exam
qualifier), multiple-response items that are always "2 of 5", and name-the-service items whose options
are bare service names. The limits are in ``Gates`` so tests can audit a small fixture bank.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from .bank import DOMAINS, POOLS, TASKS, BankError, Question, pool_folder, questions_root, read_bank

MAX_KEY_SHARE = 0.35
MIN_PER_TASK = 3

# Exam qualifiers: the words that make a stem a trade-off between workable answers. A stem counts when any
# pattern matches (case-insensitive). Keep this list documented: each entry is a phrase the exam guide's
# sample questions and the exam itself use to rank options that all work.
QUALIFIERS = [
    r"\bleast\s+(?:amount\s+of\s+)?(?:operational|management|administrative|development|maintenance)\s+(?:overhead|effort)",
    r"\bleast\s+(?:amount\s+of\s+)?(?:effort|overhead|privilege|latency|downtime|code|changes?|cost|expensive)",
    r"\bmost\s+(?:cost[- ]effective(?:ly)?|cost[- ]efficient(?:ly)?|operationally\s+efficient|secure(?:ly)?|"
    r"efficient(?:ly)?|scalable|resilient|reliable|performant|durable|available)",
    r"\b(?:fewest|minimum|minimal|smallest\s+number\s+of)\s+(?:code\s+)?(?:changes|modifications|steps|"
    r"effort|downtime|overhead|cost|code|api\s+calls|operational)",
    r"\b(?:lowest|least)\s+(?:possible\s+)?(?:cost|latency|effort)",
    r"\b(?:fastest|quickest|simplest)\b",
    r"\bwithout\s+(?:changing|modifying|rewriting|redeploying|managing|provisioning)\b",
    r"\b(?:minimi[sz]e|reduce)s?\s+(?:the\s+)?(?:operational|cost|latency|code|effort|downtime|overhead)",
    r"\bmost\s+likely\b",
]
_QUALIFIER = re.compile("|".join(f"(?:{q})" for q in QUALIFIERS), re.I)
# A "name-the-service" item: every option is a bare name of at most this many words ("Amazon SQS").
BARE_NAME_WORDS = 4


@dataclass(frozen=True)
class Gates:
    """The audit's limits (tests pass smaller sizes for a fixture bank)."""
    max_longest_key: float = 0.30        # single response: share of keys that are the longest option
    letter_band: tuple[float, float] = (0.75, 1.25)  # each letter's keys / its fair share (single; multiple)
    letter_min_expected: float = 8.0     # letters expected fewer times than this are not judged
    min_qualified: float = 0.50          # share of stems with an exam qualifier (all pools together)
    min_mr_hard: float = 0.10            # share of multiple-response items with 3 keys or 6+ options
    min_practice: int = 340
    min_total: int = 600
    min_per_task: dict = field(default_factory=lambda: {"mock": 3, "practice": 10})
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


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def is_longest_key(q: Question) -> bool:
    """A single-response key at least as long as every other option (the "pick the longest" cue; the
    issue's 36.7 % for the 2026 bank counts it this way)."""
    key = _length(q.options[q.answer[0]])
    return all(key >= _length(text) for letter, text in q.options.items() if letter != q.answer[0])


def longest_key_share(questions: list[Question]) -> float:
    single = [q for q in questions if not q.multiple]
    return sum(map(is_longest_key, single)) / len(single) if single else 0.0


def longest_key(questions: list[Question], gates: Gates = Gates()) -> list[str]:
    share = longest_key_share(questions)
    return [f"single response: the key is the longest option in {share:.1%} of items (limit "
            f"{gates.max_longest_key:.0%}): lengthen distractors or tighten keys"] if share > gates.max_longest_key else []


def letter_spread(questions: list[Question]) -> dict[str, dict[str, tuple[int, float]]]:
    """Per type, each letter's (keys, fair share): a letter's fair share sums keys/options over the items
    that offer it, so an E that exists only in multiple-response items is judged only there."""
    spread = {}
    for kind in ("single", "multiple"):
        items = [q for q in questions if q.type == kind]
        seen = Counter(letter for q in items for letter in q.answer)
        fair = Counter()
        for q in items:
            for letter in q.options:
                fair[letter] += len(q.answer) / len(q.options)
        spread[kind] = {letter: (seen.get(letter, 0), fair[letter]) for letter in sorted(fair)}
    return spread


def key_letter_balance(questions: list[Question], gates: Gates = Gates()) -> list[str]:
    """Single and multiple response separately: each key letter within the band of its fair share."""
    low, high = gates.letter_band
    problems = []
    for kind, letters in letter_spread(questions).items():
        for letter, (seen, fair) in letters.items():
            if fair >= gates.letter_min_expected and not low <= seen / fair <= high:
                problems.append(f"{kind} response: {letter} is a key {seen} times; its fair share is {fair:.0f} "
                                f"(allowed {low:.0%}-{high:.0%} of that)")
    return problems


def has_qualifier(stem: str) -> bool:
    return bool(_QUALIFIER.search(" ".join(stem.split())))


def qualifier_share(questions: list[Question]) -> float:
    return sum(has_qualifier(q.stem) for q in questions) / len(questions) if questions else 0.0


def qualifiers(questions: list[Question], gates: Gates = Gates()) -> list[str]:
    share = qualifier_share(questions)
    return [f"{share:.1%} of stems carry an exam qualifier (LEAST operational overhead, MOST cost-effective ...); "
            f"at least {gates.min_qualified:.0%} needed"] if share < gates.min_qualified else []


def mr_shapes(questions: list[Question]) -> Counter:
    """Multiple-response shapes: "2 of 5", "3 of 6", ..."""
    return Counter(f"{len(q.answer)} of {len(q.options)}" for q in questions if q.multiple)


def mr_hard_share(questions: list[Question]) -> float:
    multiple = [q for q in questions if q.multiple]
    return sum(len(q.answer) >= 3 or len(q.options) >= 6 for q in multiple) / len(multiple) if multiple else 0.0


def multiple_response_shapes(questions: list[Question], gates: Gates = Gates()) -> list[str]:
    if not any(q.multiple for q in questions):
        return []
    share = mr_hard_share(questions)
    return [f"{share:.1%} of multiple-response items have three keys or six options; at least "
            f"{gates.min_mr_hard:.0%} needed (shapes: {dict(mr_shapes(questions))})"] if share < gates.min_mr_hard else []


def is_name_the_service(q: Question) -> bool:
    """Every option is a bare name (at most BARE_NAME_WORDS words, no sentence): the item tests recall of a
    name, not a decision."""
    return all(len(text.split()) <= BARE_NAME_WORDS and not text.strip().endswith(".") for text in q.options.values())


def name_the_service(questions: list[Question]) -> list[str]:
    return [f"{q.id}: a name-the-service item (every option is a bare name); make each option a workable "
            "solution that breaks one stated constraint" for q in questions if is_name_the_service(q)]


def pools_disjoint(pools: dict[str, list[Question]], threshold: float = NEAR_DUPLICATE) -> list[str]:
    """No id in two pools and no practice stem that is (nearly) a mock stem."""
    mock, practice = pools.get("mock", []), pools.get("practice", [])
    shared = sorted({q.id for q in mock} & {q.id for q in practice})
    problems = [f"id {qid} is in both pools" for qid in shared]
    pairs = near_duplicate_stems(mock + practice, threshold)
    mock_ids = {q.id for q in mock}
    for pair in pairs:
        a, b = re.findall(r"stems (\S+) and (\S+) ", pair)[0]
        if (a in mock_ids) != (b in mock_ids):
            problems.append(f"across pools: {pair}")
    return problems


def pool_sizes(pools: dict[str, list[Question]], gates: Gates = Gates()) -> list[str]:
    practice = len(pools.get("practice", []))
    total = sum(len(qs) for qs in pools.values())
    problems = []
    if practice < gates.min_practice:
        problems.append(f"the practice pool has {practice} questions; at least {gates.min_practice} needed")
    if total < gates.min_total:
        problems.append(f"the two pools hold {total} questions; at least {gates.min_total} needed")
    return problems


def audit(questions: list[Question], root: Path) -> list[str]:
    """The single-pool checks (duplicates, facts, task coverage, weeks, domain weights)."""
    return (duplicate_ids(questions) + near_duplicate_stems(questions) + key_position_balance(questions)
            + fact_contradictions(questions) + task_coverage(questions) + week_references(questions, root)
            + domain_spread(questions))


def audit_pools(pools: dict[str, list[Question]], root: Path, gates: Gates = Gates()) -> list[str]:
    """Every gate over both pools: each pool on its own (coverage, weights), both together (cues), and
    the pools against each other (disjoint, sizes)."""
    everything = [q for qs in pools.values() for q in qs]
    problems = []
    for name, questions in pools.items():
        if not questions:
            continue
        tag = f"[{name}] "
        problems += [tag + p for p in near_duplicate_stems(questions) + task_coverage(
            questions, gates.min_per_task.get(name, MIN_PER_TASK)) + domain_spread(questions)]
    problems += (duplicate_ids(everything) + fact_contradictions(everything) + week_references(everything, root)
                 + longest_key(everything, gates) + key_letter_balance(everything, gates)
                 + qualifiers(everything, gates) + multiple_response_shapes(everything, gates)
                 + name_the_service(everything) + pools_disjoint(pools) + pool_sizes(pools, gates))
    return problems


def cue_figures(questions: list[Question]) -> str:
    """The figures that show how "guessable" a set of questions is, for before/after reports."""
    single = [q for q in questions if not q.multiple]
    lines = [f"  longest option is the key (single): {longest_key_share(questions):.1%} of {len(single)} "
             "(chance 25%; gate <= 30%)",
             f"  stems with an exam qualifier: {qualifier_share(questions):.1%} of {len(questions)} (gate >= 50%)",
             f"  name-the-service items (bare-name options): {sum(map(is_name_the_service, questions))}",
             f"  multiple-response shapes: {dict(sorted(mr_shapes(questions).items()))}; 3 keys or 6 options: "
             f"{mr_hard_share(questions):.1%} (gate >= 10%)"]
    for kind, letters in letter_spread(questions).items():
        spread = ", ".join(f"{letter} {seen}/{fair:.0f}" for letter, (seen, fair) in letters.items())
        lines.append(f"  key letters, {kind} (keys/fair share): {spread}")
    return "\n".join(lines)


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


def read_pools(root: Path | None = None) -> tuple[dict[str, list[Question]], list[str]]:
    """Both pools as found (a missing practice folder is an empty pool) and their schema problems."""
    root = Path(root or questions_root())
    pools, problems = {}, []
    for name in POOLS:
        folder = pool_folder(name, root)
        if folder.is_dir():
            pools[name], found = read_bank(folder, name)
            problems += found
        else:
            pools[name] = []
            if name == "mock":
                problems.append(f"no mock pool at {folder}")
    return pools, problems


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[2]
    try:
        pools, problems = read_pools()
    except BankError as error:
        print(error)
        return 1
    everything = [q for qs in pools.values() for q in qs]
    for name, questions in pools.items():
        print(f"== {name} pool: {len(questions)} questions "
              f"({sum(q.multiple for q in questions)} multiple response)")
        if questions:
            print(counts_table(questions))
            print("cue figures:")
            print(cue_figures(questions))
        print()
    print(f"== both pools: {len(everything)} questions")
    print(cue_figures(everything))
    problems += audit_pools(pools, root)
    for problem in problems:
        print("PROBLEM", problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
