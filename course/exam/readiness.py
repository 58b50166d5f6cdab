"""The exam-readiness report: a scaled score with the pass line, a per-domain chart, and the weakest task
statements with links to the course sections that teach them.

    python -m course.exam.readiness week8_mock1 --student me   # after grading a mock with nbgrader
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .bank import DOMAINS, TASKS, Question
from .scoring import Mark, Result, pass_mark, score

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "questions" / "mocks.json"


def headings(week: str, root: Path = ROOT) -> list[str]:
    """Markdown headings of a week's notebook (from its authoring file)."""
    path = root / "authoring" / f"{week}.py"
    if not path.exists():
        return []
    # sections only (## and deeper): the title (#) names the whole week
    return [m.group(2).strip() for m in re.finditer(r"^# (#{2,4}) (.+)$", path.read_text(), re.M)]


def section_target(week: str, topic: str, root: Path = ROOT) -> tuple[str, str]:
    """(label, href) of the heading of ``week`` whose words best match ``topic`` (the week itself if none
    does). The href is relative to a week-8 notebook and ends in JupyterLab's heading anchor (the heading's
    text with spaces as hyphens), so it opens the notebook at that section."""
    words = set(re.findall(r"[a-z0-9]+", topic.lower()))
    best, overlap = None, 0
    for heading in headings(week, root):
        found = len(words & set(re.findall(r"[a-z0-9]+", heading.lower())))
        if found > overlap:
            best, overlap = heading, found
    target = f"../{week}/{week}.ipynb"
    if not best:
        return week, target
    text = re.sub(r"[`*_]", "", best).strip()
    return f"{week}: {text}", f"{target}#{text.replace(' ', '-')}"


def section_link(week: str, topic: str, root: Path = ROOT) -> str:
    """The Markdown link to the section that teaches ``topic`` (see section_target)."""
    label, href = section_target(week, topic, root)
    return f"[{label}]({href})"


@dataclass
class Readiness:
    result: Result

    @property
    def weakest(self) -> list[tuple[str, float, int]]:
        """Task statements from weakest up: (task, fraction correct, questions asked)."""
        rows = [(t, c / n, n) for t, (c, n) in self.result.by_task.items() if n]
        return sorted(rows, key=lambda r: (r[1], -r[2]))

    def links(self, task: str, limit: int = 3) -> list[str]:
        missed = [m.question for m in self.result.marks if m.question.task == task and not m.correct]
        seen, out = set(), []
        for q in missed:
            link = section_link(q.week, q.topic)
            if link not in seen:
                seen.add(link)
                out.append(link)
        return out[:limit]

    def markdown(self, weakest: int = 3) -> str:
        r = self.result
        verdict = "at or above" if r.passed else "below"
        lines = [f"**Scaled score {r.scaled}** on the 100–1000 scale ({r.correct} of {len(r.marks)} correct): "
                 f"{verdict} the pass mark of {pass_mark()}.", "", "| domain | correct | share |", "|---|---|---|"]
        for d, (c, n) in r.by_domain.items():
            lines.append(f"| {d} {DOMAINS[d]} | {c}/{n} | {c / n:.0%} |")
        lines += ["", "**Work on these task statements first:**", ""]
        for task, frac, n in self.weakest[:weakest]:
            links = ", ".join(self.links(task)) or "all correct"
            lines.append(f"- **{task} {TASKS[task]}**: {frac:.0%} of {n} — read {links}")
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:  # a notebook shows the report with clickable links
        return self.markdown()

    def chart(self, title: str = "Readiness by domain"):
        """Bars of each domain's scaled score against the pass line."""
        from course.charts import new_figure, source_note
        from .scoring import scaled_score

        fig = new_figure(title, "", "scaled score (100-1000)", width=7.5, height=4)
        ax = fig.axes[0]
        names = [f"D{d} {DOMAINS[d].split()[0]}" for d in self.result.by_domain]
        values = [scaled_score(c / n) for c, n in self.result.by_domain.values()]
        colours = ["#2a7fbf" if v >= pass_mark() else "#e07b39" for v in values]
        ax.bar(names, values, color=colours)
        ax.axhline(pass_mark(), color="0.2", linestyle="--", linewidth=1)
        ax.text(len(names) - 0.5, pass_mark() + 12, f"pass {pass_mark()}", ha="right", fontsize=9)
        ax.axhline(self.result.scaled, color="#2a7fbf", linewidth=0.8, alpha=0.6)
        ax.text(-0.4, self.result.scaled + 12, f"overall {self.result.scaled}", fontsize=9, color="#2a7fbf")
        ax.set_ylim(100, 1000)
        source_note(fig, "Scaled = 100 + 900 x fraction correct (a linear estimate; AWS does not publish its scaling). "
                         "Pass mark: fact exam.pass_mark.")
        return fig


def report(questions: list[Question], answers: dict) -> Readiness:
    return Readiness(score(questions, answers))


def mock_questions(mock: str, bank: list[Question], manifest: Path = MANIFEST) -> list[Question]:
    ids = json.loads(manifest.read_text())[mock]
    by_id = {q.id: q for q in bank}
    return [by_id[i] for i in ids]


def from_gradebook(db_url: str, mock: str, student: str, questions: list[Question]) -> Readiness:
    """Readiness of a student's graded mock: question N scored full marks in test cell qNNN_tests."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        full = {g.name: g.score is not None and g.score >= g.max_score
                for nb in gb.find_submission(mock, student).notebooks for g in nb.grades}
    marks = [Mark(q, q.answer if full.get(f"q{number:03d}_tests") else None)
             for number, q in enumerate(questions, start=1)]
    result = Result(marks)
    rebuilt = score(questions, {n: (q.answer if m.correct else None) for n, (q, m) in enumerate(zip(questions, marks), 1)})
    result.by_domain, result.by_task = rebuilt.by_domain, rebuilt.by_task
    return Readiness(result)


def main(argv: list[str] | None = None) -> int:
    from .bank import load_bank
    from course.grading.workers import load_config

    parser = argparse.ArgumentParser(prog="python -m course.exam.readiness")
    parser.add_argument("mock")
    parser.add_argument("--student", default="me")
    args = parser.parse_args(argv)
    questions = mock_questions(args.mock, load_bank())
    ready = from_gradebook(load_config(ROOT).CourseDirectory.db_url, args.mock, args.student, questions)
    print(ready.markdown())
    out = ROOT / "reports" / args.mock / f"readiness-{args.student}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    ready.chart(f"{args.mock}: readiness of {args.student}").savefig(out, dpi=110, bbox_inches="tight")
    print(f"chart: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
