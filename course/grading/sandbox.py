"""SandboxedKernelManager: every kernel that runs a submission for grading runs inside bubblewrap.

nbgrader gets it through its own extension point (``GuardedExecute.kernel_manager_class``, set in
config.py), so plain ``nbgrader autograde``, the parallel workers, ``./run.sh grade`` and the sample class
all grade in it. Learners studying in JupyterLab keep a normal kernel (nbgrader's Validate uses plain
Execute).

What the kernel gets (see the README, "How grading is isolated"):

- its own user (uid 65534, no capabilities, no new privileges), PID namespace (every process it starts dies
  with it), network namespace (no route anywhere: it talks to the grader over Unix sockets in a private
  folder), IPC and UTS namespaces;
- a size-capped scratch filesystem ``/sandbox`` holding a copy of the submission's files (never its
  notebooks: nbgrader has already restored the hidden tests into them) as the working directory, HOME and
  TMPDIR;
- read-only: /usr and the system libraries, the interpreter, the project's .venv and ``course/`` package;
  nothing else of the project (no gradebook, source/, release/, submitted/, autograded/, feedback/,
  exchange, home folder) exists inside;
- limits (course/grading/config.py): address space, file size, CPU time (prlimit), processes (a pids
  cgroup when the host offers one; otherwise the PID namespace still ends every process with the kernel).

Where bubblewrap or user namespaces are missing the manager refuses to start a kernel, with a message that
says what to install, unless the instructor chose ``COURSE_UNSAFE_NO_SANDBOX=1``.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import tempfile
import uuid
from functools import lru_cache
from pathlib import Path

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from traitlets import Bool, DottedObjectName, Unicode

import course

BWRAP_ENV = "COURSE_BWRAP"                 # path of bwrap (tests point it at a missing file)
UNSAFE_ENV = "COURSE_UNSAFE_NO_SANDBOX"    # "1": grade with an ordinary kernel (the instructor's risk)
SANDBOX_UID = 65534                        # "nobody"
INSIDE = "/sandbox"                        # the scratch filesystem inside the sandbox
WORKDIR = f"{INSIDE}/submission"
INBOX = f"{INSIDE}/inbox"                  # read-only: the submission's files, copied to WORKDIR at start
HOME = f"{INSIDE}/home"
PROJECT_ROOT = Path(course.__file__).resolve().parents[1]
ENV_KEPT = ("NBGRADER_EXECUTION", "COURSE_MOCK_EXPLAIN", "TZ", "PYTHONHASHSEED")
ENV_KEPT_PREFIXES = ("AWS_",)              # the fake credentials of course.offline


class SandboxUnavailable(RuntimeError):
    """No sandbox can be built on this host, and the instructor did not choose to grade without one."""


def limits():
    from . import config

    return config


def unsafe_allowed() -> bool:
    return os.environ.get(UNSAFE_ENV) == "1"


def bwrap_path() -> str | None:
    configured = os.environ.get(BWRAP_ENV)
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("bwrap")


HOW_TO_FIX = (
    "Grading runs each submission in a bubblewrap sandbox. Install it with `apt-get install bubblewrap` "
    "(./run.sh does this for you); user namespaces must be allowed "
    "(`sysctl kernel.unprivileged_userns_clone=1` on Debian/Ubuntu kernels, `sysctl user.max_user_namespaces=15000`; "
    "in Docker run with `--security-opt seccomp=unconfined` or grant user namespaces). "
    f"To grade without a sandbox anyway (each submission then runs with your rights), set {UNSAFE_ENV}=1 "
    "or pass --unsafe-no-sandbox."
)


@lru_cache(maxsize=None)
def _probe(bwrap: str | None) -> str | None:
    if bwrap is None:
        where = os.environ.get(BWRAP_ENV)
        return (f"bubblewrap not found ({BWRAP_ENV}={where} is not an executable)" if where
                else "bubblewrap (`bwrap`) is not installed")
    if shutil.which("prlimit") is None:
        return "`prlimit` (util-linux) is not installed"
    try:
        # the options every grading kernel is started with (an old bubblewrap lacks --size, for one)
        probe = subprocess.run([bwrap, "--unshare-all", "--die-with-parent", "--new-session", *_system_binds(),
                                "--proc", "/proc", "--dev", "/dev", "--size", str(1 << 20), "--perms", "1777",
                                "--tmpfs", INSIDE, "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID),
                                "--", "/bin/true"],
                               capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bubblewrap could not run ({error})"
    if probe.returncode != 0:
        return ("bubblewrap cannot create user namespaces here: "
                + (probe.stderr.strip().splitlines() or ["no message"])[-1])
    return None


def sandbox_problem() -> str | None:
    """None when a sandbox can be built here, else what is missing (in words)."""
    return _probe(bwrap_path())


def require_sandbox(what: str = "grading") -> bool:
    """For commands that grade a class: True when sandboxed; False when the instructor chose the unsafe
    option (a warning is printed); SystemExit with the reason and the fix otherwise."""
    problem = sandbox_problem()
    if problem is None:
        return True
    if unsafe_allowed():
        print(f"WARNING: {what} WITHOUT a sandbox ({problem}): every submission runs with your rights "
              f"({UNSAFE_ENV}=1).", file=sys.stderr, flush=True)
        return False
    raise SystemExit(f"Refusing {what}: {problem}.\n{HOW_TO_FIX}")


# ---- building the bwrap command ------------------------------------------------------------------

def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for name in ("/etc/ld.so.cache", "/etc/localtime", "/etc/alternatives", "/etc/fonts"):
        if os.path.exists(name):
            args += ["--ro-bind", name, name]
    return args


def _python_binds(hidden: tuple = ()) -> list[str]:
    """The interpreter (wherever it lives, e.g. pyenv under /root), the venv and the course package; refused
    when the project or a folder in ``hidden`` (the submission's, in the course) would be visible with them."""
    paths = {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix),
             os.path.realpath(os.path.dirname(os.path.realpath(sys.executable)))}
    venv = os.path.realpath(sys.prefix)
    paths.add(str(Path(course.__file__).resolve().parent))
    for name in ("stdlib", "platstdlib", "purelib", "platlib"):
        paths.add(os.path.realpath(sysconfig.get_path(name)))
    # keep only the outermost of nested paths; never the project root itself
    chosen = []
    for path in sorted(paths, key=len):
        if path in ("/", "/usr") or path.startswith("/usr/"):
            continue
        if not any(path == c or path.startswith(c + os.sep) for c in chosen):
            chosen.append(path)
    # a course folder inside one of them would be visible to every submission (the repo cloned into a venv's folder)
    private = [str(PROJECT_ROOT)] if (PROJECT_ROOT / "nbgrader_config.py").exists() else []  # a checkout, not a copy
    for folder in private + [f for f in hidden if f]:
        folder = os.path.realpath(folder)
        inside = next((c for c in chosen if folder == c or folder.startswith(c + os.sep)), None)
        if inside is not None:
            raise SandboxUnavailable(f"the course folder {folder} lies inside {inside}, which the sandbox shows "
                                     "read-only to every submission: keep the course and the venv apart")
    args = []
    for path in chosen:
        args += ["--ro-bind", path, path]
    if sys.prefix != venv:  # a venv reached through a symlink
        args += ["--symlink", venv, sys.prefix]
    return args


