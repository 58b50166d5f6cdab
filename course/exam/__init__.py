"""The exam trainer: the question bank's schema and audit, mock exams drawn by domain weight, scoring on
the exam's 100-1000 scale, and the readiness report.

The bank itself (with its answer keys) is instructor material in ``questions/bank/``, NOT package data:
installing this package in a classroom installs no answer key. Self-paced learners who cloned the repo
draw drills and mocks from it; a class only ever receives release notebooks.

- ``bank``       Question, load_bank(), the schema check
- ``audit``      the bank's quality gates (duplicates, key balance, facts, coverage, week references)
- ``draw``       draw_mock() and drill(): seeded, weighted by the exam's domain weights
- ``scoring``    score answers; scaled score and pass mark
- ``readiness``  the readiness report: scaled score, per-domain chart, weakest task statements
- ``mocks``      build the graded mock-exam notebooks for nbgrader
"""
