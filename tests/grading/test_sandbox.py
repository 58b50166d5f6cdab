"""The grading sandbox (course/grading/sandbox.py): what a graded kernel can reach, its limits, what happens
where no sandbox can be built, and a grading worker that dies. The whole hostile class runs per assignment
in test_classroom.py; here the tiny course, in two phases, so "before" and "after" can be hashed."""
from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from helpers import FIXTURES, make_course
from course.grading import config, hostile_sandbox, sandbox, synthetic
from course.grading.limits import ExplainLimits, explanation
from course.grading.workers import autograde_all

needs_sandbox = pytest.mark.skipif(sandbox.sandbox_problem() is not None,
                                   reason=f"no sandbox on this host: {sandbox.sandbox_problem()}")


@pytest.fixture
def no_bwrap(monkeypatch):
    """A host without bubblewrap (the bwrap path points at a missing file)."""
    monkeypatch.setenv(sandbox.BWRAP_ENV, "/nonexistent/bwrap")
    monkeypatch.delenv(sandbox.UNSAFE_ENV, raising=False)
    sandbox._probe.cache_clear()
    yield
    sandbox._probe.cache_clear()


def run_in_kernel(code: str, timeout: float = 60, cwd: str | None = None, forked: bool = False):
    """Start a sandboxed kernel (given the submission folder ``cwd``), run ``code``, return (stdout, the limit
    it breached or died of, km) after shutdown. ``forked``: the kernel the grading workers use for all but
    their first submission, started ahead by the zygote (course.grading.zygote)."""
    from course.grading.zygote import ForkedKernel

    async def main():
        where = {"cwd": cwd} if cwd else {}
        if forked:
            first = sandbox.SandboxedKernelManager(kernel_name="python3", prestart=True)
            await first.start_kernel(**where)  # starts the next kernel ahead
            await first.shutdown_kernel(now=True)
            sandbox.expect_more_submissions(lambda: False)
        km = sandbox.SandboxedKernelManager(kernel_name="python3", prestart=forked)
        await km.start_kernel(**where)
        assert isinstance(km.provisioner.process, ForkedKernel) == forked
        kc = km.client()
        kc.start_channels()
        out = []
        try:
            await kc.wait_for_ready(timeout=60)
            await kc.execute_interactive(code, timeout=timeout,
                                         output_hook=lambda m: out.append(m["content"].get("text", "")))
        except TimeoutError:
            out.append("<timeout>")
        finally:
            reason = km.limit_breached() or km.death_reason()
            kc.stop_channels()
            await km.shutdown_kernel(now=True)
        return "".join(out), reason, km
    try:
        return asyncio.run(main())
    finally:
        if forked:
            sandbox.expect_more_submissions(None)
            sandbox._discard_spares()


both_kernels = pytest.mark.parametrize("forked", [False, True], ids=["cold", "forked"])


# ---- the kernel itself -------------------------------------------------------------------------------

@needs_sandbox
def test_kernels_started_ahead_serve_one_submission_each_and_share_nothing(tmp_path):
    """The next submission's kernel is forked while one is graded, from a process that imported the heavy
    modules once (course.grading.zygote). It gets only its own submission's files and nothing the kernel
    before it left: not a name, not a file in its scratch folder or /dev/shm, not a process. When the
    grading process says no submission is left, no kernel is started ahead."""
    from course.grading.zygote import ForkedKernel

    folders = []
    for name in ("first", "second", "third"):
        folders.append(tmp_path / name)
        folders[-1].mkdir()
        (folders[-1] / f"{name}.txt").write_text(name)
    more = {"left": True}
    sandbox.expect_more_submissions(lambda: more["left"])
    leave = ("import os, subprocess; SECRET = 1; open('/sandbox/tmp/left', 'w').write('x'); "
             "shm = os.access('/dev/shm', os.W_OK) and open('/dev/shm/left', 'w').write('x'); "
             "subprocess.Popen(['sleep', '600']); print(sorted(os.listdir('.')))")
    look = ("import os, sys; print(sorted(os.listdir('.')), 'SECRET' in globals(), os.path.exists('/sandbox/tmp/left'), "
            "os.path.exists('/dev/shm/left'), 'pandas' in sys.modules, "
            "sorted(open(f'/proc/{p}/cmdline').read().split(chr(0))[0] for p in os.listdir('/proc') if p.isdigit()))")

    async def main():
        seen, kinds, spares = [], [], []
        for number, folder in enumerate(folders):
            more["left"] = number < 2
            km = sandbox.SandboxedKernelManager(kernel_name="python3", prestart=True)
            await km.start_kernel(cwd=str(folder))
            kinds.append(type(km.provisioner.process).__name__)
            spares.append(len(sandbox._spares))
            seen.append(await _run(km, leave if number < 2 else look))
            await km.shutdown_kernel(now=True)
        return seen, kinds, spares

    try:
        seen, kinds, spares = asyncio.run(main())
    finally:
        sandbox.expect_more_submissions(None)
        sandbox._discard_spares()
    assert kinds[1:] == [ForkedKernel.__name__] * 2   # the first is started cold: nothing was ahead of it
    assert spares == [1, 1, 0]
    assert "['first.txt']" in seen[0] and "['second.txt']" in seen[1]
    assert seen[2].startswith("['third.txt'] False False False True "), seen[2]
    assert "sleep" in seen[2] and seen[2].count("sleep") == 1, seen[2]  # the holder only: no one's leftovers


