"""A fork server for sandboxed kernels: the imports every kernel makes are paid once per grading process.

A kernel started cold spends about 0.75 s of CPU before it runs a line of the submission: Python,
ipykernel, ``course``, boto3 and pandas. With two workers on two cores that was a third of all the CPU
grading used, so the same kernel start was paid again for every submission.

``ForkServer`` starts ``python -m course.grading.zygote``: a fresh process (nothing of the grader's in its
memory: no gradebook, no hidden test, no answer) that imports those modules once and then waits for
requests on its stdin. For each kernel:

1. The grader builds the sandbox with bubblewrap exactly as for a cold kernel (same ``bwrap`` command,
   same cgroups), but with ``sleep`` in place of the kernel: a holder that keeps the namespaces alive.
2. The zygote forks. The child joins the holder's cgroups, then its namespaces (the outer user namespace
   bwrap made, mount, PID, network, IPC, UTS, then the holder's own user namespace), and forks again so
   that its child is inside the sandbox's PID namespace.
3. That grandchild closes every file descriptor, sets the limits, drops every capability (and checks in
   /proc/self/status that none is left), becomes the sandbox user, takes the kernel's environment and
   starts ipykernel in-process. The modules are shared with the zygote copy-on-write.
4. The middle process waits for the kernel and exits with its status (128 + signal, as bwrap reports);
   the zygote reaps it and tells the grader.

The kernel sees what a cold sandboxed kernel sees: bubblewrap's mounts, no network, its own PID
namespace (the zygote and the middle process are outside it), no capability, the sandbox user. When
anything of this fails, the grader starts the kernel cold (``ForkServer.available`` is False).
"""
from __future__ import annotations

import ctypes
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time

NAMESPACES = ("mnt", "pid", "net", "ipc", "uts")
CLONE_NEWUSER = 0x10000000
NS_GET_USERNS = 0xB701  # ioctl: the user namespace that owns a namespace
PR_SET_NO_NEW_PRIVS, PR_CAPBSET_DROP, PR_SET_DUMPABLE, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 38, 24, 4, 47, 4
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


# ---- inside the zygote ---------------------------------------------------------------------------------

def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _drop_capabilities(libc) -> None:
    """No capability left in any set (bounding, ambient, permitted, effective, inheritable); no new ones
    through exec (no_new_privs). Checked afterwards in /proc/self/status."""
    for cap in range(64):
        libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)  # EINVAL past the last capability: ignored
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(libc.capset(header, data), "capset")
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    status = open("/proc/self/status").read()
    for line in status.splitlines():
        key, _, value = line.partition(":")
        if key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb") and int(value.strip(), 16) != 0:
            raise OSError(f"{key} is {value.strip()} after dropping every capability")


def _close_all_but(keep: int) -> None:
    """Every file descriptor above 2 closed, except ``keep``."""
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX"))


def _set_limits(limits: dict) -> None:
    import resource

    for name, (soft, hard) in limits.items():
        resource.setrlimit(getattr(resource, name), (soft, hard))


def _become_kernel(request: dict, confirm: int) -> None:
    """In the grandchild, inside the sandbox's namespaces: never returns. Writes ``ok`` on ``confirm`` once
    it is the sandbox user with no capability, before it runs ipykernel."""
    code = 1
    try:
        libc = _libc()
        null = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        _close_all_but(confirm)
        os.setsid()
        _set_limits(request["limits"])
        _drop_capabilities(libc)
        uid = int(request["uid"])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        if os.getresuid() != (uid, uid, uid) or os.getresgid() != (uid, uid, uid):
            raise OSError("could not become the sandbox user")
        libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        for name in (signal.SIGCHLD, signal.SIGPIPE, signal.SIGINT, signal.SIGTERM):
            signal.signal(name, signal.SIG_DFL)
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        os.write(confirm, b"ok")
        os.close(confirm)
        confirm = -1
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except BaseException as problem:  # noqa: BLE001 - the middle process reports a kernel that never confirmed
        code = 1
        if confirm >= 0:
            try:
                os.write(confirm, f"{type(problem).__name__}: {problem}"[:300].encode())
            except OSError:
                pass
    finally:
        os._exit(code)


