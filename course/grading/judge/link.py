"""The judge's line to a submission kernel.

The first question of a test cell starts the agent with one silent execute request (through
``user_expressions``); the agent answers on the kernel's stdin channel (an ``input_request`` whose prompt
is ``ANSWER`` + the answer) and then waits there for the next question, which the judge sends as the
input reply, until ``close`` tells it the cell is done. One execute request per test cell, not one per
question: an execute request costs the kernel about 2.5 ms of CPU, a question on stdin about 0.5 ms, and
a week's test cells ask a few hundred. While a call runs, the kernel may also ask the judge questions on
stdin (any other prompt), which ``on_input`` answers.

What comes back is written by the submission and is read as data: an answer is size-capped text handed on
as JSON; a prompt the submission forged only stands for what its own code returned, which it decides
anyway.
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
EXPRESSION = "__import__(%r, fromlist=['serve_until_done']).serve_until_done(%r)"
ANSWER = "="      # an input_request prompt that starts so is the answer to the judge's last question
DONE = "\x00done"  # the input reply that ends the agent's loop (never a JSON question)


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
        self._loop: str | None = None   # msg_id of the execute request the agent is answering in

    async def request(self, text: str, deadline: float, on_input: Callable[[str], str]) -> str:
        """Ask the agent ``text``; return its answer (JSON text)."""
        kc = self.kc
        if self._loop is None:
            self._loop = kc.execute("", silent=True, store_history=False, allow_stdin=True,
                                    user_expressions={"r": EXPRESSION % (AGENT, text)})
        else:
            kc.input(text)  # the agent waits on stdin for its next question
        return await self._wait(deadline, on_input)

    async def close(self, timeout: float = 10.0) -> None:
        """End the agent's loop (after a test cell): the kernel is idle again for the notebook's next cell."""
        if self._loop is None:
            return
        self.kc.input(DONE)
        try:
            await self._wait(time.monotonic() + timeout, lambda prompt: "\x04", closing=True)
        except (JudgeTimeout, BadReply):
            pass  # the loop ended (interrupted or broken): the kernel is idle

    async def _wait(self, deadline: float, on_input: Callable[[str], str], closing: bool = False) -> str:
        kc, msg_id = self.kc, self._loop
        shell, stdin = kc.shell_channel.socket, kc.stdin_channel.socket
        poller = zmq.asyncio.Poller()
        poller.register(shell, zmq.POLLIN)
        poller.register(stdin, zmq.POLLIN)
        interrupted, refused = False, ""
        last_alive_check = time.monotonic()
        while True:
            now = time.monotonic()
            if now > deadline:
                if interrupted:
                    self._loop = None
                    raise KernelGone("the kernel did not answer after it was interrupted")
                await self._interrupt()
                interrupted, deadline = True, now + 5
                continue
            events = dict(await poller.poll(timeout=min(1000, max(1, int((deadline - now) * 1000)))))
            if stdin in events:
                msg = await kc.get_stdin_msg(timeout=0)
                if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "input_request":
                    prompt = msg["content"].get("prompt", "")
                    if type(prompt) is not str or len(prompt) > codec.MAX_BYTES * 2:
                        kc.input("\x04")  # the agent's loop ends; its reply is awaited below
                        refused = "the kernel's answer is missing or too large"
                    elif interrupted or closing:
                        kc.input(DONE if closing and prompt.startswith(ANSWER) else "\x04")
                    elif prompt.startswith(ANSWER):
                        return prompt[len(ANSWER):]
                    else:
                        kc.input(on_input(prompt))
            if shell in events:
                msg = await kc.get_shell_msg(timeout=0)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                self._loop = None  # the agent's loop has ended: the next question starts another
                if closing:
                    return ""
                if interrupted:
                    raise JudgeTimeout("the submission ran too long and was stopped")
                if refused:
                    raise BadReply(refused)
                _reply_text(msg["content"])  # raises BadReply with what went wrong
                raise BadReply("the kernel stopped answering the grader")
            if self.km is not None and time.monotonic() - last_alive_check > 1:
                last_alive_check = time.monotonic()
                if not await _maybe_await(self.km.is_alive()):
                    self._loop = None
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
