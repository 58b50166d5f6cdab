"""Our layer over nbgrader: small preprocessors that harden autograding and feedback, plus the
instructor-side jobs (checking notebooks, grading a class in parallel, exporting grades).

- ``config``         wires everything into nbgrader's configuration (used by nbgrader_config.py)
- ``execute``        GuardedExecute: a dying kernel costs the cells after it, not the whole submission
- ``judge``          JudgedExecute: test cells run in the grader's process; the kernel only answers with data
- ``sandbox``        SandboxedKernelManager: every grading kernel runs in bubblewrap, with limits
- ``limits``         ExplainLimits: a sandbox limit that stopped a cell is said in our words
- ``outputs``        CapOutputBytes and StderrIsNotFailure preprocessors
- ``feedback``       ScrubFeedback: no solution or hidden-test text reaches a learner
- ``feedback_hold``  HoldBackLeakingFeedback: generate_feedback writes a page that would leak (decoded as an
                     attacker would) as a held-for-review notice
- ``feedback_audit`` optional second look before release_feedback: move any written page that leaks aside
- ``submissions``    preflight of submitted files (invalid JSON, missing or renamed notebooks)
- ``workers``        autograde many students in parallel worker processes
- ``export``         grade table with a status that tells "could not grade" from a real zero
- ``notebook_checks`` sources pass every test, releases fail every test (through nbgrader's API)
- ``hostile_judge``  hostile students that try to forge a pass or leak hidden tests past the judge
- ``hostile_sandbox`` sample students that attack the grader's machine, course and classmates
- ``classroom``      the main job: a sample class through nbgrader's release/submit/collect loop
"""
