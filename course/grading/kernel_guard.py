"""Runs INSIDE the grading kernel (the grader injects calls to it; learners never call it).

``install()`` runs first: it isolates AWS and takes a snapshot of everything a submission could alter to
make later test cells check nothing (IPython's input and AST transformers, event callbacks, the shell's
run/traceback methods, trace and exception hooks, builtins, and the functions of modules tests rely on).
``probe(nonce)`` runs before every test cell and prints whether the kernel still matches the snapshot;
``done(nonce)`` is appended to every test cell and proves the cell ran to its last line.

The grader reads these lines from the cell outputs outside the kernel. A cell that was blanked,
skipped, or whose failures were hidden cannot print them; a kernel that was altered says so.
Limit: code running in the same process could forge the lines if written against this very module;
process isolation would be the next step.
"""
from __future__ import annotations

import builtins
import importlib
import sys
import types

PROBE_PREFIX = "COURSE-PROBE"
DONE_PREFIX = "COURSE-DONE"

WATCHED_MODULES = (
    "math", "json", "decimal", "operator", "functools", "collections", "random", "re", "hashlib",
    "course.testing", "botocore.stub", "botocore.retries.standard", "boto3.dynamodb.conditions",
    "boto3.dynamodb.types",
)
SHELL_METHODS = (
    "run_cell", "run_cell_async", "run_code", "run_ast_nodes", "transform_cell", "transform_ast",
    "showtraceback", "_showtraceback", "showsyntaxerror", "should_run_async", "ex", "ev",
)
_BENIGN_CALLBACK_PACKAGES = ("IPython", "ipykernel", "matplotlib_inline", "matplotlib", "ipywidgets")

_snapshot: dict | None = None


def _shell():
    try:
        return get_ipython()  # noqa: F821 - defined in IPython kernels
    except NameError:
        from IPython import get_ipython

        return get_ipython()


def _ids(items) -> tuple:
    return tuple(id(item) for item in items)


def _callbacks(shell) -> dict:
    result = {}
    for event, callbacks in shell.events.callbacks.items():
        own = [cb for cb in callbacks
               if not str(getattr(cb, "__module__", "") or "").startswith(_BENIGN_CALLBACK_PACKAGES)]
        result[event] = _ids(own)
    return result


def _module_state(module) -> dict:
    state = {}
    for name, value in vars(module).items():
        if callable(value):
            state[name] = id(value)
        if isinstance(value, type) and value.__module__ == module.__name__:
            for attr, member in vars(value).items():
                state[f"{name}.{attr}"] = id(member)
    return state


def _take_snapshot() -> dict:
    shell = _shell()
    manager = shell.input_transformer_manager
    return {
        "input transformers": (_ids(shell.input_transformers_cleanup), _ids(shell.input_transformers_post),
                               _ids(manager.cleanup_transforms), _ids(manager.line_transforms),
                               _ids(manager.token_transformers)),
        "AST transformers": _ids(shell.ast_transformers),
        "event callbacks": _callbacks(shell),
        "shell methods": {name: id(getattr(type(shell), name, None)) for name in SHELL_METHODS},
        "shell instance overrides": tuple(sorted(n for n in SHELL_METHODS if n in vars(shell))),
        # compared by equality: IPython re-binds its own hooks as new (equal) bound-method objects
        "trace and exception hooks": (sys.gettrace(), sys.getprofile(), sys.excepthook, sys.displayhook),
        "builtins": {name: id(value) for name, value in vars(builtins).items()
                     if isinstance(value, (types.BuiltinFunctionType, type))},
        "modules": {name: _module_state(sys.modules[name]) for name in WATCHED_MODULES if name in sys.modules},
    }


def _differences(before: dict, after: dict) -> list[str]:
    changed = []
    for part, old in before.items():
        new = after.get(part)
        if part == "builtins":
            names = sorted(n for n, i in old.items() if new.get(n) != i)
            if names:
                changed.append(f"builtins replaced: {', '.join(names[:5])}")
        elif part == "modules":
            for module, members in old.items():
                names = sorted(n for n, i in members.items() if new.get(module, {}).get(n) != i)
                if names:
                    changed.append(f"{module} patched: {', '.join(names[:5])}")
        elif old != new:
            changed.append(f"{part} changed")
    return changed


def install() -> None:
    """First cell of every graded notebook: offline AWS, then the snapshot."""
    global _snapshot
    from course.offline import isolate_aws

    isolate_aws()
    for name in WATCHED_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    _snapshot = _take_snapshot()


def probe(nonce: str) -> None:
    """Before a test cell: report whether the kernel still matches the snapshot."""
    if _snapshot is None:
        verdict = "TAMPERED grading guard was not installed"
    else:
        changes = _differences(_snapshot, _take_snapshot())
        verdict = "TAMPERED " + "; ".join(changes) if changes else "ok"
    print(f"{PROBE_PREFIX} {nonce} {verdict}", flush=True)


def done(nonce: str) -> None:
    """Last line of a test cell: the cell ran to its end."""
    print(f"{DONE_PREFIX} {nonce}", flush=True)
