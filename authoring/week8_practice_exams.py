# %% [markdown]
# # Week 8: practice exams
#
# [← Week 7: advanced IAM and monitoring](../week7_advanced_iam_monitoring/week7_advanced_iam_monitoring.ipynb) ·
# [Practice exam 1 →](../week8_mock1/week8_mock1.ipynb)
#
# The 2019 notes end with two weeks of practice papers. This week is the course's exam trainer: an
# original bank of scenario questions written for this course (never taken from a public question bank),
# each with an explanation for every option, a note of the task statement it tests and the week that
# teaches it.
#
# **Learning goals.** After this week you can:
#
# 1. work to the exam's format and pace (65 questions, single and multiple response);
# 2. find your weakest domains and task statements from your own results;
# 3. go back to the exact course section that teaches what you missed;
# 4. sit a timed mock on screen, and come back to your misses on a schedule that makes them stick.
#
# **Three ways to practise.**
#
# | | what | graded by |
# |---|---|---|
# | drills and spaced review | a few questions in the on-screen simulator (one question at a time, a timer, flags, a review); "retry my misses"; a spaced-review queue | this notebook, at once; every attempt is saved |
# | a fresh mock | 65 questions drawn by the exam's domain weights in the same simulator, 130 minutes, no pause | this notebook, at once; saved |
# | practice exams 1–4 | four fixed mocks that share no question: [1](../week8_mock1/week8_mock1.ipynb), [2](../week8_mock2/week8_mock2.ipynb), [3](../week8_mock3/week8_mock3.ipynb), [4](../week8_mock4/week8_mock4.ipynb) | nbgrader, like every week; feedback explains each option |
#
# The questions come in **two pools that share no question**: the simulator draws only from the
# *practice pool* (`questions/practice/`), and the four graded practice exams use the *mock pool*
# (`questions/bank/`), so drilling here never spoils a graded exam. In a class both pools stay with the
# instructor, so that the keys never reach a learner: there the setup cell says what is available (the
# graded practice exams and their readiness reports).

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true}
from course.offline import isolate_aws
isolate_aws()
from collections import Counter

from course import facts
from course.charts import exam as exam_charts
from course.exam.bank import DOMAINS, TASKS
from course.exam.draw import draw_mock, quotas, domain_weights
from course.exam.readiness import report
from course.exam.trainer import Trainer

trainer = Trainer()
print(trainer.status())

# %% [markdown]
# ## 1. The exam
#
# The figures below come from the course's fact table (source: the DVA-C02 exam guide). Only the scored
# questions count; the unscored ones are there to try out new questions and you cannot tell which they are,
# so treat every question as scored. Results come as a **scaled score** from 100 to 1,000 with a pass mark,
# and a report of how you did per domain.

# %%
for key in ("exam.questions_total", "exam.questions_scored", "exam.duration_minutes", "exam.pass_mark"):
    fact = facts.get(key)
    print(f"{fact.description}: {fact.value} {fact.unit}  [{fact.citation}]")

# %% [markdown]
# The four domains carry different weights, so a mock exam gives each a matching number of questions.
# Security and Development together are more than half of the exam.

# %%
weights = domain_weights()
per_mock = quotas(int(facts.value("exam.questions_total")), weights)
exam_charts.domain_weights([f"{d} {DOMAINS[d]}" .replace(" with AWS Services", "").replace(" and Optimization", "")
                            for d in DOMAINS], [weights[d] * 100 for d in DOMAINS], [per_mock[d] for d in DOMAINS])

# %% [markdown]
# **Exam tips.** Multiple-response questions say how many to pick ("Select TWO"); the exam gives no
# partial credit, so a question with one right and one wrong pick scores nothing. Unanswered questions are
# wrong and there is no penalty for guessing: answer everything. Most questions are scenarios: underline
# the requirement words (*least operational overhead*, *most cost-effective*, *without changing code*)
# before you read the options.
#
# ## 2. The practice pool
#
# Every task statement of the exam guide has questions; the audit (`python -m course.exam.audit`) keeps
# both pools honest: no duplicate or near-duplicate stems and none shared between the pools, answer
# letters balanced, the key not simply the longest option, at least half of the stems with an exam
# qualifier, no answer that contradicts the fact tables, every question pointing at a week that exists.

