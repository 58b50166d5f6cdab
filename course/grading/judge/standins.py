"""The judge's view of a submission: stand-ins for what the notebook defined, and the namespace test
code runs in.

- ``Judge.lookup(name)`` fetches a name of the notebook: plain data arrives as a value of its exact type,
  a function or an object of a class the notebook defined as a ``KernelHandle``, anything else as
  ``Uncheckable``.
- Calling a handle sends its arguments as data, runs the call in the kernel and returns the result as
  data. A raised exception comes back as type name and capped message and is raised here again
  (``errors.rebuild``). Lists, dicts and sets passed in are updated afterwards as the call left them, so
  "the table passed in is not modified" is still checked.
- Arguments that are not data cross as references: a botocore client becomes, in the kernel, a client
  whose every call is made by THIS client (stubbed and validated here); a callable (a fake clock, a
  random source) is called back here over the kernel's stdin channel, and so are the public methods
  of another object the test passed (``rng.random``). Nothing else of the judge's can be reached from
  the kernel: no attributes, no globals, nothing starting with an underscore.
- A failed stub assertion, a parameter the service model rejects, or an assertion raised by a callable
  of the judge's is remembered ("sticky"): swallowing it in the submission does not make a test pass.
"""
from __future__ import annotations

import builtins
import json
import time

from nbclient.util import run_sync

from . import codec, errors
from .link import BadReply, JudgeTimeout, KernelGone, KernelLink

_STICKY = ("StubAssertionError", "StubResponseError", "UnStubbedResponseError", "ParamValidationError",
           "RealAWSCallBlocked")


