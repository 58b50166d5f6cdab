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
# 3. go back to the exact course section that teaches what you missed.
#
# **Three ways to practise.**
#
# | | what | graded by |
# |---|---|---|
# | drills | a few questions on one domain or task statement, drawn fresh from the bank | this notebook, at once |
# | a fresh mock | 65 questions drawn by the exam's domain weights with a seed of your choice | this notebook, at once |
# | practice exams 1–4 | four fixed mocks that share no question: [1](../week8_mock1/week8_mock1.ipynb), [2](../week8_mock2/week8_mock2.ipynb), [3](../week8_mock3/week8_mock3.ipynb), [4](../week8_mock4/week8_mock4.ipynb) | nbgrader, like every week; feedback explains each option |
#
# Drills and fresh mocks read the bank in `questions/bank/` of your copy of the course. In a class the
# bank stays with the instructor, so that the graded practice exams' keys never reach a learner; there
# only the practice exams are available.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true}
from course.offline import isolate_aws
isolate_aws()
from collections import Counter

from course import facts
from course.charts import exam as exam_charts
from course.exam.bank import DOMAINS, TASKS, BankError, load_bank
from course.exam.draw import drill, draw_mock, quotas, domain_weights
from course.exam.present import answer_template, show, show_result
from course.exam.readiness import report
from course.exam.scoring import score

try:
    bank = load_bank()
except BankError as error:  # in a class: no bank here, by design
    bank = []
    print(error)

# %% [markdown]
# ## 1. The exam
#
# The figures below come from the course's fact table (source: the DVA-C02 exam guide). Only the scored
# questions count; the unscored ones are there to try out new questions and you cannot tell which they are,
# so treat every question as scored. Results come as a **scaled score** from 100 to 1,000 with a pass mark,
# and a report of how you did per domain.

# %%
for key in ("exam.questions_total", "exam.questions_scored", "exam.pass_mark"):
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
# ## 2. The question bank
#
# Every task statement of the exam guide has questions; the audit in the test suite keeps the bank honest
# (no duplicate or near-duplicate stems, no answer letter used for more than a third of the keys, no
# answer that contradicts the fact tables, every question pointing at a week that exists).

# %%
single = Counter(q.task for q in bank if not q.multiple)
multiple = Counter(q.task for q in bank if q.multiple)
print(f"{len(bank)} questions in the bank")
exam_charts.bank_coverage(list(TASKS), [single[t] for t in TASKS], [multiple[t] for t in TASKS])

# %% [markdown]
# ## 3. A drill
#
# Pick a domain (1–4) or a task statement, a size and a seed; a new seed gives new questions. Answer in
# the dictionary (one letter, or a list for "Select TWO"), then run the scoring cell: it shows each
# option's explanation, whether you picked it or not.

# %%
quiz = drill(bank, seed=8, n=4, domain=2) if bank else []
show(quiz)

# %%
my_answers = answer_template(quiz)   # e.g. {1: "B", 2: ["A", "D"], ...}
my_answers

# %%
show_result(score(quiz, my_answers))

# %% [markdown]
# ## 4. A fresh mock and your readiness report
#
# `draw_mock(bank, seed=...)` draws 65 questions in the exam's proportions, with every task statement
# present where the bank allows. Answer them the same way, then `report(...)` turns the result into a
# readiness report: a scaled score against the pass mark, a chart per domain, and the task statements to
# work on first, with links to the sections that teach them.
#
# Below, a made-up learner who is strong on Development and weak on Deployment shows what the report
# looks like. (The scaled score here is a straight-line estimate, `100 + 900 x fraction correct`; AWS does
# not publish how it scales scores.)

# %%
import random

mock = draw_mock(bank, seed=42) if bank else []
strength = {1: 0.85, 2: 0.7, 3: 0.45, 4: 0.65}
rng = random.Random(1)
simulated = {n: (list(q.answer) if rng.random() < strength[q.domain] else None) for n, q in enumerate(mock, start=1)}
readiness = report(mock, simulated)
print(readiness.markdown() if mock else "no bank here")

# %%
readiness.chart("A made-up learner's readiness by domain") if mock else None

# %% [markdown]
# ## 5. The graded practice exams
#
# Practice exams 1–4 are nbgrader assignments: open one, answer on its answer sheet, and grade it
# (`./run.sh grade week8_mock1` on your own, or your instructor's autograde). The hidden tests score every
# question the exam's way and print why each option is right or wrong into your feedback. Then
# `python -m course.exam.readiness week8_mock1` prints your readiness report and saves its chart.
#
# [← Week 7](../week7_advanced_iam_monitoring/week7_advanced_iam_monitoring.ipynb) ·
# [Practice exam 1 →](../week8_mock1/week8_mock1.ipynb)
