"""Exceptions as data: what was raised on one side is described (type names, a capped message, and a
botocore error response) and raised again on the other side as the nearest class that side knows.

The judge re-raises a submission's ``ValueError`` as the builtin ``ValueError`` so ``expect_raises`` works,
a botocore error as botocore's class (a modelled error such as ``ConditionalCheckFailedException`` as a
``ClientError`` subclass of that name), and anything else as a class made for the name whose base is the
first builtin in its MRO. ``NotImplementedError`` stays ``NotImplementedError``: exercise() reports "not
attempted". Control-flow exceptions (SystemExit, KeyboardInterrupt, StopIteration, ...) never cross as
themselves.
"""
from __future__ import annotations

import builtins

MAX_MESSAGE = 500
_NEVER = {"SystemExit", "KeyboardInterrupt", "GeneratorExit", "StopIteration", "StopAsyncIteration",
          "BaseExceptionGroup", "ExceptionGroup"}


class SubmissionError(Exception):
    """Raised by the submission as a class the grader does not know."""


def _capped(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def describe(error: BaseException, encode_response=None) -> dict:
    """Plain data describing ``error``: {"type", "mro", "message"[, "client_error"]}."""
    try:
        message = str(error)
    except Exception:  # noqa: BLE001 - a hostile __str__
        message = "(the error's message could not be read)"
    info = {"type": type(error).__name__, "mro": [k.__name__ for k in type(error).__mro__][:20],
            "message": _capped(message)}
    args = getattr(error, "args", ())
    if type(args) is tuple and len(args) <= 3 and all(type(a) in (str, int, float, bool, type(None)) for a in args):
        info["args"] = [_capped(a) if type(a) is str else a for a in args]
    attrs = {k: (_capped(v) if type(v) is str else v) for k, v in list(getattr(error, "__dict__", {}).items())[:10]
             if type(k) is str and not k.startswith("_") and type(v) in (str, int, float, bool, type(None))}
    if attrs:
        info["attrs"] = attrs
    response = getattr(error, "response", None)
    if encode_response is not None and type(response) is dict and "ClientError" in info["mro"]:
        try:
            info["client_error"] = {"response": encode_response(response),
                                    "operation": str(getattr(error, "operation_name", "") or "")[:200]}
        except Exception:  # noqa: BLE001 - a response that cannot be carried: the message still is
            pass
    return info


_made: dict[tuple, type] = {}


def _botocore(name: str):
    try:
        import botocore.exceptions as bex
    except ImportError:  # pragma: no cover - the course always has botocore
        return None
    found = getattr(bex, name, None)
    return found if isinstance(found, type) and issubclass(found, Exception) else None


def known_class(name: str):
    """The builtin or botocore exception class called ``name``, if there is one we let cross."""
    if type(name) is not str or name in _NEVER:
        return None
    found = getattr(builtins, name, None)
    if isinstance(found, type) and issubclass(found, Exception):
        return found
    return _botocore(name)


def rebuild(info, decode_response=None, known: dict | None = None) -> BaseException:
    """An exception to raise for the description ``info`` (which came from the other side: untrusted).
    ``known`` maps names to exception classes of this side's trusted code (a notebook's ``ApiError``)."""
    if type(info) is not dict:
        return SubmissionError("the submission raised an error the grader could not read")
    name = info.get("type") if type(info.get("type")) is str else "Error"
    name = name if name.isidentifier() else "Error"
    message = _capped(info.get("message") if type(info.get("message")) is str else "")
    mro = [n for n in (info.get("mro") or []) if type(n) is str][:20]
    client = info.get("client_error")
    if "ClientError" in mro and type(client) is dict and decode_response is not None:
        try:
            from botocore.exceptions import ClientError

            response = decode_response(client.get("response"))
            operation = client.get("operation") if type(client.get("operation")) is str else ""
            if type(response) is dict:
                cls = ClientError if name == "ClientError" else _subclass(name, ClientError)
                return cls(response, operation)
        except Exception:  # noqa: BLE001 - fall back to a plain description
            pass
    args = info.get("args")
    if type(args) is not list or len(args) > 3 or not all(type(a) in (str, int, float, bool, type(None)) for a in args):
        args = [message]
    args = [_capped(a) if type(a) is str else a for a in args]
    exact = (known or {}).get(name) or known_class(name)
    if exact is not None:
        return _with_attrs(_instance(exact, message, args), info.get("attrs"))
    base = next((k for k in (known_class(n) for n in mro[1:]) if k is not None), SubmissionError)
    return _with_attrs(_instance(_subclass(name, base), message, args), info.get("attrs"))


def _with_attrs(error: BaseException, attrs) -> BaseException:
    """Public plain attributes the other side's exception carried (``ApiError.status``); never one that
    shadows something of the class (a method such as ``short_lines``)."""
    if type(attrs) is dict:
        for key, value in list(attrs.items())[:10]:
            if type(key) is str and key.isidentifier() and not key.startswith("_") \
                    and not hasattr(type(error), key) and type(value) in (str, int, float, bool, type(None)):
                try:
                    setattr(error, key, value)
                except Exception:  # noqa: BLE001 - a read-only attribute: leave it
                    pass
    return error


def _instance(cls, message: str, args: list) -> BaseException:
    """``cls(*args)``; botocore's errors take keyword arguments, so those get the message directly."""
    try:
        if cls.__module__.startswith("botocore"):
            raise TypeError
        return cls(*args)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        error = cls.__new__(cls)
        Exception.__init__(error, message)
        error.kwargs = {}
        return error


def _subclass(name: str, base: type) -> type:
    key = (name, base)
    if key not in _made:
        _made[key] = type(name, (base,), {"__module__": "submission"})
    return _made[key]
