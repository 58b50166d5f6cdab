"""Show questions and results in a notebook (Markdown when IPython is there, plain text otherwise)."""
from __future__ import annotations

from .bank import Question
from .scoring import Result, explain, pass_mark


def questions_markdown(questions: list[Question]) -> str:
    blocks = []
    for number, q in enumerate(questions, start=1):
        kind = f"Select {len(q.answer)}" if q.multiple else "single response"
        options = "\n".join(f"- **{letter}.** {text.strip()}" for letter, text in q.options.items())
        blocks.append(f"**Q{number}** *(domain {q.domain}, task {q.task}, {kind})*\n\n{q.stem.strip()}\n\n{options}")
    return "\n\n---\n\n".join(blocks)


def _display_markdown(text: str) -> None:
    try:
        from IPython.display import Markdown, display
    except ImportError:
        print(text)
        return
    display(Markdown(text))


def show(questions: list[Question]) -> None:
    """Display a drill or a mock for answering."""
    _display_markdown(questions_markdown(questions))


def answer_template(questions: list[Question]) -> dict:
    """{1: None, 2: None, ...}: fill in letters ("B") or lists (["A", "D"])."""
    return {number: None for number in range(1, len(questions) + 1)}


def show_result(result: Result) -> None:
    """Score line, then every question with the learner's pick, the key and each option's explanation."""
    head = f"{result.correct} of {len(result.marks)} correct: scaled score {result.scaled} (pass mark {pass_mark()})"
    print(head)
    print("=" * len(head))
    for number, mark in enumerate(result.marks, start=1):
        print(f"\nQ{number} " + explain(mark))
