"""Runs INSIDE the submission's kernel, on the judge's behalf: untrusted territory.

The judge starts ``serve_until_done(request)`` with a silent execute request's ``user_expressions``; it
answers each request on the stdin channel (a prompt ``=`` + JSON text) and takes the next request from the
reply, until the judge says it is done (see ``link``). Nothing here decides a grade: the submission can
replace any of it, and then only the data it sends back changes, which the judge decodes as data and
compares with its own.

Requests (JSON): ``lookup`` a name of the notebook's namespace (data, or a handle to a callable or an
object of a class the notebook defined); ``call`` a handle with arguments; ``getattr`` of a handle; ``iter``
and ``len`` of a handle. While a call runs, the notebook's clients named by the judge answer through the
judge's own client (the judge stubs and validates every call), and callables the judge passed call back
to the judge over the kernel's stdin channel (``input_request``).
"""
from __future__ import annotations

import json

from course.grading.judge import codec, errors

MAX_ITEMS = 100_000
_handles: dict[int, object] = {}
_clients: dict[int, object] = {}


def _shell():
    from IPython import get_ipython

    return get_ipython()


def _keep(value) -> int:
    ref = id(value)
    _handles[ref] = value
    return ref


def _other(value) -> dict:
    """A handle for what the judge may call or ask about; a marker for anything else."""
    kind = type(value)
    if isinstance(value, BaseException):
        return {"t": "exception", "v": errors.describe(value)}
    if callable(value) or getattr(kind, "__module__", None) == "__main__":
        return {"t": "handle", "v": _keep(value), "type": codec._type_name(value), "callable": callable(value)}
    return {"t": "opaque", "type": codec._type_name(value)}


def _encode(value, share=None) -> str:
    return codec.encode(value, _other, share)


class JudgeCallable:
    """A callable of the judge's (a fake clock, a random source): calling it asks the judge."""

    def __init__(self, ref: int, name: str):
        self._ref, self.__name__ = ref, name

    def __call__(self, *args, **kwargs):
        return _ask({"op": "call", "ref": self._ref, "args": _encode(list(args)), "kwargs": _encode(kwargs)})

    def __repr__(self):
        return f"<grader's {self.__name__}>"


class JudgeObject:
    """Something of the judge's that is not data: its public methods ask the judge."""

    def __init__(self, ref: int, type_name: str):
        self._ref, self._type = ref, type_name

    def __getattr__(self, name):
        if name.startswith("_") or not self._ref:
            raise AttributeError(name)
        ref = self._ref

        def method(*args, **kwargs):
            return _ask({"op": "method", "ref": ref, "name": name, "args": _encode(list(args)),
                         "kwargs": _encode(kwargs)})
        method.__name__ = name
        return method

    def __repr__(self):
        return f"<grader's {self._type}>"


def _ask(request: dict):
    """Ask the judge over the stdin channel; return its value or raise its error."""
    reply = _shell().kernel.raw_input(json.dumps(request))
    answer = json.loads(reply)
    if "raised" in answer:
        raise errors.rebuild(answer["raised"], _decode_response)
    return codec.decode(answer["ok"], _from_judge)


def _decode_response(text):
    return codec.decode(text, _from_judge)


def _from_judge(node: dict):
    tag = node.get("t")
    if tag == "judge":
        if node.get("callable"):
            return JudgeCallable(node["v"], str(node.get("type", "function")))
        return JudgeObject(node["v"], str(node.get("type", "object")))
    if tag == "exception":
        known = {v.__name__: v for v in list(_shell().user_ns.values())
                 if isinstance(v, type) and issubclass(v, Exception)}
        return errors.rebuild(node.get("v"), None, known)
    if tag == "stream":
        from botocore.response import StreamingBody
        import io

        data = codec.decode(node["v"])
        return StreamingBody(io.BytesIO(data), len(data))
    if tag == "client":
        return _forwarding_client(node["v"], node["service"], node.get("region"))
    if tag == "handle":
        return _handles[node["v"]]
    if tag == "opaque":
        return JudgeObject(0, str(node.get("type", "object")))
    raise codec.CodecError(f"unknown tag {tag!r}")


