"""The judge: autograded test cells run in the grader's process, never in the submission's kernel.

- ``codec``        typed plain data (JSON with tags) both ways, size-capped, decoded with ``json`` only
- ``errors``       exceptions as data, raised again as the nearest known class
- ``agent``        the kernel side (untrusted): answers the judge's requests, calls back over stdin
- ``link``         the judge's line to the kernel: silent execute + user_expressions, stdin for call-backs
- ``standins``     Judge, KernelHandle (a function or object of the submission), JudgeNamespace
- ``verdict``      run trusted test code and write nbgrader's outputs (pass stream / error / partial credit)
- ``preprocessor`` JudgedExecute: nbgrader's Execute with test cells judged
"""