class Uncheckable:
    """A value the submission produced that cannot cross as plain data."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self):
        return f"<a value the grader cannot check: {self.type_name}>"

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise TypeError(f"{self!r} has no attribute {name!r} the grader can read")


class KernelHandle:
    """A function or object that lives in the submission kernel."""

    __slots__ = ("_judge", "_ref", "_type", "_callable")

    def __init__(self, judge, ref: int, type_name: str, is_callable: bool):
        self._judge, self._ref, self._type, self._callable = judge, ref, type_name, is_callable

    def __call__(self, *args, **kwargs):
        if not self._callable:
            raise TypeError(f"'{self._type}' object is not callable")
        return self._judge.call(self._ref, args, kwargs)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._judge.ask({"op": "getattr", "ref": self._ref, "name": name})

    def __iter__(self):
        return iter(self._judge.ask({"op": "iter", "ref": self._ref}))

    def __len__(self):
        return self._judge.ask({"op": "len", "ref": self._ref})

    def __repr__(self):
        return f"<{self._type} of the submission>"


class JudgeError(Exception):
    """The grader could not get an answer from the submission (named for the feedback)."""


class Judge:
    """One submission's kernel, seen from the judge. ``timeout`` bounds each call into the kernel, and
    ``CELL_CALLS`` times it a whole judged test cell (hundreds of calls on a busy machine)."""

    CELL_CALLS = 6

    def __init__(self, kc, km=None, timeout: float = 10.0):
        self.link = KernelLink(kc, km)
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout * self.CELL_CALLS
        self.exported: dict[int, object] = {}
        self.sticky: list[BaseException] = []
        self.clients: dict[str, object] = {}   # names of the judge's namespace that hold botocore clients
        self.exception_classes: dict[str, type] = {}  # exception classes trusted code defined (ApiError)
        self._busy = False

    def start_cell(self) -> None:
        self.deadline = time.monotonic() + self.timeout * self.CELL_CALLS
        self.sticky = []

    def finish_cell(self) -> None:
        """The cell's questions are over: the kernel stops waiting for the next one (KernelGone if it is stuck)."""
        run_sync(self.link.close)(self.timeout)

    # ---- questions to the kernel ---------------------------------------------------------------------
    def ask(self, request: dict, share=None):
        if self._busy:
            raise JudgeError("the grader cannot call into the submission while the submission is calling the grader")
        self._busy = True
        try:
            deadline = min(time.monotonic() + self.timeout, self.deadline)
            text = run_sync(self.link.request)(json.dumps(request), deadline, self._answer)
        except JudgeTimeout as stop:
            raise JudgeTimeout(f"{stop}: a call into your code took longer than {self.timeout:g} s, or the "
                               f"test's calls together longer than {self.timeout * self.CELL_CALLS:g} s "
                               "(an endless loop?)") from None
        except BadReply as bad:
            raise JudgeError(str(bad)) from None
        finally:
            self._busy = False
        reply = self._decode_reply(text)
        if "raised" in reply:
            raise errors.rebuild(reply["raised"], self.decode, self.exception_classes)
        if "missing" in reply:
            raise KeyError(request.get("name"))
        value = self.decode(reply.get("ok"), share)
        self._last_after = reply.get("after") if type(reply.get("after")) is dict else {}
        return value

    @staticmethod
    def _decode_reply(text: str) -> dict:
        try:
            reply = json.loads(text)
        except ValueError:
            raise JudgeError("the submission's answer was not data") from None
        if type(reply) is not dict:
            raise JudgeError("the submission's answer was not data")
        return reply

    def lookup(self, name: str):
        return self.ask({"op": "lookup", "name": name})

    def call(self, ref: int, args: tuple, kwargs: dict):
        share = codec.Sharing(mark=True)
        request = {"op": "call", "ref": ref, "args": self.encode(list(args), share),
                   "kwargs": self.encode(kwargs, share),
                   "clients": {name: self._export(client) for name, client in self.clients.items()}}
        self._last_after = {}
        value = self.ask(request, share)
        self._update_arguments(share, self._last_after)
        return value

    def _update_arguments(self, share, after: dict) -> None:
        """Lists, dicts and sets the call changed are changed here too, in place (identity kept)."""
        for key, text in after.items():
            if not key.isdigit() or int(key) not in share.mark or type(text) is not str:
                continue
            original = share.mark[int(key)]
            try:
                new = self.decode(text, share)
            except codec.CodecError:
                continue
            if type(new) is not type(original):
                continue
            if type(original) is list:
                original[:] = new
            else:
                original.clear()
                original.update(new)

    # ---- data ------------------------------------------------------------------------------------------
    def encode(self, value, share=None) -> str:
        return codec.encode(value, self._export, share)

    def decode(self, text, share=None):
        if text is None:
            raise JudgeError("the submission's answer was not data")
        return codec.decode(text, self._tagged, share)

    def _tagged(self, node: dict):
        tag = node.get("t")
        if tag == "handle" and type(node.get("v")) is int:
            return KernelHandle(self, node["v"], str(node.get("type", "object"))[:100], bool(node.get("callable")))
        if tag == "opaque":
            return Uncheckable(str(node.get("type", "object"))[:100])
        if tag == "exception":
            return errors.rebuild(node.get("v"), None, self.exception_classes)
        raise codec.CodecError(f"unexpected tag {tag!r}")

    def _export(self, value) -> dict:
        if isinstance(value, KernelHandle):
            return {"t": "handle", "v": value._ref}
        if isinstance(value, BaseException):  # an error passed as an argument (error_response(ApiError(...)))
            return {"t": "exception", "v": errors.describe(value)}
        if _is_stream(value):  # a stubbed response's body (Lambda Payload, S3 Body): its bytes
            data = value.read()
            return {"t": "stream", "v": codec.encode(data)}
        ref = id(value)
        self.exported[ref] = value
        if _is_client(value):
            return {"t": "client", "v": ref, "service": value.meta.service_model.service_name,
                    "region": value.meta.region_name}
        return {"t": "judge", "v": ref, "callable": callable(value),
                "type": getattr(value, "__name__", type(value).__name__)}

    # ---- questions from the kernel (over stdin) ---------------------------------------------------------
    def _answer(self, prompt: str) -> str:
        try:
            request = json.loads(prompt)
            reply = {"ok": self.encode(self._serve(request))}
        except BaseException as error:  # noqa: BLE001 - the kernel gets it as data
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
            if type(error).__name__ in _STICKY or isinstance(error, AssertionError):
                self.sticky.append(error)
            reply = {"raised": errors.describe(error, self.encode)}
        return json.dumps(reply)

    def _serve(self, request):
        if type(request) is not dict or type(request.get("ref")) is not int or request["ref"] not in self.exported:
            raise JudgeError("the submission asked the grader something it never offered")
        target = self.exported[request["ref"]]
        op = request.get("op")
        if op == "client" and _is_client(target):
            operation = request.get("operation")
            params = codec.decode(request.get("params"), self._tagged_from_kernel)
            if type(operation) is not str or type(params) is not dict or not all(type(k) is str for k in params):
                raise JudgeError("a malformed AWS call")
            if operation not in target.meta.method_to_api_mapping:
                raise AttributeError(f"the {target.meta.service_model.service_name} client has no method {operation!r}")
            return getattr(target, operation)(**params)
        if op == "method" and not callable(target) and not _is_client(target):
            name = request.get("name")
            method = getattr(type(target), name, None) if type(name) is str and not name.startswith("_") else None
            if not callable(method):
                raise AttributeError(f"the grader's {type(target).__name__} has no method {name!r} to offer")
            target = getattr(target, name)
            op = "call"
        if op == "call" and callable(target) and not _is_client(target):
            args = codec.decode(request.get("args"), self._tagged_from_kernel)
            kwargs = codec.decode(request.get("kwargs"), self._tagged_from_kernel)
            if type(args) is not list or type(kwargs) is not dict or not all(type(k) is str for k in kwargs):
                raise JudgeError("a malformed call")
            return target(*args, **kwargs)
        raise JudgeError("the submission asked the grader something it never offered")

    def _tagged_from_kernel(self, node: dict):
        tag = node.get("t")
        if tag in ("handle", "opaque", "exception"):
            return self._tagged(node)
        raise codec.CodecError(f"unexpected tag {tag!r}")


