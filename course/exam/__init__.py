"""The exam trainer: the question bank's schema and audit, mock exams drawn by domain weight, scoring on
the exam's 100-1000 scale, and the readiness report.

The questions (with their answer keys) are instructor material in two pools, ``questions/bank/`` (the
graded mocks) and ``questions/practice/`` (the trainer), NOT package data:
installing this package in a classroom installs no answer key. Self-paced learners who cloned the repo
draw drills and mocks from it; a class only ever receives release notebooks.

- ``bank``       Question, load_bank() / load_practice() / load_pools(), the schema check
- ``audit``      the bank's quality gates (duplicates, key balance, facts, coverage, week references)
- ``draw``       draw_mock() and drill(): seeded, weighted by the exam's domain weights
- ``scoring``    score answers; scaled score and pass mark
- ``readiness``  the readiness report: scaled score, per-domain chart, weakest task statements
- ``mocks``      build the graded mock-exam notebooks for nbgrader
- ``answer_sheet`` the graded mocks' check functions and their release step (AnswerSheetStub)
- ``simulator``  one attempt on screen, as pure logic: navigation, selection limits, flags, clock, scoring
- ``widgets``    the simulator's ipywidgets view (thin: draws the session, forwards clicks)
- ``present``    questions, results and the review as Markdown/HTML
- ``history``    attempts saved under my-work/.exam-history (atomic writes) and their trend
- ``spaced``     Leitner-box spaced review and "retry my misses", replayed from the history
- ``trainer``    the week-8 notebook's one object: practice pool + simulator + history + review
"""