@needs_sandbox
def test_a_kernel_is_never_forked_outside_a_sandbox(monkeypatch, caplog):
    """The zygote joins only namespaces that are not the grader's own and are the ones the grader saw for
    the holder. Pointed at the grader itself (a holder's PID taken by another process), it refuses; the
    kernels are then started cold, and the log says why."""
    import logging

    monkeypatch.setattr(sandbox, "_fork_server", None)
    monkeypatch.setattr(sandbox, "_holder_pid", lambda outer, timeout=10: os.getpid())

    async def main():
        kinds = []
        for _ in range(2):
            km = sandbox.SandboxedKernelManager(kernel_name="python3", prestart=True)
            await km.start_kernel()
            kinds.append(type(km.provisioner.process).__name__)
            await km.shutdown_kernel(now=True)
        return kinds

    try:
        with caplog.at_level(logging.WARNING):
            kinds = asyncio.run(main())
    finally:
        sandbox._discard_spares()
    assert kinds == ["Popen", "Popen"]
    assert "starting the next kernel cold" in caplog.text and "is not the sandbox's" in caplog.text


async def _run(km, code: str) -> str:
    kc = km.client()
    kc.start_channels()
    out = []
    try:
        await kc.wait_for_ready(timeout=60)
        await kc.execute_interactive(code, timeout=60, output_hook=lambda m: out.append(m["content"].get("text", "")))
    finally:
        kc.stop_channels()
    return "".join(out)


@needs_sandbox
@both_kernels
def test_kernel_is_nobody_offline_and_sees_nothing_of_the_project(forked):
    root = sandbox.PROJECT_ROOT
    out, _, km = run_in_kernel(forked=forked, code=f"""
import os, socket
print("uid", os.getuid())
print("project", sorted(os.listdir({str(root)!r})))
print("gradebook", os.path.exists({str(root / 'gradebook.db')!r}), os.path.exists({str(root / 'source')!r}))
print("home", os.path.exists("/root/.aws"), os.environ["HOME"])
print("env", sorted(k for k in os.environ if "DB_URL" in k or k.startswith("JPY_")))
for where in [("127.0.0.1", 22)]:
    try:
        socket.create_connection(where, timeout=2); print("connected")
    except OSError as e:
        print("tcp", e.errno)
try:
    open({str(Path(sandbox.__file__))!r}, "a")
except OSError as e:
    print("write course", e.errno)
""")
    assert "uid 65534" in out
    assert "project ['.venv', 'course']" in out
    assert "gradebook False False" in out and "home False /sandbox/home" in out and "env []" in out
    assert "tcp 111" in out and "connected" not in out   # its own empty loopback: refused
    assert "write course 30" in out                        # read-only file system
    assert not Path(km.connection_file).parent.exists()    # private folder removed


@needs_sandbox
@both_kernels
def test_links_in_a_submission_are_not_followed_and_the_socket_folder_is_not_storage(tmp_path, forked):
    submission = tmp_path / "submission"
    submission.mkdir()
    (submission / "data.csv").write_text("a,b\n")
    (tmp_path / "secret.txt").write_text("instructor only")
    (submission / "secret-link").symlink_to(tmp_path / "secret.txt")
    out, reason, _ = run_in_kernel("""
import os, sys
print(sorted(os.listdir(".")))
run = os.path.dirname(sys.argv[sys.argv.index("-f") + 1])
for i in range(100):
    open(os.path.join(run, f"junk-{i}"), "w").write("x" * 1000)
""", cwd=str(submission), forked=forked)
    assert "['data.csv']" in out
    assert reason == "the submission wrote files into the grader's socket folder"


