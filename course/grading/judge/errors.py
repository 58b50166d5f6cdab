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


def rebuild(info, decode_response=None) -> BaseException:
    """An exception to raise for the description ``info`` (which came from the other side: untrusted)."""
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
    exact = known_class(name)
    if exact is not None:
        return _instance(exact, message)
    base = next((k for k in (known_class(n) for n in mro[1:]) if k is not None), SubmissionError)
    return _instance(_subclass(name, base), message)


def _instance(cls, message: str) -> BaseException:
    """``cls(message)``; botocore's errors take keyword arguments, so those get the message directly."""
    try:
        return cls(message)
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