def _is_stream(value) -> bool:
    try:
        from botocore.response import StreamingBody
    except ImportError:  # pragma: no cover
        return False
    return isinstance(value, StreamingBody)


def _is_client(value) -> bool:
    try:
        from botocore.client import BaseClient
    except ImportError:  # pragma: no cover
        return False
    return isinstance(value, BaseClient)


JUDGED_MODULE = "judged_test_code"


class JudgeNamespace(dict):
    """Globals of judged test code: the judge's own names first, then builtins, then the notebook's names
    fetched from the kernel (fetched again for every test cell, as the notebook may redefine them)."""

    def __init__(self, judge: Judge | None = None):
        super().__init__(__name__=JUDGED_MODULE)
        self.judge = judge
        self._fetched: dict[str, object] = {}
        self.judge_only: set[str] = set()   # names trusted code defines: never taken from the submission

    def __missing__(self, name: str):
        if hasattr(builtins, name) or self.judge is None:
            raise KeyError(name)
        if (name.startswith("__") and name.endswith("__")) or name in self.judge_only:
            raise KeyError(name)
        value = self.judge.lookup(name)  # KeyError when the notebook does not define it
        self[name] = value
        self._fetched[name] = value
        return value

    def prefetch(self, source: str) -> None:
        """Fetch the notebook names ``source`` reads before it runs: a callable of the judge's (a clock
        returning ``NOW``) may need one while the kernel is busy calling it, when the kernel cannot be asked."""
        import ast

        try:
            tree = ast.parse(source)
        except SyntaxError:
            return
        wanted = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)})
        for name in wanted:
            if name in self or name in self.judge_only or hasattr(builtins, name):
                continue
            try:
                self[name]
            except KernelGone:
                raise
            except Exception as problem:  # noqa: BLE001 - it fails again, in context, when the test reads it
                if type(problem).__name__ == "DeadKernelError":
                    raise

    def forget_fetched(self) -> None:
        """Before the next test cell: names fetched from the kernel are fetched again."""
        for name, value in self._fetched.items():
            if name in self and self[name] is value:
                del self[name]
        self._fetched = {}

    def note_clients(self) -> None:
        """Tell the judge which of the trusted names are botocore clients and exception classes."""
        if self.judge is not None:
            self.judge.clients = {name: value for name, value in self.items()
                                  if _is_client(value) and name not in self._fetched}
            self.judge.exception_classes = {
                value.__name__: value for name, value in self.items()
                if isinstance(value, type) and issubclass(value, Exception) and name not in self._fetched
                and getattr(value, "__module__", "") == JUDGED_MODULE}