@needs_sandbox
@pytest.mark.skipif(sandbox.memory_limit_mechanism() != "memory cgroup", reason="no memory cgroup on this host")
@both_kernels
def test_memory_of_all_processes_together_is_limited(monkeypatch, forked):
    """Each process stays under its own 1 GiB address space; eight of them together would not."""
    monkeypatch.setattr(config, "SANDBOX_TOTAL_MEMORY_BYTES", 512 << 20)
    out, reason, _ = run_in_kernel("""
import os, time
children = []
for _ in range(8):
    pid = os.fork()
    if pid == 0:
        block = bytearray(200 << 20)       # touched: resident, not just reserved
        time.sleep(5)
        os._exit(0)
    children.append(pid)
codes = [os.waitpid(pid, 0)[1] for pid in children]
print("killed", sum(1 for code in codes if os.WIFSIGNALED(code)))
""", timeout=30, forked=forked)
    assert "killed 0" not in out, out
    assert reason == "the submission used more than 512 MiB of memory (all its processes together)"


@needs_sandbox
@both_kernels
def test_cpu_time_limit_kills_the_kernel_and_says_why(monkeypatch, forked):
    monkeypatch.setattr(config, "SANDBOX_CPU_SECONDS", 3)
    out, reason, _ = run_in_kernel("while True:\n    pass", timeout=15, forked=forked)
    assert reason == "the submission used more than 3 s of CPU time"


def test_a_course_folder_inside_the_venv_is_refused_not_exposed():
    venv = Path(sys.prefix).resolve()
    assert sandbox._python_binds((str(sandbox.PROJECT_ROOT / "autograded" / "s1" / "week1"),))  # beside it: fine
    with pytest.raises(sandbox.SandboxUnavailable, match="keep the course and the venv apart"):
        sandbox._python_binds((str(venv / "course-cloned-here" / "autograded" / "s1" / "week1"),))


def test_limit_errors_are_rewritten_in_our_words():
    cell = nbformat.v4.new_code_cell("x = bytearray(3 << 30)")
    cell.outputs = [nbformat.v4.new_output("error", ename="MemoryError", evalue="", traceback=["MemoryError"]),
                    nbformat.v4.new_output("error", ename="ValueError", evalue="bad", traceback=["ValueError: bad"])]
    ExplainLimits().preprocess_cell(cell, {}, 0)
    assert cell.outputs[0].evalue.startswith("the submission used more than 1 GiB of memory")
    assert cell.outputs[1].evalue == "bad"  # an ordinary error stays as it was
    assert "64 MiB" in explanation("OSError", "[Errno 27] File too large")
    assert "256 MiB of files" in explanation("OSError", "[Errno 28] No space left on device")
    assert "processes or threads" in explanation("BlockingIOError", "[Errno 11] Resource temporarily unavailable")
    assert explanation("KeyError", "'x'") is None


# ---- no sandbox possible ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_course(tmp_path_factory):
    root = tmp_path_factory.mktemp("sandbox-course")
    make_course(root, {"tiny": FIXTURES / "tiny" / "tiny.py"})
    return root


def submit(root: Path, kinds: dict[str, str]) -> list[str]:
    """Write each student's notebook as a sample-class student would, then as collected (submitted/)."""
    materials = synthetic.load_materials(root, "tiny")
    by_name = {k.name: k for k in synthetic.KINDS}
    for student, kind in kinds.items():
        home = root / "classroom" / "students" / student / "tiny"
        home.mkdir(parents=True, exist_ok=True)
        (home / "tiny.ipynb").write_text("{}")
        synthetic.write_submission(by_name[kind], materials, home, "tiny")
        target = root / "submitted" / student / "tiny"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(home, target)
    return list(kinds)


@pytest.mark.slow
def test_no_sandbox_refuses_with_what_is_missing_and_how_to_get_it(no_bwrap, tiny_course):
    assert "bubblewrap not found" in sandbox.sandbox_problem()
    with pytest.raises(SystemExit) as refused:
        sandbox.require_sandbox("grading tiny")
    assert "apt-get install bubblewrap" in str(refused.value) and "unprivileged_userns_clone" in str(refused.value)
    with pytest.raises(SystemExit):
        autograde_all(tiny_course, "tiny", ["nobody"])
    submit(tiny_course, {"refused-student": "right"})
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    workers = subprocess.run([sys.executable, "-m", "course.grading.workers", "tiny", "--root", str(tiny_course)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert workers.returncode != 0 and "Refusing grading tiny" in workers.stderr
    # plain nbgrader from the course root: the kernel manager refuses every submission
    plain = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", "tiny", "--force",
                            "--student=refused-student"], cwd=tiny_course, capture_output=True, text=True,
                           env=env, timeout=300)
    assert "Refusing to grade: bubblewrap not found" in plain.stdout + plain.stderr