# %%
single = Counter(q.task for q in trainer.pool if not q.multiple)
multiple = Counter(q.task for q in trainer.pool if q.multiple)
print(f"{len(trainer.pool)} questions in the practice pool")
exam_charts.bank_coverage(list(TASKS), [single[t] for t in TASKS], [multiple[t] for t in TASKS])

# %% [markdown]
# ## 3. A drill in the simulator
#
# Run the cell: five questions at the exam's pace (two minutes each). Click an option (radio buttons for
# one answer; check boxes for "Select TWO" / "Select THREE", which refuse a click past the number), move
# with **Back** and **Next** or the grid, **Flag for review** what you want to see again, and **Submit**
# (it warns you about blank questions first). The result shows your scaled score against the 720 line, a
# chart per domain and task statement, and a review of the wrong and flagged questions with every
# option's explanation and a link to the section that teaches it.
#
# Change it as you like: `trainer.drill(10, domain=2)`, `trainer.drill(8, task="1.3")`, or
# `trainer.drill(5, study=True)` for a timer you can pause.

# %%
trainer.drill(5)

# %% [markdown]
# ## 4. Your history
#
# Every submitted attempt is saved as a small file in `my-work/.exam-history/`. The table lists them; the
# chart shows your scaled score over attempts (thick line) and each domain (thin lines) against the pass
# line. Run the cell again after an attempt.

# %%
trainer.history()

# %% [markdown]
# ## 5. Spaced review and retrying your misses
#
# `trainer.review()` is a spaced-repetition queue (Leitner boxes): a question you miss comes back the
# next day; one you get right moves up a box and comes back after 2, 4, 8, then 16 days. Due questions
# come first, then questions you have never seen, spread over the task statements. `trainer.retry_misses()`
# drills exactly what you missed in your last attempt.

# %%
trainer.review(10)

# %%
trainer.retry_misses()

# %% [markdown]
# ## 6. A full mock
#
# When the drills go well, sit a full mock: 65 questions in the exam's proportions, 130 minutes, no pause.
# Set `SIT_FULL_MOCK = True` and run the cell when you have the time.

# %%
SIT_FULL_MOCK = False
trainer.mock() if SIT_FULL_MOCK else print("Set SIT_FULL_MOCK = True to start a 130-minute mock.")

# %% [markdown]
# ## 7. What a result looks like, and the readiness report
#
# Below, a made-up learner who is strong on Development and weak on Deployment. The chart is the one
# the simulator draws after each attempt; the readiness report (also printed after a graded practice
# exam) names the task statements to work on first, with links to the sections that teach them. (The
# scaled score is a straight-line estimate, `100 + 900 x fraction correct`; AWS does not publish how it
# scales scores.)

# %%
import random

from course.exam.present import result_chart

mock = draw_mock(trainer.pool, seed=42) if len(trainer.pool) >= 65 else trainer.pool
strength = {1: 0.85, 2: 0.7, 3: 0.45, 4: 0.65}
rng = random.Random(1)
simulated = {n: (list(q.answer) if rng.random() < strength[q.domain] else None) for n, q in enumerate(mock, start=1)}
readiness = report(mock, simulated) if mock else None
readiness if mock else print(trainer.problem, "The graded practice exams print this report after grading.")

# %%
if mock:
    display(result_chart(readiness.result, "A made-up learner"))
else:  # class mode: the same chart from made-up numbers
    display(exam_charts.result_breakdown(["D1 Development", "D2 Security", "D3 Deployment", "D4 Troubleshooting"],
                                         [865, 730, 505, 685], list(TASKS), [5, 4, 6, 5, 3, 4, 2, 1, 2, 2, 3, 3, 3],
                                         [6, 6, 8, 6, 5, 6, 4, 4, 4, 3, 4, 4, 4], 710, 720, "A made-up learner"))

# %% [markdown]
# ## 8. The graded practice exams
#
# Practice exams 1–4 are nbgrader assignments: open one, answer on its answer sheet (one line per
# question, `1: "B",`), run its check cell (it tells you about blank or malformed answers and nothing
# about right or wrong), and grade it (`./run.sh grade week8_mock1` on your own, or your instructor's
# autograde). The hidden tests score every question the exam's way and print why each option is right or
# wrong into your feedback. Then `python -m course.exam.readiness week8_mock1` prints your readiness
# report and saves its chart.
#
# [← Week 7](../week7_advanced_iam_monitoring/week7_advanced_iam_monitoring.ipynb) ·
# [Practice exam 1 →](../week8_mock1/week8_mock1.ipynb)
