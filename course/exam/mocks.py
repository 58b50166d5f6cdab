"""Build the graded mock exams (nbgrader assignments week8_mock1..N) from the bank.

    python -m course.exam.mocks            # authoring/week8_mockN.py + questions/mocks.json
    python -m course.authoring build && python -m course.authoring release week8_mock1 ...

Each mock is a notebook: the rules, the questions (stems and options only), an answer sheet (a plain dict
the learner fills in), and one locked test cell per question. A question's key and its per-option
explanations are in that cell's HIDDEN tests: they never reach release/, nbgrader restores them only
while grading, and after grading the feedback prints why every option is right or wrong.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .bank import Question, load_bank
from .draw import partition_mocks

ROOT = Path(__file__).resolve().parents[2]
COUNT = 4
SEED = 2026
POINTS = 1


def _md(text: str) -> str:
    return "\n".join(f"# {line}".rstrip() for line in text.strip("\n").split("\n"))


def _question_md(number: int, q: Question) -> str:
    kind = f"Select {len(q.answer)}" if q.multiple else "Single response"
    lines = [f"### Q{number}", f"*Domain {q.domain}, task {q.task} · {kind}*", "", q.stem.strip(), ""]
    lines += [f"- **{letter}.** {text.strip()}" for letter, text in q.options.items()]
    return _md("\n".join(lines))


def mock_source(name: str, number: int, count: int, questions: list[Question]) -> str:
    minutes = 130
    parts = ["# %% [markdown]", _md(f"""
# Practice exam {number} of {count}

[← Practice exams: drills and readiness](../week8_practice_exams/week8_practice_exams.ipynb)

{len(questions)} original questions in the proportions of the DVA-C02 exam guide's four domains. Allow
{minutes} minutes, as in the real exam, and do not look anything up.

**How to answer.** Read the questions, then fill in the **answer sheet** at the end: it has one line per
question, `1: "",`; put one letter between the quotes for a single-response question (`"B"`) and the
letters for a multiple-response one (`"AD"`, or a list `["A", "D"]`). A line left `""` is unanswered.
Then run the check cell below the sheet: it says which answers are blank or malformed (a letter the
question does not have, two letters for a single answer, the wrong count for "Select TWO") and nothing
about whether an answer is right.

**How it is scored.** As on the exam: a question counts only when you pick exactly its keys (no partial
credit, so the score estimates the real one); unanswered questions count as wrong; there is no penalty
for guessing. After grading, your feedback explains every option of every question, and
`python -m course.exam.readiness {name}` turns your result into a readiness report (scaled score, domains,
what to study next).
""")]
    for i, q in enumerate(questions, start=1):
        parts += ["", "# %% [markdown]", _question_md(i, q)]
    sheet = ["answers = {"]
    for i, q in enumerate(questions, start=1):
        hint = f"  # Select {len(q.answer)} of {''.join(q.options)}" if q.multiple else ""
        sheet.append(f'    {i}: "",{hint}')
    sheet.append("}")
    shapes = " ".join(f"{''.join(q.options)}:{len(q.answer)}" for q in questions)
    key = ", ".join(f"{i}: {list(q.answer)!r}" if q.multiple else f"{i}: {q.answer[0]!r}"
                    for i, q in enumerate(questions, start=1))
    parts += ["", "# %% [markdown]", _md("## Answer sheet"),
              "", '# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true}',
              "from course.offline import isolate_aws\nisolate_aws()\n"
              "from course.exam.answer_sheet import check_answer, check_sheet, grade_answer",
              "", '# %% nbgrader={"grade": false, "grade_id": "answer_sheet", "solution": true}',
              "\n".join(sheet),
              f"### BEGIN SOLUTION\nanswers.update({{{key}}})\n### END SOLUTION",
              "", '# %% nbgrader={"grade": false, "grade_id": "check_sheet", "locked": true}',
              f"check_sheet(answers, {shapes!r})",
              "", "# %% [markdown]", _md("## Checks\nOne cell per question; each earns its point when graded.")]
    for i, q in enumerate(questions, start=1):
        options = "".join(q.options)
        explanations = {k: " ".join(v.split()) for k, v in q.explanations.items()}
        parts += ["", f'# %% nbgrader={{"grade": true, "grade_id": "q{i:03d}_tests", "points": {POINTS}}}',
                  # hidden part first: every question is explained in the feedback, answered or not
                  "### BEGIN HIDDEN TESTS\n"
                  f"grade_answer(answers, {i}, {q.id!r}, {list(q.answer)!r}, {explanations!r})\n"
                  "### END HIDDEN TESTS\n"
                  f"check_answer(answers, {i}, {options!r}, {len(q.answer)})"]
    parts += ["", "# %% [markdown]", _md(f"""
## After the exam
Grade it (`./run.sh grade {name}` on your own, or your instructor's autograde), then read the feedback and
run `python -m course.exam.readiness {name}`. Back to
[the practice exams page](../week8_practice_exams/week8_practice_exams.ipynb).
""")]
    return "\n".join(parts) + "\n"


def build(root: Path = ROOT, count: int = COUNT, seed: int = SEED) -> list[Path]:
    bank = load_bank(root / "questions" / "bank")
    mocks = partition_mocks(bank, count, seed)
    manifest, written = {}, []
    for number, questions in enumerate(mocks, start=1):
        name = f"week8_mock{number}"
        manifest[name] = [q.id for q in questions]
        path = root / "authoring" / f"{name}.py"
        path.write_text(mock_source(name, number, count, questions))
        written.append(path)
    (root / "questions" / "mocks.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return written


def main() -> int:
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
