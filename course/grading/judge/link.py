"""The judge's line to a submission kernel: one silent execute request per question, answered through
``user_expressions``; while it runs, the kernel may ask the judge questions on its stdin channel
(``input_request``), which ``on_input`` answers.

What comes back is written by the submission: the reply is read as a ``repr`` of a str with
``ast.literal_eval`` (a literal, never ``eval``), size-capped, and handed on as JSON text.
"""
from __future__ import annotations

import ast
import asyncio
import time
from typing import Callable

import zmq
import zmq.asyncio

from . import codec

AGENT = "course.grading.judge.agent"
EXPRESSION = "__import__(%r, fromlist=['serve']).serve(%r)"


class JudgeTimeout(Exception):
    """The submission did not answer in time (an endless loop?)."""


class KernelGone(BaseException):
    """The kernel stopped while the judge waited for it. A BaseException, like KeyboardInterrupt: test code
    (``exercise()`` turns the learner's exceptions into a check message) must not swallow it."""


class BadReply(Exception):
    """The kernel's answer was not what the agent sends."""


class KernelLink:
    def __init__(self, kc, km=None):
        self.kc, self.km = kc, km

    async def request(self, text: str, deadline: float, on_input: Callable[[str], str]) -> str:
        kc = self.kc
        msg_id = kc.execute("", silent=True, store_history=False, allow_stdin=True,
                            user_expressions={"r": EXPRESSION % (AGENT, text)})
        shell, stdin = kc.shell_channel.socket, kc.stdin_channel.socket
        poller = zmq.asyncio.Poller()
        poller.register(shell, zmq.POLLIN)
        poller.register(stdin, zmq.POLLIN)
        interrupted = False
        last_alive_check = time.monotonic()
        while True:
            now = time.monotonic()
            if now > deadline:
                if interrupted:
                    raise KernelGone("the kernel did not answer after it was interrupted")
                await self._interrupt()
                interrupted, deadline = True, now + 5
                continue
            events = dict(await poller.poll(timeout=min(1000, max(1, int((deadline - now) * 1000)))))
            if stdin in events:
                msg = await kc.get_stdin_msg(timeout=0)
                if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "input_request":
                    prompt = msg["content"].get("prompt", "")
                    kc.input(on_input(prompt) if not interrupted else "\x04")
            if shell in events:
                msg = await kc.get_shell_msg(timeout=0)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                if interrupted:
                    raise JudgeTimeout("the submission ran too long and was stopped")
                return _reply_text(msg["content"])
            if self.km is not None and time.monotonic() - last_alive_check > 1:
                last_alive_check = time.monotonic()
                if not await _maybe_await(self.km.is_alive()):
                    raise KernelGone("the kernel stopped")

    async def _interrupt(self) -> None:
        if self.km is not None:
            await _maybe_await(self.km.interrupt_kernel())


async def _maybe_await(value):
    if asyncio.iscoroutine(value) or isinstance(value, asyncio.Future):
        return await value
    return value


def _reply_text(content: dict) -> str:
    if content.get("status") != "ok":
        raise BadReply("the grader's request failed in the kernel")
    result = (content.get("user_expressions") or {}).get("r")
    if type(result) is not dict or result.get("status") != "ok":
        raise BadReply("the kernel did not run the grader's request")
    shown = (result.get("data") or {}).get("text/plain")
    if type(shown) is not str or len(shown) > codec.MAX_BYTES * 2:
        raise BadReply("the kernel's answer is missing or too large")
    try:
        text = ast.literal_eval(shown)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        raise BadReply("the kernel's answer is not plain text") from None
    if type(text) is not str:
        raise BadReply("the kernel's answer is not plain text")
    return text
