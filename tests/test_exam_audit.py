"""The question-bank audit's cue gates: each one passes a clean set and fails on a planted bad item.

The last test audits the REAL bank (both pools) with the real limits. On the `exam` branch it fails until
the question writers' branches (questions/practice/, revised questions/bank/) are merged: the practice pool
is empty there and the mock pool still has the cues the gates are for. After the merge it must pass.
"""
from __future__ import annotations

import pytest

from helpers import REPO
from course.exam import audit
from course.exam.audit import Gates
from course.exam.bank import Question, load_pools

FIXTURE = REPO / "tests" / "fixtures" / "exam"
QUALIFIED = "A team must pick a design for case {n} with the LEAST operational overhead. Which option fits?"
PLAIN = "A team must pick a design for case {n} that runs on a small table today. Which option fits?"


def q(n=1, answer=("B",), options=None, stem=None, pool="practice", task="1.3"):
    multiple = len(answer) > 1
    # option A is the longest, so the default key B is not
    options = options or {k: f"Use design {k} with the table, its index and the SDK's default retries" + "!" * (k == "A")
                          for k in ("ABCDE" if multiple else "ABCD")}
    prefix = "p-" if pool == "practice" else ""
    return Question(id=f"{prefix}d{task[0]}t{task[2]}-{n:03d}", domain=int(task[0]), task=task,
                    type="multiple" if multiple else "single", stem=(stem or QUALIFIED).format(n=n),
                    options=options, answer=tuple(answer), explanations={k: "why" for k in options},
                    services=("DynamoDB",), week="week4_dynamodb", topic="capacity", pool=pool)


def longer(key, n):
    """A single-response item whose key ``key`` is its longest option."""
    options = {k: "Use a queue" for k in "ABCD"}
    options[key] = "Use a queue with a dead-letter queue and a redrive policy"
    return q(n, (key,), options)


def test_longest_key_gate():
    clean = [longer("A", 1)] + [q(i) for i in range(2, 5)]  # 1 of 4 = 25 %
    assert audit.longest_key(clean) == [] and audit.longest_key_share(clean) == 0.25
    planted = clean + [longer("B", 5)]  # 2 of 5 = 40 %
    assert audit.longest_key(planted) and "40.0%" in audit.longest_key(planted)[0]
    assert audit.is_longest_key(longer("C", 6)) and not audit.is_longest_key(q(7))


def test_key_letter_balance_gate_single_and_multiple_apart():
    gates = Gates(letter_min_expected=2)
    single = [q(i, ("ABCD"[i % 4],)) for i in range(40)]
    multiple = [q(100 + i, tuple(sorted({"ABCDE"[i % 5], "ABCDE"[(i + 2) % 5]}))) for i in range(20)]
    assert audit.key_letter_balance(single + multiple, gates) == []
    skewed_single = [q(i, ("A",) if i < 20 else ("ABCD"[i % 4],)) for i in range(40)]
    problems = audit.key_letter_balance(skewed_single + multiple, gates)
    assert problems and all(p.startswith("single response") for p in problems)
    e_heavy = [q(100 + i, ("E", "ABCD"[i % 4])) for i in range(20)]  # E in every item, as in the old bank
    problems = audit.key_letter_balance(single + e_heavy, gates)
    assert any(p.startswith("multiple response: E") for p in problems)


@pytest.mark.parametrize("stem", [
    "Which solution meets these requirements with the LEAST operational overhead?",
    "Which approach is the MOST cost-effective?", "Which option is MOST secure?",
    "Which change needs the fewest code changes?", "How can the team do this without changing the code?",
    "Which solution gives the lowest latency?", "What is the MOST likely cause?",
])
def test_qualifier_patterns_match_exam_phrases(stem):
    assert audit.has_qualifier(stem)