@pytest.mark.slow
def test_unsafe_option_grades_without_sandbox_and_a_dying_worker_costs_only_its_submission(
        no_bwrap, tiny_course, monkeypatch):
    """Without the sandbox the attacks work (so the class test's checks can fail), and a submission that
    kills its grading worker is retried once, alone, then reported; the others are graded."""
    monkeypatch.setenv(sandbox.UNSAFE_ENV, "1")
    students = submit(tiny_course, {"u-right": "right", "u-untouched": "untouched",
                                    "u-killer": "sandbox_kill_the_grader", "u-reader": "sandbox_read_answers",
                                    "u-raiser": "sandbox_gradebook_raise_own"})
    results = autograde_all(tiny_course, "tiny", students, workers=2)
    assert results["u-killer"].status == "worker_died" and results["u-killer"].attempts == 2
    assert all(results[s].success for s in students if s != "u-killer"), {s: r.error[-300:] for s, r in results.items()}
    scores = student_scores(tiny_course)
    assert scores["u-right"] == 7 and scores["u-untouched"] == 0
    assert scores["u-reader"] > 0                      # model answers read from source/ (later stubs undo the rest)
    assert extra_credit(tiny_course, "u-raiser") > 0   # own grade raised in the gradebook


def student_scores(root: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    from course.grading.workers import load_config

    with Gradebook(load_config(root).CourseDirectory.db_url) as gb:
        return {s.student.id: s.score for s in gb.find_assignment("tiny").submissions}


def extra_credit(root: Path, student: str) -> float:
    db = sqlite3.connect(root / "gradebook.db")
    return sum(v or 0 for (v,) in db.execute(
        "select g.extra_credit from grade g join submitted_notebook n on g.notebook_id = n.id "
        "join submitted_assignment a on n.assignment_id = a.id where a.student_id = ?", (student,)))


# ---- before and after, hashed ------------------------------------------------------------------------

def state_of(root: Path, students: list[str]) -> dict[str, str]:
    """Hashes of every grade row and file of ``students``, the course's own folders, course/ and the .pth files."""
    import sysconfig

    import course

    digest = {}
    db = sqlite3.connect(root / "gradebook.db")
    for student in students:
        rows = db.execute(
            "select g.* from grade g join submitted_notebook n on g.notebook_id = n.id "
            "join submitted_assignment a on n.assignment_id = a.id where a.student_id = ? order by g.id",
            (student,)).fetchall()
        assert rows, student
        digest[f"grades/{student}"] = hashlib.sha256(repr(rows).encode()).hexdigest()
    folders = [root / step / s for step in ("submitted", "autograded") for s in students]
    folders += [root / "source", root / "release", Path(course.__file__).parent]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    digest["pth"] = repr(sorted(p.name for p in Path(sysconfig.get_paths()["purelib"]).glob("*.pth")))
    return digest


@needs_sandbox
@pytest.mark.slow
def test_hostile_students_change_nothing_of_anyone_else(tmp_path):
    root = tmp_path / "course"
    make_course(root, {"tiny": FIXTURES / "tiny" / "tiny.py"})
    honest = submit(root, {"h-right": "right", "h-wrong": "wrong", "h-untouched": "untouched"})
    hostile_kinds = ["read_answers", "copy_classmate", "gradebook_raise_own", "gradebook_zero_classmate",
                     "overwrite_classmate", "patch_course_package", "plant_pth", "daemon_edits_grades_later",
                     "kill_the_grader"]
    hostile = submit(root, {f"x-{k.replace('_', '-')}": f"sandbox_{k}" for k in hostile_kinds})
    first = autograde_all(root, "tiny", honest, workers=2)
    assert all(r.success for r in first.values())
    before = state_of(root, honest)
    results = autograde_all(root, "tiny", hostile, workers=2)
    assert all(r.success and r.attempts == 1 for r in results.values()), {s: r.error[-300:] for s, r in results.items()}
    time.sleep(1)
    assert state_of(root, honest) == before
    scores = student_scores(root)
    assert all(scores[s] <= scores["h-untouched"] for s in hostile), scores
    marker = hostile_sandbox.process_marker(root).encode()
    alive = [p for p in filter(str.isdigit, os.listdir("/proc"))
             if marker in _cmdline(p)]
    assert alive == []


def _cmdline(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