def _join_sandbox(request: dict) -> None:
    """In the middle process: join the holder's cgroups and namespaces, start the kernel, wait for it."""
    libc = _libc()
    for procs in request["cgroups"]:
        with open(procs, "w") as f:
            f.write(str(os.getpid()))
    try:
        os.setgroups([])  # the grader's own supplementary groups stay out (root can drop them)
    except PermissionError:
        pass  # an unprivileged grader: the same groups a cold bwrap kernel keeps
    import fcntl

    holder = request["holder"]
    fds = {ns: os.open(f"/proc/{holder}/ns/{ns}", os.O_RDONLY) for ns in NAMESPACES}
    for ns, fd in fds.items():  # the namespaces the grader saw (not a process that took the holder's PID since),
        joined = os.fstat(fd).st_ino  # and never the grader's own: a kernel never runs outside a sandbox
        if joined != request["namespaces"][ns] or joined == os.stat(f"/proc/self/ns/{ns}").st_ino:
            raise OSError(f"refused: the {ns} namespace of process {holder} is not the sandbox's")
    # bwrap's namespaces belong to the user namespace it made first; the holder runs in a nested one (the
    # sandbox user). The owner's first (its rights over the namespaces), the holder's own last.
    owner = fcntl.ioctl(fds["mnt"], NS_GET_USERNS)
    own_user = os.open(f"/proc/{holder}/ns/user", os.O_RDONLY)
    mine = os.stat("/proc/self/ns/user").st_ino
    if os.fstat(owner).st_ino != mine:
        _check(libc.setns(owner, CLONE_NEWUSER), "setns user (bwrap's)")
    for ns in NAMESPACES:
        _check(libc.setns(fds[ns], 0), f"setns {ns}")
    if os.fstat(own_user).st_ino != os.fstat(owner).st_ino:
        _check(libc.setns(own_user, CLONE_NEWUSER), "setns user (the sandbox user's)")
    for fd in [*fds.values(), owner, own_user]:
        os.close(fd)
    confirmed, confirm = os.pipe()
    kernel = os.fork()  # in the sandbox's PID namespace
    if kernel == 0:
        os.close(confirmed)
        _become_kernel(request, confirm)
    os.close(confirm)
    said = os.read(confirmed, 400).decode(errors="replace")
    os.close(confirmed)
    os.write(request["_report"], (f"{kernel}" if said == "ok" else f"the kernel: {said or 'no answer'}").encode()
             .replace(b"\n", b" ") + b"\n")
    os.close(request["_report"])
    while True:
        try:
            _, status = os.waitpid(kernel, 0)
            break
        except ChildProcessError:
            os._exit(1)
        except InterruptedError:
            continue
    os._exit(128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status))


def _fork_kernel(request: dict) -> dict:
    read, write = os.pipe()
    middle = os.fork()
    if middle == 0:
        try:
            os.close(read)
            request["_report"] = write
            null = os.open("/dev/null", os.O_RDWR)
            for fd in (0, 1, 2):  # the zygote's request and answer pipes stay the zygote's
                os.dup2(null, fd)
            _close_all_but(write)  # only the report pipe crosses
            _join_sandbox(request)
        except BaseException as problem:  # noqa: BLE001 - said to the zygote, then this process ends
            try:
                os.write(write, f"{type(problem).__name__}: {problem}"[:300].replace("\n", " ").encode() + b"\n")
            except OSError:
                pass
        os._exit(1)
    os.close(write)
    with os.fdopen(read) as report:
        line = report.readline().strip()
    if not line.isdigit():
        return {"error": f"the kernel could not join its sandbox ({line or 'no answer'})", "middle": middle}
    return {"pid": int(line), "middle": middle}


class _Lines:
    """Complete lines read from a file descriptor, without the buffering that hides data from select()."""

    def __init__(self, fd: int):
        self.fd, self.buffer, self.closed = fd, b"", False

    def next(self, timeout: float) -> str | None:
        """The next line; None at end of input; "" when none came within ``timeout``."""
        end = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            if self.closed:
                return None
            if not select.select([self.fd], [], [], max(0.0, end - time.monotonic()))[0]:
                return ""
            chunk = os.read(self.fd, 65536)
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()


