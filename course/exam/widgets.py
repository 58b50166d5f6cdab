"""The exam simulator's screen (ipywidgets): a thin view over ``simulator.ExamSession``.

Every rule (what a click may do, the clock, scoring, expiry) lives in the session; this module only draws
it and forwards clicks. One question per screen; radio buttons for one answer, check boxes for "Select N"
(a click past N is refused with a note); Back / Next; Flag for review; a grid of every question (answered,
flagged, blank); a countdown (a clock thread ticks once a second; time up submits); Submit with a warning
about blank questions; then the result: scaled score, a chart per domain and task statement, and the review.
"""
from __future__ import annotations

import base64
import html
import threading
from collections.abc import Callable

import ipywidgets as w

from .present import result_chart, review_html, seconds_text, summary_html
from .scoring import AnswerError
from .simulator import ExamSession, SessionOver

GRID_COLOURS = {"answered": "#2a7fbf", "flagged": "#e0a030", "partial": "#9cc4e4", "blank": "#d9d9d9"}
CSS = """<style>
.exam-sim .widget-radio-box label, .exam-sim .widget-checkbox label { white-space: normal !important;
  line-height: 1.35; height: auto !important; }
.exam-sim .widget-radio-box label { margin: .35em 0; }
.exam-sim .widget-checkbox { height: auto !important; margin: .3em 0; }
.exam-sim .exam-grid button { min-width: 0; padding: 0; font-size: 12px; }
.exam-sim .exam-grid .exam-current { outline: 2px solid #222; outline-offset: 1px; font-weight: bold; }
.exam-sim .exam-stem { font-size: 1.05em; line-height: 1.45; }
</style>"""


def _png_output(fig) -> dict:
    return {"output_type": "display_data", "metadata": {},
            "data": {"image/png": base64.b64encode(fig._repr_png_()).decode(), "text/plain": "<chart>"}}


def _html_output(html: str) -> dict:
    return {"output_type": "display_data", "metadata": {}, "data": {"text/html": html, "text/plain": "<html>"}}