def _prlimit() -> list[str]:
    c = limits()
    return ["prlimit", f"--as={c.SANDBOX_MEMORY_BYTES}", f"--fsize={c.SANDBOX_FILE_BYTES}",
            f"--cpu={c.SANDBOX_CPU_SECONDS}:{c.SANDBOX_CPU_SECONDS + 5}", "--core=0", "--"]


def kernel_environment(given: dict | None) -> dict[str, str]:
    """What the kernel sees: a short allowlist, never the grader's environment (db URLs, tokens...)."""
    given = given or {}
    venv_bin = os.path.dirname(sys.executable)
    env = {
        "PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin",
        "HOME": HOME, "TMPDIR": f"{INSIDE}/tmp", "USER": "nobody", "LOGNAME": "nobody",
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "MPLCONFIGDIR": f"{HOME}/.config/matplotlib", "IPYTHONDIR": f"{HOME}/.ipython",
        "JUPYTER_CONFIG_DIR": f"{HOME}/.jupyter", "JUPYTER_DATA_DIR": f"{HOME}/.local/share/jupyter",
        "JUPYTER_RUNTIME_DIR": f"{HOME}/.local/share/jupyter/runtime", "XDG_CACHE_HOME": f"{HOME}/.cache",
        "PYTHONDONTWRITEBYTECODE": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        # predictable address space and CPU: one malloc arena set and one BLAS thread per kernel
        "MALLOC_ARENA_MAX": "2", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    }
    for name, value in given.items():
        if name in ENV_KEPT or name.startswith(ENV_KEPT_PREFIXES):
            env[name] = value
    return env