def test_qualifier_gate():
    half = [q(i, stem=QUALIFIED if i % 2 else PLAIN) for i in range(10)]
    assert audit.qualifiers(half) == [] and not audit.has_qualifier(PLAIN)
    planted = half + [q(11, stem=PLAIN)]
    assert audit.qualifiers(planted) and "45.5%" in audit.qualifiers(planted)[0]


def test_multiple_response_shape_gate():
    two_of_five = [q(i, ("A", "C")) for i in range(9)]
    assert audit.multiple_response_shapes(two_of_five)
    three_keys = q(20, ("A", "C", "E"))
    six_options = q(21, ("A", "F"), options={k: f"Use design {k} for the table today" for k in "ABCDEF"})
    assert audit.multiple_response_shapes(two_of_five + [three_keys]) == []
    assert audit.multiple_response_shapes(two_of_five + [six_options]) == []
    assert audit.mr_shapes(two_of_five + [three_keys]) == {"2 of 5": 9, "3 of 5": 1}


def test_name_the_service_gate():
    named = q(1, options={"A": "Amazon SQS", "B": "Amazon SNS", "C": "AWS Step Functions", "D": "Amazon MQ"})
    assert audit.name_the_service([named, q(2)]) == [f"{named.id}: a name-the-service item (every option is a "
                                                      "bare name); make each option a workable solution that "
                                                      "breaks one stated constraint"]
    assert audit.name_the_service([q(2)]) == []


def test_pools_disjoint_gate():
    mock = [q(1, pool="mock", stem="A retailer stores carts in DynamoDB and reads them on every page view. "
                                   "Which cache fits with the LEAST effort?")]
    practice = [q(1, pool="practice", stem="An IoT company streams sensor data every second and needs ordering "
                                           "per device. Which service fits MOST cost-effectively?")]
    assert audit.pools_disjoint({"mock": mock, "practice": practice}) == []
    twin = q(2, pool="practice", stem="A retailer stores carts in DynamoDB and reads them on each page view. "
                                      "Which cache fits with the LEAST effort?")
    problems = audit.pools_disjoint({"mock": mock, "practice": practice + [twin]})
    assert len(problems) == 1 and problems[0].startswith("across pools: near-duplicate stems")
    same_id = Question(**{**mock[0].__dict__, "pool": "practice"})
    assert audit.pools_disjoint({"mock": mock, "practice": [same_id]})[0] == "id d1t3-001 is in both pools"


def test_size_and_per_task_gates_are_configurable():
    pools = load_pools(FIXTURE)
    small = Gates(min_practice=6, min_total=10)
    assert audit.pool_sizes(pools, small) == []
    assert audit.pool_sizes(pools, Gates(min_practice=7, min_total=10)) == [
        "the practice pool has 6 questions; at least 7 needed"]
    assert "the two pools hold 10 questions; at least 600 needed" in audit.pool_sizes(pools)
    problems = audit.audit_pools(pools, REPO, Gates(min_practice=6, min_total=10, min_per_task={"practice": 1}))
    assert any(p.startswith("[practice] task statement 4.3 has 0") for p in problems)  # counted per pool
    assert not any("at least 600" in p for p in problems)


def test_cue_figures_are_printed(capsys, monkeypatch):
    monkeypatch.setenv("COURSE_QUESTIONS", str(FIXTURE))
    assert audit.main() == 1  # the tiny fixture cannot pass the real size gates
    out = capsys.readouterr().out
    for figure in ("longest option is the key (single)", "stems with an exam qualifier",
                   "multiple-response shapes: {'2 of 5': 1, '3 of 6': 1}", "key letters, single",
                   "== practice pool: 6 questions", "the practice pool has 6 questions; at least 340"):
        assert figure in out, figure


def test_the_real_bank_passes_every_gate():
    """Expected to FAIL on the `exam` branch alone (no practice pool yet, old cues in the mock pool);
    it must PASS once the question writers' branches are merged."""
    pools, problems = audit.read_pools(REPO / "questions")
    problems += audit.audit_pools(pools, REPO)
    assert problems == [], f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])
