"""Hostile students against the judge: each forging technique that beat the in-kernel probes, and each
way of leaking hidden tests into feedback, as its own kind (appended to ``synthetic.KINDS``).

Forgers start from the untouched notebook: every function the exercises ask for is replaced by one that
returns None, and the named technique then tries to make the checks pass anyway. Under the judge the
checks never run in the kernel, so each must score no more than the untouched notebook.

Leakers start from the right answers and try to put the running test's source into what the grader shows:
printing IPython's input history from inside a checked function (plain, or zlib + base64), and raising
exceptions or returning objects whose messages and reprs carry that text. No hidden-test line may reach
any feedback page, even after decoding. One more keeps the inputs the grader passes (hidden tests' among
them) and shows them in later cells' outputs, returned values and exception messages: none may appear
after the first hidden test.
"""
from __future__ import annotations

import ast

from .synthetic import Kind, Materials, code_solution_cells

NO_OP_CHECKS = '''
import contextlib as _cl
def expect_equal(*args, **kwargs):
    return None
def expect_true(*args, **kwargs):
    return None
def expect_raises(*args, **kwargs):
    return None
@_cl.contextmanager
def exercise(name):
    try:
        yield
    except BaseException:
        pass
'''


def function_names(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]


def _stub_everything(nb) -> None:
    """Each exercise's functions answer None (so only a forged check could pass them)."""
    for cell in code_solution_cells(nb):
        names = function_names(cell.source)
        if names:
            cell.source = "\n".join(f"def {n}(*args, **kwargs):\n    return None\n" for n in names)


def _forger(attack: str):
    def make(m: Materials, folder):
        nb = m.untouched()
        _stub_everything(nb)
        first = code_solution_cells(nb)[0]
        first.source = first.source.rstrip("\n") + "\n\n" + attack
        return nb
    return make


REDEFINE_CHECKS = NO_OP_CHECKS + '''
get_ipython().user_ns.update(expect_equal=expect_equal, expect_true=expect_true, expect_raises=expect_raises,
                             exercise=exercise)
'''

SWAP_CODE = NO_OP_CHECKS + '''
import course.testing as _t
for _name in ("expect_equal", "expect_true", "expect_raises"):
    getattr(_t, _name).__code__ = globals()[_name].__code__
_t.exercise.__wrapped__.__code__ = exercise.__wrapped__.__code__
'''

FORGE_PROBE_LINES = '''
import re as _re
def _forge(lines):
    text = "".join(lines)
    out = []
    for nonce in _re.findall(r'probe\\("([0-9a-f]+)"\\)', text):
        out.append(f"print('COURSE-PROBE {nonce} ok')\\n")
    for nonce in _re.findall(r'done\\("([0-9a-f]+)"\\)', text):
        out.append(f"print('COURSE-DONE {nonce}')\\n")
    if "expect_" in text or "exercise(" in text:
        return out or ["pass\\n"]
    return lines
get_ipython().input_transformers_cleanup.append(_forge)
'''

REPLACE_JUDGE_AGENT = NO_OP_CHECKS + '''
import json as _json
import course.grading.judge.agent as _agent
_real_serve = _agent.serve
def _forged_serve(request_text):
    # the old guard's probe is gone; its successor in the kernel is the judge's agent: answer every call
    # with "True" and every lookup as the real agent would (so the stand-ins exist)
    if '"call"' in request_text:
        return _json.dumps(_agent._result(True))
    return _real_serve(request_text)
_agent.serve = _forged_serve
'''

DISGUISED_CALLBACKS = NO_OP_CHECKS + '''
def _before(*args):
    get_ipython().user_ns.update(expect_equal=expect_equal, expect_true=expect_true,
                                 expect_raises=expect_raises, exercise=exercise)
_before.__module__ = "IPython.core.events"
get_ipython().events.register("pre_run_cell", _before)
get_ipython().events.register("post_run_cell", _before)
'''

GC_SNAPSHOT_EDIT = NO_OP_CHECKS + '''
import gc as _gc, types as _types
_mine = {"expect_equal": expect_equal, "expect_true": expect_true, "expect_raises": expect_raises}
for _obj in _gc.get_objects():
    if isinstance(_obj, _types.FunctionType) and _obj.__name__ in _mine and _obj.__module__ == "course.testing":
        _obj.__code__ = _mine[_obj.__name__].__code__
    elif isinstance(_obj, dict) and "modules" in _obj and "builtins" in _obj:
        _obj.clear()  # an integrity snapshot: make it agree with anything
'''


def _leaker(wrapper: str):
    def make(m: Materials, folder):
        nb = m.right()
        for cell in code_solution_cells(nb):
            names = function_names(cell.source)
            if names:
                cell.source = (cell.source.rstrip("\n") + "\n\n" + wrapper + "\n"
                               + "\n".join(f"{n} = _leaky({n})" for n in names) + "\n")
        return nb
    return make