def _cgroup_parent(controller: str) -> Path | None:
    """A folder under which a per-kernel cgroup with ``controller`` (pids, memory) can be made: this process's
    own cgroup in the v1 hierarchy of that controller, or in the v2 hierarchy where it delegates it."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    candidates = []
    for line in lines:
        number, controllers, own = (line.split(":", 2) + ["", ""])[:3]
        if controller in controllers.split(","):
            candidates.append(Path("/sys/fs/cgroup") / controller / own.strip().lstrip("/"))
        elif number == "0" and controllers == "":
            own_dir = Path("/sys/fs/cgroup") / own.strip().lstrip("/")
            try:  # a child cgroup gets a controller only where this one delegates it
                if controller in (own_dir / "cgroup.subtree_control").read_text().split():
                    candidates.append(own_dir)
            except OSError:
                pass
    for base in candidates:
        if (base / "cgroup.procs").exists() and os.access(base, os.W_OK):
            return base
    return None


def process_limit_mechanism() -> str:
    return "pids cgroup" if _cgroup_parent("pids") is not None else "PID namespace teardown only"


def memory_limit_mechanism() -> str:
    return "memory cgroup" if _cgroup_parent("memory") is not None else "per-process address space only"


def _sweep_stale(parent: Path, older_than: float = 600) -> None:
    """Remove our empty cgroups left by a grader that was killed (rmdir fails on any still in use)."""
    import time

    for stale in parent.glob("course-grading-*"):
        try:
            if time.time() - stale.stat().st_mtime > older_than:
                stale.rmdir()
        except OSError:
            pass


def _v2(path: Path) -> bool:
    return (path / "cgroup.controllers").exists()


class _Cgroup:
    """The kernel's own cgroups, where the host lets the grader make them: ``pids`` (processes and threads) and
    ``memory`` (all its processes together; RLIMIT_AS only bounds each one). One folder on cgroup v2."""

    def __init__(self, max_pids: int, max_memory: int | None = None):
        self.paths: dict[str, Path] = {}
        name = f"course-grading-{uuid.uuid4().hex[:12]}"
        wanted = {"pids": {"pids.max": max_pids}}
        if max_memory:
            wanted["memory"] = {"memory.max": max_memory, "memory.swap.max": 0}
        for controller, settings in wanted.items():
            parent = _cgroup_parent(controller)
            if parent is None:
                continue
            _sweep_stale(parent)
            path = parent / name
            try:
                path.mkdir(exist_ok=True)
                for key, value in settings.items():
                    if not _v2(path):  # v1 names
                        key = {"memory.max": "memory.limit_in_bytes", "memory.swap.max": None}.get(key, key)
                    if key is not None:
                        (path / key).write_text(str(value))
                self.paths[controller] = path
            except OSError:
                try:
                    path.rmdir()
                except OSError:
                    pass

    @property
    def path(self) -> Path | None:
        return next(iter(self.paths.values()), None)

    def wrap(self, cmd: list[str]) -> list[str]:
        procs = sorted({str(p / "cgroup.procs") for p in self.paths.values()})
        if not procs:
            return cmd
        script = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 1; shift; done; shift; exec "$@"'
        return ["/bin/sh", "-c", script, "sh", *procs, "--", *cmd]

    def hit_limit(self) -> bool:
        """The process limit was hit (a fork or thread refused)."""
        return self._count("pids", "pids.events", "max") > 0

    def out_of_memory(self) -> bool:
        """A process of the kernel was killed for using more than the memory limit."""
        path = self.paths.get("memory")
        if path is None:
            return False
        if _v2(path):
            return self._count("memory", "memory.events", "oom_kill") > 0
        return self._count("memory", "memory.oom_control", "oom_kill") > 0

    def _count(self, controller: str, file: str, key: str) -> int:
        path = self.paths.get(controller)
        try:
            text = (path / file).read_text() if path else ""
        except OSError:
            return 0
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == key and parts[1].isdigit():
                return int(parts[1])
        return 0

    def kill_all(self) -> None:
        for path in self.paths.values():
            try:
                pids = [int(p) for p in (path / "cgroup.procs").read_text().split()]
            except OSError:
                pids = []
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass

    def remove(self) -> None:
        for _ in range(250):  # processes in a dying PID namespace take a moment to go
            self.kill_all()
            for controller, path in list(self.paths.items()):
                try:
                    path.rmdir()
                    del self.paths[controller]
                except OSError:
                    pass
            if not self.paths:
                return
            import time

            time.sleep(0.02)


_live_folders: set = set()   # removed at exit if a kernel's own cleanup never ran


def _sweep_orphan_folders(parent: Path) -> None:
    """Remove private folders whose grading process is gone (killed before its cleanup ran)."""
    for folder in parent.glob("course-sandbox-*-*"):
        owner = folder.name.split("-")[2]
        if owner.isdigit() and not Path(f"/proc/{owner}").exists():
            shutil.rmtree(folder, ignore_errors=True)


def _prepare_private_folder(scratch_root: str = "") -> Path:
    _sweep_orphan_folders(Path(scratch_root or tempfile.gettempdir()))
    private = Path(tempfile.mkdtemp(prefix=f"course-sandbox-{os.getpid()}-", dir=scratch_root or None))
    _live_folders.add(private)
    (private / "run").mkdir()     # connection file and ipc sockets (read-write for the kernel)
    (private / "inbox").mkdir()   # the submission's files (read-only for the kernel)
    etc = private / "etc"
    etc.mkdir()
    (etc / "passwd").write_text(f"nobody:x:{SANDBOX_UID}:{SANDBOX_UID}:nobody:{HOME}:/usr/sbin/nologin\n")
    (etc / "group").write_text(f"nogroup:x:{SANDBOX_UID}:\n")
    (etc / "hosts").write_text("127.0.0.1 localhost\n")
    return private


EXIT_SIGNALS = {128 + signal.SIGXCPU: "cpu", 128 + signal.SIGXFSZ: "file", 128 + signal.SIGKILL: "killed",
                128 + signal.SIGSEGV: "crash", 128 + signal.SIGABRT: "crash"}


HAND_OUT = (f"import os as _o, shutil as _s; _s.copytree({INBOX!r}, {WORKDIR!r}, dirs_exist_ok=True); "
            f"_o.chdir({WORKDIR!r}); del _o, _s")
# what every week's notebook imports; not matplotlib: no chart is drawn while grading (course.charts.chart)
PREIMPORT = ["import course, course.testing, course.offline, course.display, boto3, pandas",
             "del course, boto3, pandas"]


class _Spare:
    def __init__(self, key, private: Path, cgroup, process, connection_file: str):
        self.key, self.private, self.cgroup, self.process, self.connection_file = (
            key, private, cgroup, process, connection_file)
        self.holder = None  # the bwrap process that holds a forked kernel's sandbox (course.grading.zygote)
        self.starting = None  # the thread that starts it while the current submission is graded

    def settle(self) -> None:
        """Wait until the kernel is started (or failed to: ``process`` stays None)."""
        if self.starting is not None:
            self.starting.join()
            self.starting = None

    def discard(self) -> None:
        self.settle()
        try:
            self.process.kill()
            self.process.wait(5)
        except Exception:
            pass
        _stop_holder(self.holder)
        if self.cgroup is not None:
            self.cgroup.remove()
        shutil.rmtree(self.private, ignore_errors=True)
        _live_folders.discard(self.private)


_spares: dict = {}
_more_to_grade = None  # set by a grading process that knows its queue: no spare kernel when nothing is left


def expect_more_submissions(check) -> None:
    """``check()`` says whether another submission may still come to this process; when it says no, no
    kernel is started ahead (a spare nobody adopts costs a kernel start and its imports)."""
    global _more_to_grade
    _more_to_grade = check


def _pgid(pid: int):
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def _take_spare(key) -> "_Spare | None":
    spare = _spares.pop(key, None)
    if spare is not None:
        spare.settle()
        if spare.process is None or spare.process.poll() is not None:  # failed or died: start cold instead
            spare.discard()
            return None
    return spare


def _discard_spares() -> None:
    while _spares:
        _spares.popitem()[1].discard()
    for folder in list(_live_folders):
        shutil.rmtree(folder, ignore_errors=True)
    if _fork_server is not None:
        _fork_server.close()


def _stop_holder(holder) -> None:
    if holder is not None:
        try:
            holder.kill()
            holder.wait(5)
        except Exception:  # noqa: BLE001
            pass


FORK_ENV = "COURSE_FORK_KERNELS"  # 0: kernels started ahead are started cold (for comparison in the bench)
_fork_server = None


def _fork_wanted(cmd: list[str]) -> bool:
    return (os.environ.get(FORK_ENV, "1") != "0" and cmd[1:3] == ["-m", "ipykernel_launcher"]
            and not (_fork_server is not None and _fork_server.broken))


def _kernel_env(env: dict) -> dict:
    return {name: value for name, value in env.items() if name != "JPY_PARENT_PID"}  # as bwrap --unsetenv


def _start_holder(spare: "_Spare", holder_cmd: list[str], env: dict, write: int) -> None:
    """Start bwrap around the holder. In the grading process's main thread: bwrap --die-with-parent ends
    with the thread that started it."""
    try:
        spare.holder = subprocess.Popen(holder_cmd, cwd=str(spare.private), env=_kernel_env(env), pass_fds=(write,),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        os.close(write)


def _forked_kernel(log, spare: "_Spare", cmd: list[str], env: dict, read: int):
    """The spare's kernel forked by this process's zygote into the sandbox bwrap built around the holder (which
    reports its first process on ``read``); None when it cannot be (the next submission's kernel starts cold)."""
    global _fork_server
    from .zygote import ForkServer

    env = _kernel_env(env)
    try:
        if spare.holder is None:
            raise OSError("the sandbox holder did not start")
        if _fork_server is None:
            _fork_server = ForkServer(env)
        holder = _holder_pid(_bwrap_child_pid(read))
        namespaces = {ns: os.stat(f"/proc/{holder}/ns/{ns}").st_ino for ns in ("mnt", "pid", "net", "ipc", "uts")}
        c = limits()
        request = {"holder": holder, "namespaces": namespaces, "argv": cmd[3:], "env": env, "cwd": WORKDIR,
                   "uid": SANDBOX_UID, "cgroups": sorted(str(path / "cgroup.procs") for path in spare.cgroup.paths.values()),
                   "limits": {"RLIMIT_AS": [c.SANDBOX_MEMORY_BYTES] * 2, "RLIMIT_FSIZE": [c.SANDBOX_FILE_BYTES] * 2,
                              "RLIMIT_CPU": [c.SANDBOX_CPU_SECONDS, c.SANDBOX_CPU_SECONDS + 5], "RLIMIT_CORE": [0, 0]}}
        return _fork_server.fork(request)
    except (OSError, ValueError) as problem:
        log.warning("starting the next kernel cold: %s", problem)
        _stop_holder(spare.holder)
        spare.holder = None
        return None
    finally:
        os.close(read)


def _bwrap_child_pid(info_fd: int, timeout: float = 10) -> int:
    """bwrap's --info-fd: the host PID of its first process in the sandbox."""
    import json
    import select

    text, end = b"", time.monotonic() + timeout
    while b"}" not in text:
        if time.monotonic() > end or not select.select([info_fd], [], [], max(0, end - time.monotonic()))[0]:
            raise OSError("bwrap did not say which process it started")
        chunk = os.read(info_fd, 4096)
        if not chunk:
            raise OSError("bwrap stopped before starting the holder")
        text += chunk
    return int(json.loads(text[:text.index(b"}") + 1])["child-pid"])


def _holder_pid(outer: int, timeout: float = 10) -> int:
    """The holder itself (``sleep``, a child of bwrap's first process): the namespaces the kernel joins."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            children = Path(f"/proc/{outer}/task/{outer}/children").read_text().split()
            for child in children:
                if os.readlink(f"/proc/{child}/exe").endswith("/sleep"):
                    return int(child)
        except OSError:
            pass
        time.sleep(0.005)
    raise OSError("the sandbox holder did not start")


import atexit  # noqa: E402

atexit.register(_discard_spares)


def _start_spare(km: "SandboxedKernelManager", key, kernel_cmd: list[str], kw: dict) -> None:
    """Start the next submission's kernel now, with the heavy modules imported; it waits for its submission."""
    from jupyter_client.connect import write_connection_file
    from jupyter_client.launcher import launch_kernel

    old = _spares.pop(key, None)
    if old is not None:
        old.discard()
    private = _prepare_private_folder(km.scratch_root)
    connection_file, _ = write_connection_file(
        str(private / "run" / "kernel.json"), transport="ipc", ip=str(private / "run" / "k"),
        key=uuid.uuid4().hex.encode(), signature_scheme=km.session.signature_scheme, kernel_name=km.kernel_name)
    ours = {km.connection_file, os.path.realpath(km.connection_file)}
    cmd = [connection_file if arg in ours else arg for arg in kernel_cmd]
    cmd += [f"--IPKernelApp.exec_lines={line}" for line in PREIMPORT]
    c = limits()
    spare = _Spare(key, private, _Cgroup(c.SANDBOX_MAX_PROCESSES, c.SANDBOX_TOTAL_MEMORY_BYTES), None, connection_file)
    forking = km.fork_kernels and _fork_wanted(cmd)
    saved = km._private, km._cgroup
    km._private, km._cgroup = private, spare.cgroup  # bwrap_command builds the spare's sandbox, not km's
    try:
        if forking:
            read, write = os.pipe()
            holder_cmd = km.bwrap_command(["sleep", "infinity"], 'exec "$@"', info_fd=write)
        else:
            cold_cmd = km.bwrap_command(cmd, 'exec "$@"')
    finally:
        km._private, km._cgroup = saved
    if forking:
        import threading

        try:
            _start_holder(spare, holder_cmd, kw["env"], write)
        except OSError as problem:  # _forked_kernel reports it and leaves no process
            km.log.warning("could not start the sandbox holder: %s", problem)
        # the rest in the background, while the current submission's cells run; a failure leaves no process,
        # and the next submission's kernel then starts cold
        spare.starting = threading.Thread(target=lambda: setattr(spare, "process", _forked_kernel(
            km.log, spare, cmd, kw["env"], read)), name="course-next-kernel", daemon=True)
        spare.starting.start()
    else:
        launch = {k: v for k, v in kw.items() if k in ("env", "stdout", "stderr")}
        spare.process = launch_kernel(cold_cmd, cwd=str(private), **launch)
    _spares[key] = spare


class ReadyKernelClient(AsyncKernelClient):
    """jupyter_client's wait_for_ready, without its last step: after the kernel answered kernel_info and iopub
    delivered a message (so it is connected), it reads iopub until it has been quiet for 0.2 s. nbclient reads
    only the messages of its own requests, so that wait is 0.2 s idle for every submission."""

    async def _ready_when_answered(self, timeout: float | None = None) -> None:
        from queue import Empty

        end = time.monotonic() + (timeout if timeout is not None else float("inf"))
        while True:
            self.kernel_info()
            try:
                msg = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                msg = None
            if msg is not None and msg["msg_type"] == "kernel_info_reply":
                try:
                    await self.iopub_channel.get_msg(timeout=0.2)  # iopub is connected
                except Empty:
                    pass
                else:
                    self._handle_kernel_info_reply(msg)
                    return
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > end:
                raise RuntimeError(f"Kernel didn't respond in {timeout:g} seconds")

    wait_for_ready = _ready_when_answered


class SandboxedKernelManager(AsyncKernelManager):
    """An AsyncKernelManager whose kernel runs in bubblewrap (see the module docstring)."""

    client_class = DottedObjectName("course.grading.sandbox.ReadyKernelClient")

    sandboxed = Bool(True, help="False when the instructor chose to grade without a sandbox").tag(config=False)
    scratch_root = Unicode("", help="Where the private per-kernel folders go (default: the temp dir)").tag(config=True)
    prestart = Bool(False, help="Keep one sandboxed kernel started ahead, with the heavy modules already "
                                "imported, for the next submission (each kernel still serves one submission "
                                "only). Worth it in long-lived grading processes (the workers).").tag(config=True)
    fork_kernels = Bool(True, help="Start the kernels ahead by forking a process that has imported them once "
                                   "(course.grading.zygote), into a sandbox bwrap built; else cold").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._private: Path | None = None
        self._cgroup: _Cgroup | None = None
        self._adopted: "_Spare | None" = None
        self._submission_folder: str | None = None
        self.exit_code: int | None = None

    # -- start ------------------------------------------------------------------------------------
    async def _async_pre_start_kernel(self, **kw):
        problem = sandbox_problem()
        if problem is not None:
            if not unsafe_allowed():
                raise SandboxUnavailable(f"Refusing to grade: {problem}.\n{HOW_TO_FIX}")
            self.sandboxed = False
            self.log.warning("grading WITHOUT a sandbox (%s=1): %s", UNSAFE_ENV, problem)
            return await super()._async_pre_start_kernel(**kw)
        self.transport = "ipc"
        self._adopted = _take_spare(self._spare_key(kw.get("extra_arguments"), kw.get("env"))) if self.prestart else None
        if self._adopted is not None:  # a kernel started ahead: same ports and key as in its connection file
            self._private, self._cgroup = self._adopted.private, self._adopted.cgroup
            self.connection_file = self._adopted.connection_file
            self.load_connection_file()
        else:
            self._private = _prepare_private_folder(self.scratch_root)
            self.ip = str(self._private / "run" / "k")
            self.connection_file = str(self._private / "run" / "kernel.json")
        # a SIGINT to bwrap never reaches the kernel: interrupt it over the control channel
        self.kernel_spec.interrupt_mode = "message"
        return await super()._async_pre_start_kernel(**kw)

    def _copy_submission(self, source: str | None) -> None:
        """The submission's files, never its notebooks (they hold the restored hidden tests) nor a symbolic
        link (it would be followed here, with the grader's rights)."""
        from .exchange import drop_links

        if not source or not os.path.isdir(source):
            return
        shutil.copytree(source, self._private / "inbox", dirs_exist_ok=True, symlinks=True,
                        ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
        drop_links(self._private / "inbox")

    def bwrap_command(self, kernel_cmd: list[str], start: str, info_fd: int | None = None) -> list[str]:
        c = limits()
        private = self._private
        info = ["--info-fd", str(info_fd)] if info_fd is not None else []
        cmd = [bwrap_path(), *info, "--unshare-all", "--die-with-parent", "--new-session",
               *_system_binds(), *_python_binds((self._submission_folder,)),
               "--ro-bind", str(private / "etc" / "passwd"), "/etc/passwd",
               "--ro-bind", str(private / "etc" / "group"), "/etc/group",
               "--ro-bind", str(private / "etc" / "hosts"), "/etc/hosts",
               "--proc", "/proc", "--dev", "/dev",
               "--size", str(c.SANDBOX_SCRATCH_BYTES), "--perms", "1777", "--tmpfs", INSIDE,
               "--dir", WORKDIR, "--dir", HOME, "--dir", f"{INSIDE}/tmp",
               "--ro-bind", str(private / "inbox"), INBOX,
               "--bind", str(private / "run"), str(private / "run"),
               "--chdir", WORKDIR, "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID),
               "--unsetenv", "JPY_PARENT_PID", "--hostname", "sandbox", "--", "/bin/sh", "-c", start, "sh",
               *_prlimit(), *kernel_cmd]
        return self._cgroup.wrap(cmd)

    def _spare_key(self, extra_arguments, env) -> tuple:
        """Kernels are interchangeable when started with the same arguments and environment."""
        return (self.kernel_name, tuple(extra_arguments or ()),
                tuple(sorted(kernel_environment(env or dict(os.environ)).items())))

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        if not self.sandboxed:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        c = limits()
        self._submission_folder = kw.get("cwd")
        self._copy_submission(self._submission_folder)
        kw["env"] = kernel_environment(kw.get("env"))
        kw["cwd"] = str(self._private)
        kw["stdout"] = subprocess.DEVNULL  # ipykernel's console banner: noise in the grading log
        key = self._spare_key(self._launch_args.get("extra_arguments"), kw["env"])
        if self._adopted is not None:
            spare = self._adopted
            self.provisioner.process, self.provisioner.pid = spare.process, spare.process.pid
            self.provisioner.pgid = _pgid(spare.process.pid)
            self.provisioner.cwd = str(self._private)
            self._reconcile_connection_info(self.provisioner.connection_info)
        else:
            self._cgroup = _Cgroup(c.SANDBOX_MAX_PROCESSES, c.SANDBOX_TOTAL_MEMORY_BYTES)
            start = f'cp -R {INBOX}/. {WORKDIR}/ 2>/dev/null; exec "$@"'
            await super()._async_launch_kernel(self.bwrap_command(kernel_cmd, start), **kw)
        if self.prestart and (_more_to_grade is None or _more_to_grade()):
            _start_spare(self, key, kernel_cmd, kw)

    async def _async_post_start_kernel(self, **kw):
        await super()._async_post_start_kernel(**kw)
        if self._adopted is not None:
            await self._hand_out()

    async def _hand_out(self) -> None:
        """Give the adopted kernel its submission: copy the files in, make them the working folder.
        Trusted code, run silently (no execution count, no history) before any of the submission's."""
        kc = self.client()
        kc.start_channels(hb=False, stdin=False, iopub=False)
        try:
            # the kernel has long been ready; nothing is read from iopub here (wait_for_ready would wait 0.2 s
            # for it to go quiet), nbclient's own client checks iopub
            msg_id = kc.execute(HAND_OUT, silent=True, store_history=False)
            while True:
                reply = await kc.get_shell_msg(timeout=60)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"could not hand the submission to its kernel: {reply['content']}")
        finally:
            kc.stop_channels()

    # -- after ------------------------------------------------------------------------------------
    def _remember_exit(self) -> None:
        process = getattr(self.provisioner, "process", None) if self.provisioner else None
        if process is not None and process.poll() is not None:
            self.exit_code = process.returncode

    def limit_breached(self) -> str | None:
        """A limit the kernel exceeded during the last cell (a process or thread it could not start, files in
        its socket folder): stop it rather than let every later cell fail in its own way; None when all is well."""
        c = limits()
        if self._cgroup is not None and self._cgroup.hit_limit():
            return f"the submission started more than {c.SANDBOX_MAX_PROCESSES} processes or threads"
        if self._cgroup is not None and self._cgroup.out_of_memory():
            return _memory_message(c)
        if self._private is not None and _too_full(self._private / "run"):
            # the socket folder is the one place outside the capped scratch the kernel can write (its sockets);
            # it is checked after every cell and removed with the kernel
            return "the submission wrote files into the grader's socket folder"
        return None

    def stop_for_limit(self) -> None:
        """Kill every process of this kernel (the grader then marks the later cells as not run)."""
        if self._cgroup is not None:
            self._cgroup.kill_all()

    def death_reason(self) -> str | None:
        """Why the kernel died, in words for the feedback, when a limit explains it."""
        self._remember_exit()
        c = limits()
        if self._cgroup is not None and self._cgroup.hit_limit():
            return f"the submission started more than {c.SANDBOX_MAX_PROCESSES} processes or threads"
        if self._cgroup is not None and self._cgroup.out_of_memory():
            return _memory_message(c)
        kind = EXIT_SIGNALS.get(self.exit_code or 0)
        if kind == "cpu":
            return f"the submission used more than {c.SANDBOX_CPU_SECONDS} s of CPU time"
        if kind == "file":
            return f"the submission wrote a file larger than {human_bytes(c.SANDBOX_FILE_BYTES)}"
        return None

    async def _async_wait(self, pollinterval: float = 0.1) -> None:
        """After a kill, poll every 10 ms, not every 100: a killed kernel is gone within milliseconds, and the
        rest of the 100 ms step was idle time for every submission graded."""
        await super()._async_wait(pollinterval=min(pollinterval, 0.01))

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        self._remember_exit()
        try:
            await super()._async_cleanup_resources(restart=restart)
        finally:
            if not restart:
                self._release()

    async def _async_shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
        try:
            await super()._async_shutdown_kernel(now=now, restart=restart)
        finally:
            if not restart:
                self._release()

    def _release(self) -> None:
        """Every process of this kernel killed (the cgroup), its private folder removed. Idempotent."""
        self._remember_exit()
        if self._adopted is not None:
            _stop_holder(self._adopted.holder)
        if self._cgroup is not None:
            self._cgroup.remove()
            self._cgroup = None
        if self._private is not None:
            shutil.rmtree(self._private, ignore_errors=True)
            _live_folders.discard(self._private)
            self._private = None


def _memory_message(c) -> str:
    return (f"the submission used more than {human_bytes(c.SANDBOX_TOTAL_MEMORY_BYTES)} of memory "
            "(all its processes together)")


RUN_FOLDER_ENTRIES = 64        # sockets and the connection file: a handful
RUN_FOLDER_BYTES = 1 << 20


def _too_full(folder: Path) -> bool:
    """More entries or bytes of files in ``folder`` (not following links) than a kernel's sockets need."""
    entries, size, todo = 0, 0, [folder]
    while todo:
        try:
            with os.scandir(todo.pop()) as listing:
                for entry in listing:
                    entries += 1
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
                    elif entry.is_file(follow_symlinks=False):
                        size += entry.stat(follow_symlinks=False).st_size
                    if entries > RUN_FOLDER_ENTRIES or size > RUN_FOLDER_BYTES:
                        return True
        except OSError:
            continue
    return False


def human_bytes(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            value = n / size
            return f"{value:g} {unit}" if value != int(value) else f"{int(value)} {unit}"
    return f"{n} bytes"