class SimulatorView:
    """The widget tree for one session. ``ticking=False`` starts no clock thread (tests call ``tick()``)."""

    def __init__(self, session: ExamSession, ticking: bool = True,
                 on_result: Callable[["SimulatorView"], None] | None = None):
        self.session = session
        self.on_result = on_result
        self._syncing = False
        self._lock = threading.RLock()
        self._stop = threading.Event()
        s = session
        self.title = w.HTML()
        self.title.add_class("exam-title")
        self.clock = w.HTML()
        self.pause_button = w.Button(description="Pause", icon="pause", layout=w.Layout(width="110px"),
                                     tooltip="Study drills only: the exam does not stop")
        self.pause_button.on_click(self._toggle_pause)
        self.stem = w.HTML()
        self.stem.add_class("exam-stem")
        self.radio = w.RadioButtons(options=[], index=None, layout=w.Layout(width="100%"))
        self.radio.observe(self._radio_changed, "index")
        self.boxes: list[w.Checkbox] = []
        self.options = w.VBox(layout=w.Layout(width="100%"))
        self.note = w.HTML()
        self.back_button = w.Button(description="Back", icon="arrow-left")
        self.next_button = w.Button(description="Next", icon="arrow-right")
        self.flag_button = w.ToggleButton(description="Flag for review", icon="flag")
        self.submit_button = w.Button(description="Submit", button_style="primary", icon="check")
        for name, button in (("back", self.back_button), ("next", self.next_button), ("flag", self.flag_button),
                             ("submit", self.submit_button), ("pause", self.pause_button)):
            button.add_class(f"exam-{name}")
        self.back_button.on_click(lambda _: self._navigate(s.back))
        self.next_button.on_click(lambda _: self._navigate(s.next))
        self.flag_button.observe(self._flag_changed, "value")
        self.submit_button.on_click(self._ask_submit)
        self.grid_buttons = [w.Button(description=str(i + 1), layout=w.Layout(width="34px", height="28px"),
                                      tooltip=f"Question {i + 1}") for i in range(len(s.questions))]
        for i, button in enumerate(self.grid_buttons):
            button.on_click(lambda _, n=i + 1: self._navigate(lambda: s.go(n)))
        self.grid = w.GridBox(self.grid_buttons, layout=w.Layout(
            grid_template_columns="repeat(13, 36px)", grid_gap="3px", margin="0.4em 0"))
        self.grid.add_class("exam-grid")
        self.legend = w.HTML()
        self.confirm = w.VBox()
        self.question_panel = w.VBox([self.stem, self.options, self.note])
        self.output = w.Output()
        self.review = w.Output()
        self.review_all = w.ToggleButton(description="Show all questions", icon="list", layout=w.Layout(width="200px"))
        self.review_all.add_class("exam-review-all")
        self.review_all.observe(lambda _: self._draw_review(), "value")
        toolbar = [self.title, self.clock] + ([self.pause_button] if s.pausable else [])
        self.exam_panel = w.VBox([
            w.HBox(toolbar, layout=w.Layout(justify_content="space-between", align_items="center")),
            self.question_panel,
            w.HBox([self.back_button, self.next_button, self.flag_button, self.submit_button]),
            self.confirm, self.legend, self.grid])
        self.result_panel = w.VBox([])
        self.root = w.VBox([w.HTML(CSS), self.exam_panel, self.result_panel],
                           layout=w.Layout(max_width="980px"))
        self.root.add_class("exam-sim")
        s.on_submit.append(self._submitted)
        self.render()
        if ticking and s.limit is not None:
            threading.Thread(target=self._run_clock, daemon=True, name="exam-clock").start()

    # ------------------------------------------------------------------ drawing
    def render(self) -> None:
        with self._lock:
            s = self.session
            q, n = s.current, s.position + 1
            kind = f"Select {['', 'ONE', 'TWO', 'THREE', 'FOUR'][len(q.answer)]}" if q.multiple else "Single response"
            self.title.value = (f"<b>{s.title}</b> · question <b>{n}</b> of {len(s.questions)} · "
                                f"domain {q.domain}, task {q.task}")
            self._draw_clock()
            tag = "" if "select" in q.stem.lower() else f" <i>({kind})</i>"  # most stems say "(Select TWO.)"
            self.stem.value = f"<p><b>Q{n}.</b> {html.escape(q.stem)}{tag}</p>"
            self._syncing = True
            try:
                if q.multiple:
                    self.boxes = [w.Checkbox(value=letter in s.picks[s.position], description=f"{letter}. {text}",
                                             indent=False, layout=w.Layout(width="100%")) for letter, text in q.options.items()]
                    for letter, box in zip(q.options, self.boxes):
                        box.observe(lambda change, l=letter: self._box_changed(l, change), "value")
                    self.options.children = self.boxes
                else:
                    self.radio.options = [f"{letter}. {' '.join(text.split())}" for letter, text in q.options.items()]
                    picked = list(s.picks[s.position])
                    self.radio.index = list(q.options).index(picked[0]) if picked else None
                    self.options.children = [self.radio]
                self.flag_button.value = s.position in s.flagged
            finally:
                self._syncing = False
            paused = s.paused
            self.question_panel.layout.display = "none" if paused else None
            self.pause_button.description, self.pause_button.icon = ("Resume", "play") if paused else ("Pause", "pause")
            self.back_button.disabled = s.position == 0
            self.next_button.disabled = s.position == len(s.questions) - 1
            for i, button in enumerate(self.grid_buttons):
                status = s.status(i)
                button.style.button_color = GRID_COLOURS[status]
                button.tooltip = f"Question {i + 1}: {status}"
                (button.add_class if i == s.position else button.remove_class)("exam-current")
            c = s.counts()
            self.legend.value = (
                f"<span style='color:{GRID_COLOURS['answered']}'>■</span> answered {c['answered']} &nbsp; "
                f"<span style='color:{GRID_COLOURS['flagged']}'>■</span> flagged {c['flagged']} &nbsp; "
                f"<span style='color:#999'>■</span> blank {c['blank']}")

    def _draw_clock(self) -> None:
        left = self.session.remaining()
        if left is None:
            self.clock.value = "untimed"
            return
        colour = "#b4481c" if left < 300 else "#222"
        state = " (paused)" if self.session.paused else ""
        self.clock.value = f"time left <span style='font-size:1.2em;color:{colour}'><b>{seconds_text(left)}</b></span>{state}"

    def _say(self, text: str, colour: str = "#b4481c") -> None:
        self.note.value = f"<span style='color:{colour}'>{text}</span>" if text else ""

    # ------------------------------------------------------------------ events
    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
            self._say("")
        except (AnswerError, SessionOver, RuntimeError) as error:
            self._say(str(error))
        if not self.session.submitted:
            self.render()

    def _navigate(self, move: Callable[[], None]) -> None:
        self.confirm.children = []
        self._act(move)

    def _radio_changed(self, change) -> None:
        if self._syncing or change["new"] is None:
            return
        letter = list(self.session.current.options)[change["new"]]
        self._act(lambda: self.session.choose(letter))

    def _box_changed(self, letter: str, change) -> None:
        if self._syncing:
            return
        self._act(lambda: self.session.toggle(letter))

    def _flag_changed(self, change) -> None:
        if not self._syncing:
            self._act(lambda: self.session.flag(change["new"]))

    def _toggle_pause(self, _=None) -> None:
        self._act(self.session.resume if self.session.paused else self.session.pause)

    def _ask_submit(self, _=None) -> None:
        warning = self.session.submit_warning()
        if not warning:
            self.submit()
            return
        yes = w.Button(description="Submit anyway", button_style="danger")
        no = w.Button(description="Keep working")
        yes.add_class("exam-submit-anyway")
        yes.on_click(lambda _: self.submit())
        no.on_click(lambda _: setattr(self.confirm, "children", []))
        self.confirm.children = [w.HTML(f"<p style='color:#b4481c'><b>Before you submit:</b> {warning}</p>"),
                                 w.HBox([yes, no])]

    def submit(self) -> None:
        self.session.submit()  # calls _submitted through on_submit

    # ------------------------------------------------------------------ clock
    def tick(self) -> None:
        if self.session.tick():
            return
        with self._lock:
            self._draw_clock()

    def _run_clock(self) -> None:
        while not self._stop.wait(1.0) and not self.session.submitted:
            try:
                self.tick()
            except Exception as error:  # never let the clock thread die silently
                self._say(f"clock stopped: {error}")
                return

    # ------------------------------------------------------------------ result
    def _submitted(self, session: ExamSession) -> None:
        self._stop.set()
        with self._lock:
            self.exam_panel.layout.display = "none"
            result = session.result
            head = w.HTML(summary_html(result, session.used(), session.expired))
            chart = w.Output()
            chart.outputs = (_png_output(result_chart(result, f"{session.title}: your result")),)
            self.result_panel.children = [head, chart, w.HTML("<h3>Review: wrong and flagged questions first</h3><p style='color:#555'>"
                                                 "Each <i>Study</i> link opens the week that teaches the question; "
                                                 "if that notebook was not open yet, click the link once more to "
                                                 "jump to the section.</p>"),
                                          self.review_all, self.review]
            self._draw_review()
        if self.on_result:
            self.on_result(self)

    def _draw_review(self) -> None:
        s = self.session
        if s.result is None:
            return
        self.review.outputs = (_html_output(review_html(s.result, s.flagged, self.review_all.value)),)


def show(session: ExamSession, **kw) -> SimulatorView:
    """Display the simulator for ``session`` in the notebook and return the view."""
    from IPython.display import display

    view = SimulatorView(session, **kw)
    display(view.root)
    return view