def _forwarding_client(ref: int, service: str, region):
    """A real boto3 client whose every call is answered by the judge's client of the same ref."""
    if ref in _clients:
        return _clients[ref]
    import boto3

    client = boto3.client(service, region_name=region or "us-east-1")
    pending = {}

    def capture(params, model, **_):
        pending["call"] = (model.name, _encode(params))

    def forward(model, **_):
        from botocore.awsrequest import AWSResponse

        name, params = pending.pop("call", (model.name, _encode({})))
        from botocore import xform_name

        try:
            response = _ask({"op": "client", "ref": ref, "operation": xform_name(name), "params": params})
        except Exception as error:  # noqa: BLE001 - a modelled error answers like AWS would
            response = getattr(error, "response", None)
            if type(response) is not dict or "Error" not in response:
                raise
            status = response.get("ResponseMetadata", {}).get("HTTPStatusCode", 400)
            return AWSResponse(None, status, {}, None), response
        return AWSResponse(None, 200, {}, None), response

    client.meta.events.register_first("before-parameter-build.*.*", capture, unique_id="course-judge-capture")
    client.meta.events.register_first("before-call.*.*", forward, unique_id="course-judge-forward")
    _clients[ref] = client
    return client


def _swap_clients(named: dict) -> dict:
    """Put forwarding clients in the notebook's namespace for the call; return what to restore."""
    ns = _shell().user_ns
    saved = {}
    for name, node in named.items():
        saved[name] = ns.get(name, _MISSING)
        ns[name] = _from_judge(node)
    return saved


_MISSING = object()


def _restore(saved: dict) -> None:
    ns = _shell().user_ns
    for name, value in saved.items():
        if value is _MISSING:
            ns.pop(name, None)
        else:
            ns[name] = value


def _contents(share) -> dict:
    """Each list, dict and set the judge sent, as it is now (nested ones it sent as references)."""
    refs = codec.Sharing(refs=share.origins())
    found = {}
    for number, obj in share.made.items():
        copy = list(obj) if type(obj) is list else dict(obj) if type(obj) is dict else set(obj)
        try:
            found[number] = codec.encode(copy, _other, refs)
        except Exception:  # noqa: BLE001 - a container that cannot be carried is left as the judge has it
            continue
    return found


def _result(value, share=None, before=None) -> dict:
    reply = {"ok": _encode(value, codec.Sharing(refs=share.origins()) if share is not None else None)}
    if share is not None:
        changed = {str(n): text for n, text in _contents(share).items() if (before or {}).get(n) != text}
        if changed:
            reply["after"] = changed
    return reply


def _handle(request: dict) -> dict:
    op = request.get("op")
    if op == "lookup":
        ns = _shell().user_ns
        name = request["name"]
        if name not in ns:
            return {"missing": True}
        return _result(ns[name])
    target = _handles[request["ref"]]
    if op == "call":
        share = codec.Sharing()
        args = codec.decode(request["args"], _from_judge, share)
        kwargs = codec.decode(request["kwargs"], _from_judge, share)
        before = _contents(share)
        saved = _swap_clients(request.get("clients") or {})
        try:
            value = target(*args, **kwargs)
        finally:
            _restore(saved)
        return _result(value, share, before)
    if op == "getattr":
        return _result(getattr(target, request["name"]))
    if op == "iter":
        items = []
        for item in target:
            items.append(item)
            if len(items) > MAX_ITEMS:
                raise ValueError("too many items to check")
        return _result(items)
    if op == "len":
        return _result(len(target))
    raise ValueError(f"unknown request {op!r}")


def serve(request_text: str) -> str:
    """One request of the judge's; the reply is JSON text (never raises)."""
    try:
        request = json.loads(request_text)
        reply = _handle(request)
    except BaseException as error:  # noqa: BLE001 - everything the submission raises goes back as data
        if isinstance(error, KeyboardInterrupt):
            raise
        reply = {"raised": errors.describe(error, _encode)}
    try:
        return json.dumps(reply)
    except Exception as error:  # noqa: BLE001
        return json.dumps({"raised": errors.describe(error)})


def serve_until_done(request_text: str) -> str:
    """Answer the judge's requests, the first one given, the next ones read from stdin, until it is done."""
    kernel = _shell().kernel
    while True:
        request_text = kernel.raw_input(ANSWER + serve(request_text))
        if request_text == DONE:
            return "done"


ANSWER, DONE = "=", "\x00done"  # as in course.grading.judge.link (not imported here: it needs zmq)