_HISTORY = '''
import functools as _ft
def _history():
    ip = get_ipython()
    raw = ip.history_manager.input_hist_raw
    return raw[-1] + "\\n" + "\\n".join(raw) + "\\n" + "\\n".join(str(v) for v in ip.user_ns.get("In", []))
'''

LEAK_HISTORY_RAW = _HISTORY + '''
def _leaky(f):
    @_ft.wraps(f)
    def w(*a, **k):
        print(_history())
        return f(*a, **k)
    return w
'''

LEAK_HISTORY_ENCODED = _HISTORY + '''
import base64 as _b64, zlib as _zlib
def _leaky(f):
    @_ft.wraps(f)
    def w(*a, **k):
        print(_b64.b64encode(_zlib.compress(_history().encode())).decode())
        print(_history().encode().hex())
        return f(*a, **k)
    return w
'''

LEAK_IN_EXCEPTIONS = _HISTORY + '''
class _Carrier:
    def __repr__(self):
        return _history()
    __str__ = __repr__
def _leaky(f):
    calls = []
    @_ft.wraps(f)
    def w(*a, **k):
        calls.append(1)
        if len(calls) % 2:
            raise ValueError(_history())
        return _Carrier()
    return w
'''


KEEPS_INPUTS = '''
import builtins as _bi, functools as _ft
MARK = "ARG" + "<<"  # what the class test looks for; never written whole in this source
_kept = _bi.__dict__.setdefault("_kept_inputs", [])
def _keeping(f, answer):
    @_ft.wraps(f)
    def w(*a, **k):
        _kept.append(MARK + repr((a, k)) + ">>")
        if answer:
            return f(*a, **k)
        if len(_kept) % 2:
            raise ValueError(" ".join(_kept))
        return " ".join(_kept)
    return w
'''


def keeps_hidden_inputs(m: Materials, folder):
    """Keeps the arguments of every call the grader makes (hidden tests' inputs among them), and tries to show
    them later: printed by each later cell, returned as the answer and raised in exception messages. The first
    exercise answers right (its visible checks pass); later exercises answer with what was kept."""
    nb = m.right()
    for number, cell in enumerate(code_solution_cells(nb)):
        names = function_names(cell.source)
        if not names:
            continue
        cell.source = (cell.source.rstrip("\n") + "\n\n" + KEEPS_INPUTS + "\n"
                       + "\n".join(f"{n} = _keeping({n}, answer={number == 0})" for n in names)
                       + "\nprint('kept so far:', ' '.join(_kept))\n")
    return nb


def uncheckable_value(m: Materials, folder):
    """Right answers, but the first exercise's function returns a value that is not plain data."""
    nb = m.right()
    cell = code_solution_cells(nb)[0]
    names = function_names(cell.source)
    if names:
        cell.source += f"\n\ndef {names[0]}(*args, **kwargs):  # returns a range, not a number\n    return range(3)\n"
    else:  # an answer sheet (the mocks): the answers themselves are not plain data
        cell.source += "\n\nanswers = range(3)\n"
    return nb


JUDGE_KINDS = [
    Kind("forge_redefine_checks", _forger(REDEFINE_CHECKS), "no-op checks in the notebook: no more than untouched"),
    Kind("forge_swap_code", _forger(SWAP_CODE), "swapped __code__ of the checks: no more than untouched"),
    Kind("forge_probe_lines", _forger(FORGE_PROBE_LINES), "an input transformer forging probe lines: no more than untouched"),
    Kind("forge_replace_agent", _forger(REPLACE_JUDGE_AGENT),
         "the judge's agent in the kernel answers every call 'True': no more than untouched"),
    Kind("forge_disguised_callbacks", _forger(DISGUISED_CALLBACKS),
         "run-cell callbacks claiming IPython's module: no more than untouched"),
    Kind("forge_gc_snapshot", _forger(GC_SNAPSHOT_EDIT), "a gc walk editing the checks: no more than untouched"),
    Kind("leak_history_raw", _leaker(LEAK_HISTORY_RAW), "prints the running cell from history: no hidden line shown"),
    Kind("leak_history_encoded", _leaker(LEAK_HISTORY_ENCODED),
         "prints history as zlib+base64 and hex: no hidden line, even decoded"),
    Kind("leak_in_exceptions", _leaker(LEAK_IN_EXCEPTIONS),
         "history in exception messages and reprs: no hidden line shown"),
    Kind("leak_kept_inputs", keeps_hidden_inputs,
         "keeps hidden tests' inputs and shows them later: none after the first hidden test"),
    Kind("uncheckable_value", uncheckable_value, "a result that is not plain data: 'a value the grader cannot check'"),
]
FORGING_KINDS = [k.name for k in JUDGE_KINDS if k.name.startswith("forge_")]
LEAKING_KINDS = [k.name for k in JUDGE_KINDS if k.name.startswith("leak_")]
