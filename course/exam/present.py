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


# ---------------------------------------------------------------------------------------- HTML results
def _esc(text: str) -> str:
    import html

    return html.escape(" ".join(str(text).split()))


def seconds_text(seconds: float | None) -> str:
    if seconds is None:
        return "untimed"
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def summary_html(result: Result, seconds_used: float | None = None, expired: bool = False) -> str:
    """The headline: scaled score against the pass line, correct count, time used."""
    mark = pass_mark()
    verdict, colour = ("at or above", "#1c6e3d") if result.scaled >= mark else ("below", "#b4481c")
    time_note = f" · time used {seconds_text(seconds_used)}" if seconds_used is not None else ""
    expired_note = " · <b>time ran out: submitted automatically</b>" if expired else ""
    return (f'<div class="exam-summary" style="font-size:1.15em;margin:.4em 0">'
            f'<b style="color:{colour};font-size:1.4em">{result.scaled}</b> scaled '
            f'({result.correct} of {len(result.marks)} correct): {verdict} the pass mark of {mark}'
            f'{time_note}{expired_note}</div>')


def review_order(result: Result, flagged: set[int] = frozenset(), show_all: bool = False) -> list[int]:
    """Question indexes to review: wrong ones first, then flagged right ones; every question if ``show_all``
    (the rest after those)."""
    wrong = [i for i, m in enumerate(result.marks) if not m.correct]
    marked = [i for i in sorted(flagged) if result.marks[i].correct]
    rest = [i for i in range(len(result.marks)) if i not in wrong and i not in marked] if show_all else []
    return wrong + marked + rest


def review_html(result: Result, flagged: set[int] = frozenset(), show_all: bool = False) -> str:
    """Each question to review with the learner's pick, the key, every option's explanation, and a link to
    the course section that teaches it (relative to a week-8 notebook, so JupyterLab opens it)."""
    from .readiness import section_target

    order = review_order(result, flagged, show_all)
    if not order:
        return "<p><b>Nothing to review:</b> every answer is right and nothing is flagged. " \
               "Show all questions to read the explanations anyway.</p>"
    blocks = []
    for i in order:
        mark = result.marks[i]
        q = mark.question
        state = "right" if mark.correct else ("blank" if mark.picked is None else "wrong")
        colour = {"right": "#1c6e3d", "wrong": "#b4481c", "blank": "#8a6d00"}[state]
        flag = " · flagged" if i in flagged else ""
        label, href = section_target(q.week, q.topic)
        rows = []
        for letter, text in q.options.items():
            key = letter in q.answer
            picked = letter in (mark.picked or ())
            sign = "✔" if key else ("✘" if picked else "")
            style = "background:#e8f4ec;" if key else ("background:#fbe9e2;" if picked else "background:#fff;")
            cell = "text-align:left;vertical-align:top;padding:.3em .5em"
            rows.append(f'<tr style="{style}"><td style="{cell};width:2.6em"><b>{letter}</b> {sign}</td>'
                        f'<td style="{cell}">{_esc(text)}<br><span style="color:#444">'
                        f'<i>{"Why it is right" if key else "Why not"}:</i> {_esc(q.explanations[letter])}</span></td></tr>')
        blocks.append(
            f'<div class="exam-review-item" style="border-left:4px solid {colour};padding:.3em .8em;margin:.8em 0">'
            f'<div><b>Q{i + 1}</b> <span style="color:{colour}"><b>{state}</b></span>{flag} · '
            f'domain {q.domain}, task {q.task} · {q.id} · you picked {", ".join(mark.picked) if mark.picked else "nothing"}'
            f', the answer is {", ".join(q.answer)}</div>'
            f'<p style="margin:.4em 0">{_esc(q.stem)}</p>'
            f'<table style="border-collapse:collapse;width:100%;margin:0">{"".join(rows)}</table>'
            f'<div style="margin-top:.3em">Study: <a href="{_esc(href)}">{_esc(label)}</a></div></div>')
    return "\n".join(blocks)


def result_chart(result: Result, title: str = "Your result"):
    """The per-domain and per-task-statement chart of one attempt."""
    from course.charts import exam as exam_charts

    from .bank import DOMAINS
    from .scoring import scaled_score

    tasks = list(result.by_task)
    return exam_charts.result_breakdown(
        [f"D{d} {DOMAINS[d].split()[0]}" for d in result.by_domain],
        [scaled_score(c / n) for c, n in result.by_domain.values()],
        tasks, [result.by_task[t][0] for t in tasks], [result.by_task[t][1] for t in tasks],
        result.scaled, pass_mark(), title)