def serve() -> None:
    """The zygote: import once, then fork a kernel per request (JSON lines on stdin, answers on stdout)."""
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]  # python -m put the zygote's folder there; a kernel's sys.path has none
    from course.grading.sandbox import PREIMPORT

    import ipykernel.kernelapp  # noqa: F401 - what a kernel imports first
    import ipykernel.ipkernel  # noqa: F401

    for line in PREIMPORT:
        if line.startswith("import "):
            exec(line, {})  # noqa: S102 - our own constant
    _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    requests = _Lines(sys.stdin.fileno())
    middles: dict[int, int] = {}   # middle process -> kernel pid

    def say(message: dict) -> None:
        os.write(1, (json.dumps(message) + "\n").encode())

    say({"ready": True})
    while True:
        line = requests.next(0.2)
        while True:  # the middle processes that ended: their kernel's exit status
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
            if pid in middles:
                say({"exit": middles.pop(pid), "status": code})
        if line is None:
            return  # the grader is gone
        if not line:
            continue
        try:
            answer = _fork_kernel(json.loads(line))
        except Exception as problem:  # noqa: BLE001
            answer = {"error": str(problem)}
        if "pid" in answer:
            middles[answer["middle"]] = answer["pid"]
        say(answer)


# ---- in the grader ---------------------------------------------------------------------------------------

class ForkedKernel:
    """What jupyter_client needs of a kernel process (poll, wait, kill, send_signal), for a kernel the zygote
    forked: the grader is not its parent, so its exit status comes from the zygote."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, server: "ForkServer"):
        self.pid, self.server, self.returncode = pid, server, None

    def poll(self):
        if self.returncode is None:
            self.returncode = self.server.exit_status(self.pid)
        return self.returncode

    def wait(self, timeout: float | None = None):
        end = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if end is not None and time.monotonic() > end:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkServer:
    """The grader's side: one zygote per grading process, started on first use."""

    def __init__(self, env: dict):
        self._env = env
        self._process: subprocess.Popen | None = None
        self._answers: _Lines | None = None
        self._exits: dict[int, int] = {}
        self._lock = threading.Lock()
        self.broken = ""

    def _start(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "course.grading.zygote"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=self._env, cwd="/", start_new_session=True)
        self._answers = _Lines(self._process.stdout.fileno())
        if self._read(timeout=60).get("ready") is not True:
            raise OSError("the kernel fork server did not start")

    def _read(self, timeout: float, wait: bool = True) -> dict:
        """The next answer (exit reports on the way are kept); {} when ``wait`` is False and none came."""
        end = time.monotonic() + timeout
        while True:
            line = self._answers.next(max(0.0, end - time.monotonic()))
            if line is None:
                raise OSError("the kernel fork server stopped")
            if line == "":
                if not wait:
                    return {}
                raise OSError("the kernel fork server did not answer")
            message = json.loads(line)
            if "exit" in message:
                self._exits[int(message["exit"])] = int(message["status"])
                if not wait:
                    return {}
                continue
            return message

    def fork(self, request: dict) -> ForkedKernel:
        with self._lock:
            if self.broken:
                raise OSError(self.broken)
            try:
                if self._process is None or self._process.poll() is not None:
                    self._start()
                self._process.stdin.write((json.dumps(request) + "\n").encode())
                self._process.stdin.flush()
                answer = self._read(timeout=30)
            except (OSError, ValueError) as problem:
                self.broken = f"kernel fork server: {problem}"
                self.close()
                raise OSError(self.broken) from None
            if "pid" not in answer:  # it will not work better next time: cold kernels from now on
                self.broken = f"kernel fork server: {answer.get('error', 'the kernel could not be forked')}"
                raise OSError(self.broken)
            return ForkedKernel(int(answer["pid"]), self)

    def exit_status(self, pid: int):
        """The kernel's exit status, or None while it runs. The zygote reports it within 0.2 s of the end."""
        gone = not os.path.exists(f"/proc/{pid}")
        end = time.monotonic() + (1.0 if gone else 0)
        with self._lock:
            while pid not in self._exits and self._process is not None:
                try:
                    self._read(max(0.0, end - time.monotonic()), wait=False)
                except (OSError, ValueError):
                    break
                if time.monotonic() >= end:
                    break
            if pid in self._exits:
                return self._exits.pop(pid)
        return 128 + signal.SIGKILL if gone else None  # gone, and no one said how: it was killed

    def close(self) -> None:
        if self._process is not None:
            try:
                self._process.kill()
                self._process.wait(5)
            except Exception:  # noqa: BLE001
                pass
            self._process = None


if __name__ == "__main__":
    serve()
