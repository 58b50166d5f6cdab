"""The judge, one piece at a time: codec, errors, verdicts, the namespace, stand-ins against a real
kernel, JudgedExecute on a small notebook, and the feedback audit that decodes like an attacker."""
from __future__ import annotations

import base64
import datetime as dt
import math
import zlib
from decimal import Decimal

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from course.grading.judge import codec, errors
from course.grading.judge.standins import Judge, JudgeNamespace, KernelHandle, Uncheckable
from course.grading.judge.verdict import run_test_source


# ---- codec --------------------------------------------------------------------------------------------

PLAIN = [None, True, False, 0, -7, 2**80, 1.5, -0.0, "text", b"\x00\xff", [1, [2]], (1, "a", (2.0,)),
         {1: "one", "k": [None], (1, 2): {3}}, {1, 2}, frozenset({"a"}), Decimal("4.50"),
         dt.datetime(2026, 1, 2, 3, 4, 5, 6), dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc), dt.date(2026, 1, 2),
         dt.time(1, 2, 3), dt.timedelta(days=1, seconds=2)]


@pytest.mark.parametrize("value", PLAIN, ids=[type(v).__name__ + str(i) for i, v in enumerate(PLAIN)])
def test_plain_data_crosses_with_its_exact_type(value):
    back = codec.decode(codec.encode(value))
    assert back == value and type(back) is type(value)
    if isinstance(value, (tuple, list)):
        assert [type(x) for x in back] == [type(x) for x in value]


def test_special_floats_and_int_float_distinction():
    back = codec.decode(codec.encode([math.nan, math.inf, -math.inf, 1, 1.0]))
    assert math.isnan(back[0]) and back[1:3] == [math.inf, -math.inf]
    assert type(back[3]) is int and type(back[4]) is float


def test_subclasses_and_objects_do_not_cross_as_data():
    class Sneaky(int):
        def __eq__(self, other):
            return True

    node = codec.decode(codec.encode([Sneaky(3), object()]), tagged=lambda n: ("marker", n["type"]))
    assert node[0][0] == "marker" and node[1] == ("marker", "object")


def test_decode_refuses_malformed_or_oversized_replies_and_never_evaluates():
    for text in ('{"t": "Decimal", "v": "__import__(\'os\')"}', '{"t": "nope"}', "{", '{"t": "dict", "v": [[1]]}',
                 '{"t": "bytes", "v": "***"}', "[" * 100 + "]" * 100):
        with pytest.raises(codec.CodecError):
            codec.decode(text)
    with pytest.raises(codec.CodecError):
        codec.encode("x" * (codec.MAX_BYTES + 1))


# ---- errors --------------------------------------------------------------------------------------------

def crossed(error):
    return errors.rebuild(errors.describe(error, codec.encode), codec.decode)


def test_builtin_errors_come_back_as_themselves_with_a_capped_message():
    back = crossed(ValueError("x" * 5000))
    assert type(back) is ValueError and len(str(back)) <= errors.MAX_MESSAGE
    assert type(crossed(NotImplementedError())) is NotImplementedError


def test_unknown_errors_keep_their_name_and_builtin_base():
    class CacheMiss(KeyError):
        pass

    back = crossed(CacheMiss("k"))
    assert type(back).__name__ == "CacheMiss" and isinstance(back, KeyError)


def test_control_flow_exceptions_never_cross_as_themselves():
    for error in (SystemExit(1), KeyboardInterrupt(), StopIteration()):
        back = crossed(error)
        assert isinstance(back, Exception) and not isinstance(back, (SystemExit, StopIteration))


def test_botocore_errors_come_back_as_botocore_classes():
    from botocore.exceptions import ClientError, StubAssertionError

    response = {"Error": {"Code": "ConditionalCheckFailedException", "Message": "no"},
                "ResponseMetadata": {"HTTPStatusCode": 400}}
    back = crossed(ClientError(response, "PutItem"))
    assert isinstance(back, ClientError) and back.response["Error"]["Code"] == "ConditionalCheckFailedException"
    stub = crossed(StubAssertionError(operation_name="PutItem", reason="wrong"))
    assert isinstance(stub, StubAssertionError) and isinstance(stub, AssertionError)


# ---- verdicts ------------------------------------------------------------------------------------------

CHECKS = "from course.testing import exercise, expect_equal\n"
TEST = ("with exercise('1 double'):\n    expect_equal(f(2), 4, 'f(2)')\n### BEGIN HIDDEN TESTS\n"
        "expect_equal(f(-3), -6, 'negatives', reveal=False)\n### END HIDDEN TESTS")


def judged(source, **names):
    ns = {}
    exec(CHECKS, ns)  # noqa: S102
    ns.update(names)
    return run_test_source(source, ns)


def test_a_pass_is_the_checks_own_message():
    outputs = judged(TEST, f=lambda x: 2 * x)
    assert [o.output_type for o in outputs] == ["stream"] and "visible checks passed" in outputs[0].text


def test_failures_say_visible_or_hidden_in_the_judges_words():
    hidden = judged(TEST, f=lambda x: abs(x) * 2)[-1]
    # the check's own short line; a hidden check never says what the submission returned
    assert hidden.traceback == ["A hidden test failed.",
                                "✗ Exercise 1 double, hidden test: negatives: your answer is not right yet"]
    assert "got" not in hidden.evalue
    visible = judged(TEST, f=lambda x: 0)[-1]
    assert visible.traceback[0] == "A visible check failed."
    assert visible.traceback[1].startswith("✗ Exercise 1 double: f(2): expected 4") and "got 0" in visible.traceback[1]


def test_unanswered_is_not_attempted_and_partial_credit_is_an_execute_result():
    def unanswered(x):
        raise NotImplementedError()
    assert judged(TEST, f=unanswered)[-1].ename == "NotAttempted"
    partial = judged("score = 3\nscore / 4")
    assert partial[-1].output_type == "execute_result" and partial[-1].data["text/plain"] == "0.75"


def test_a_sticky_failure_fails_a_cell_that_otherwise_passed():
    outputs = run_test_source("x = 1", {}, sticky=[AssertionError("the stub saw a wrong call")])
    assert outputs[-1].ename == "AssertionError"


# ---- the namespace -------------------------------------------------------------------------------------

class FakeJudge:
    def __init__(self, names):
        self.names, self.asked = names, []

    def lookup(self, name):
        self.asked.append(name)
        if name not in self.names:
            raise KeyError(name)
        return self.names[name]


def test_namespace_falls_back_to_the_kernel_except_for_trusted_names_and_builtins():
    ns = JudgeNamespace(FakeJudge({"answer": 42, "expect_equal": "forged"}))
    ns.judge_only = {"expect_equal"}
    exec("got = answer\nn = len([1])", ns)  # noqa: S102
    assert ns["got"] == 42 and ns["n"] == 1 and ns.judge.asked == ["answer"]
    with pytest.raises(NameError):
        exec("expect_equal", ns)  # noqa: S102
    ns.forget_fetched()
    assert "answer" not in ns


# ---- stand-ins against a real kernel -------------------------------------------------------------------

KERNEL_CODE = '''
from course.offline import isolate_aws
isolate_aws()
import boto3, time
dynamodb = boto3.client("dynamodb", region_name="us-east-1")
def double(x): return 2 * x
def unanswered(): raise NotImplementedError()
def picky(x):
    if x < 0: raise ValueError(f"negative: {x}")
    return x
def odd(): return object()
def uses_clock(now): return [now(), now()]
def mutates(table): table["new"] = 1; return len(table)
def shares(template): return {"same": template["inner"], "copy": dict(template["inner"])}
def frame(rows):
    import pandas as pd
    return pd.DataFrame(rows)
class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
def fails(): raise ApiError(404, "no such thing")
def describe(error): return [type(error).__name__, error.status, str(error)]
def reads(r): return [r.random() for _ in range(2)]
def put(client, name):
    return client.put_item(TableName=name, Item={"pk": {"S": "a"}})["Attributes"]
def put_global(name):
    return dynamodb.put_item(TableName=name, Item={"pk": {"S": "a"}})["Attributes"]
def swallow(client):
    try:
        client.put_item(TableName="T", Item={"pk": {"S": "wrong"}})
    except Exception:
        return "swallowed"
def loop():
    while True:
        pass
class Counter:
    def __init__(self): self.n = 0
    def add(self, k): self.n += k; return self.n
answers = {1: "B", 2: ["A", "D"]}
def forges_an_answer():
    import json
    from course.grading.judge import codec
    kernel = get_ipython().kernel  # as the agent does (input() itself reads nothing during a judged call)
    return kernel.raw_input("=" + json.dumps({"ok": codec.encode(99)}))  # gets the judge's next question
'''


@pytest.fixture(scope="module")
def kernel():
    from nbclient import NotebookClient

    nb = new_notebook(cells=[new_code_cell(KERNEL_CODE)])
    client = NotebookClient(nb, timeout=30, kernel_name="python3")
    with client.setup_kernel():
        client.execute_cell(nb.cells[0], 0)
        assert not [o for o in nb.cells[0].outputs if o.output_type == "error"], nb.cells[0].outputs
        yield client


@pytest.fixture
def judge(kernel):
    found = Judge(kernel.kc, kernel.km, timeout=5)
    found.start_cell()
    yield found
    found.finish_cell()  # the kernel waits for the judge's next question until the cell is over


def test_calls_cross_as_data_and_errors_as_their_builtin_class(judge):
    from course.testing import expect_raises

    double, picky = judge.lookup("double"), judge.lookup("picky")
    assert isinstance(double, KernelHandle)
    assert double(21) == 42 and type(double(1.5)) is float and double("ab") == "abab"
    raised = expect_raises(ValueError, picky, -1, what="negative", match="negative: -1")
    assert type(raised) is ValueError
    with pytest.raises(NotImplementedError):
        judge.lookup("unanswered")()
    assert judge.lookup("answers") == {1: "B", 2: ["A", "D"]}
    with pytest.raises(KeyError):
        judge.lookup("never_defined")


def test_a_value_the_codec_cannot_carry_is_reported(judge):
    from course.testing import CheckFailed, expect_equal

    value = judge.lookup("odd")()
    assert isinstance(value, Uncheckable)
    with pytest.raises(CheckFailed, match="a value the grader cannot check: object"):
        expect_equal(value, 3, "odd()")


def test_objects_work_through_handles(judge):
    counter = judge.lookup("Counter")()
    assert isinstance(counter, KernelHandle)
    assert counter.add(2) == 2 and counter.add(3) == 5 and counter.n == 5


def test_judge_callables_are_called_back_over_stdin(judge):
    calls = []
    assert judge.lookup("uses_clock")(lambda: calls.append(1) or 7) == [7, 7]
    assert calls == [1, 1]


def test_arguments_are_updated_as_the_call_left_them(judge):
    table = {"a": 1}
    assert judge.lookup("mutates")(table) == 2 and table == {"a": 1, "new": 1}


def test_a_result_shares_what_it_shares_with_the_arguments(judge):
    template = {"inner": {"a": [1]}}
    got = judge.lookup("shares")(template)
    assert got["same"] is template["inner"] and got["copy"] is not template["inner"] and got["copy"] == {"a": [1]}


def test_tables_exceptions_and_objects_cross(judge):
    import random

    import pandas as pd

    table = judge.lookup("frame")([{"p": "u/a", "count": 2}])
    assert isinstance(table, pd.DataFrame) and list(table.columns) == ["p", "count"]
    assert table.to_dict("records") == [{"p": "u/a", "count": 2}]

    class ApiError(Exception):
        def __init__(self, status, message):
            super().__init__(message)
            self.status = status
    judge.exception_classes = {"ApiError": ApiError}
    with pytest.raises(ApiError) as raised:
        judge.lookup("fails")()
    assert raised.value.status == 404 and str(raised.value) == "no such thing"
    assert judge.lookup("describe")(ApiError(409, "exists")) == ["ApiError", 409, "exists"]
    mine, theirs = random.Random(5), random.Random(5)
    assert judge.lookup("reads")(mine) == [theirs.random(), theirs.random()]


def test_a_call_too_large_to_carry_is_not_a_value_error():
    assert not issubclass(codec.CodecError, ValueError)  # expect_raises(ValueError, ...) must not pass on it


def test_boto3_calls_are_made_by_the_judges_stubbed_client(judge):
    import boto3
    from botocore.stub import Stubber

    from course.offline import isolate_aws

    isolate_aws()
    client = boto3.client("dynamodb", region_name="us-east-1")
    judge.clients = {"dynamodb": client}
    for name, call in (("put", lambda f: f(client, "T")), ("put_global", lambda f: f("T"))):
        with Stubber(client) as stub:
            stub.add_response("put_item", {"Attributes": {"n": {"N": "1"}}}, {"TableName": "T", "Item": {"pk": {"S": "a"}}})
            assert call(judge.lookup(name)) == {"n": {"N": "1"}}
            stub.assert_no_pending_responses()
    with Stubber(client) as stub:
        stub.add_response("put_item", {}, {"TableName": "T", "Item": {"pk": {"S": "a"}}})
        assert judge.lookup("swallow")(client) == "swallowed"
    assert judge.sticky and type(judge.sticky[0]).__name__ == "StubAssertionError"


def test_an_endless_call_is_stopped_and_the_kernel_still_answers(judge):
    from course.grading.judge.link import JudgeTimeout

    judge.timeout = 2
    judge.start_cell()
    with pytest.raises(JudgeTimeout):
        judge.lookup("loop")()
    judge.start_cell()
    assert judge.lookup("double")(2) == 4


def test_a_replaced_agent_can_only_send_data(kernel, judge):
    from course.grading.judge.standins import JudgeError
    from nbformat.v4 import new_code_cell as cell

    hostile = cell("import course.grading.judge.agent as _a\n_saved = _a.serve\n"
                   "_a.serve = lambda request: 'PASS' if 'lookup' in request else _saved(request)")
    kernel.execute_cell(hostile, 0)
    try:
        with pytest.raises(JudgeError):
            judge.lookup("double")
    finally:
        judge.finish_cell()  # the cell's questions are over: the kernel runs cells again
        kernel.execute_cell(cell("_a.serve = _saved"), 0)


def test_a_test_cells_questions_share_one_execute_request(kernel, judge):
    """The agent answers on stdin and waits there for the next question: one execute request for all the
    calls of a cell (an execute request costs the kernel about 2.5 ms of CPU, a question on stdin 0.5 ms)."""
    sent = []
    execute = kernel.kc.execute
    kernel.kc.execute = lambda *a, **k: sent.append(k) or execute(*a, **k)
    try:
        double = judge.lookup("double")
        assert [double(n) for n in range(20)] == [2 * n for n in range(20)]
        judge.finish_cell()
        judge.start_cell()
        assert judge.lookup("double")(4) == 8
        judge.finish_cell()
    finally:
        kernel.kc.execute = execute
    assert len(sent) == 2


def test_an_answer_forged_from_inside_a_call_only_answers_for_the_submission(kernel, judge):
    """A call that sends its own answer prompt: the judge takes it as what the call returned (the
    submission decides that anyway), the next question then reaches the submission's own code, and what
    comes back is still decoded as data. The cell ends cleanly and the kernel runs cells again."""
    from nbformat.v4 import new_code_cell as cell

    assert judge.lookup("forges_an_answer")() == 99
    odd = judge.lookup("double")  # this question went to the forger's input(): it answers with the question
    assert isinstance(odd, str) and '"lookup"' in odd
    judge.finish_cell()
    ran = cell("print(double(5))")
    kernel.execute_cell(ran, 0)
    assert ran.outputs[0]["text"] == "10\n"


# ---- JudgedExecute on a whole notebook -----------------------------------------------------------------

def tiny_notebook(answer: str, extra: str = ""):
    from helpers import FIXTURES
    from course.authoring import build_notebook
    from course.grading.synthetic import grade_id

    nb = build_notebook(FIXTURES / "tiny" / "tiny.py")
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
            cell.source = answer.get(grade_id(cell), "raise NotImplementedError()") if isinstance(answer, dict) \
                else cell.source
    if extra:
        nb.cells.insert(2, new_code_cell(extra))
    return nb


def grade(nb):
    from nbgrader.utils import determine_grade, is_grade, is_solution

    from course.grading.judge.preprocessor import JudgedExecute

    JudgedExecute(timeout=10).preprocess(nb, {"metadata": {"path": "."}})
    return {c.metadata.nbgrader["grade_id"]: determine_grade(c)[0] for c in nb.cells
            if c.cell_type == "code" and is_grade(c) and not is_solution(c)}


def test_judged_execute_scores_right_answers_and_never_sends_tests_to_the_kernel(tmp_path):
    seen = tmp_path / "seen.txt"  # an unsandboxed kernel here: it can tell us (its output is not kept)
    nb = tiny_notebook(None, extra="import builtins\nbuiltins._ran = []\n"
                       "get_ipython().events.register('pre_run_cell', lambda info: builtins._ran.append(info.raw_cell))")
    nb.cells.append(new_code_cell(f"open({str(seen)!r}, 'w').write(repr(builtins._ran))"))
    assert grade(nb) == {"ex1_double_tests": 2, "ex2_ceil_div_tests": 3, "ex3_total_tests": 2}
    ran = eval(seen.read_text())  # noqa: S307 - our own test's file
    assert len(ran) > 3 and not [c for c in ran if "secret" + "-line" in c]


def test_redefined_checks_in_the_notebook_change_nothing():
    forged = ("def expect_equal(*a, **k):\n    return None\nimport contextlib\n"
              "exercise = lambda name: contextlib.suppress(BaseException)\n")
    stubs = {"ex1_double": "def double(x):\n    return None", "ex2_ceil_div": "def ceil_div(a, b):\n    return None",
             "ex3_total": "def total(v):\n    return None"}
    nb = tiny_notebook(stubs, extra=forged)
    assert set(grade(nb).values()) == {0}


def test_a_kernel_that_dies_during_a_judged_call_costs_that_cell_and_the_later_ones():
    stubs = {"ex1_double": "def double(x):\n    return 2 * x",
             "ex2_ceil_div": "def ceil_div(a, b):\n    import os\n    os._exit(1)",
             "ex3_total": "def total(v):\n    return 0"}
    nb = tiny_notebook(stubs)
    assert grade(nb) == {"ex1_double_tests": 2, "ex2_ceil_div_tests": 0, "ex3_total_tests": 0}
    died = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex2_ceil_div_tests"][0]
    assert died.outputs[-1].ename == "KernelDied"


def test_inputs_a_hidden_test_passed_are_never_repeated_after_it():
    """The submission keeps what the grader passes (double(-3) is hidden) and shows it later: in an error
    message, a returned value, a printed line and an update of an earlier cell's display. The judge's later verdicts and the feedback show none of it."""
    keep = "import builtins\nbuiltins._kept = getattr(builtins, '_kept', [])\n"
    early = "builtins._shown = display('shown before the hidden tests', display_id=True)\n"
    nb = tiny_notebook({"ex1_double": keep + early + "def double(x):\n    builtins._kept.append(f'K{x}K')\n    return 2 * x",
                        "ex2_ceil_div": "def ceil_div(a, b):\n    raise ValueError(' '.join(builtins._kept))",
                        "ex3_total": "print(builtins._kept)\nbuiltins._shown.update(' '.join(builtins._kept))\n"
                                     "import ipywidgets\ndisplay(ipywidgets.Text(value=' '.join(builtins._kept)))\n"
                                     "def total(v):\n    return ' '.join(builtins._kept)"})
    assert grade(nb) == {"ex1_double_tests": 2, "ex2_ceil_div_tests": 0, "ex3_total_tests": 0}
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
    verdicts = {gid: "\n".join(cells[gid].outputs[-1].traceback) for gid in ("ex2_ceil_div_tests", "ex3_total_tests")}
    assert verdicts["ex2_ceil_div_tests"].endswith("Exercise 2 ceil_div: your code raised an exception")
    assert verdicts["ex3_total_tests"].endswith("total([4, 8]): expected 3 (int)")
    assert "K-3K" not in str([c.get("outputs") for c in nb.cells])  # nowhere in the autograded notebook
    assert "K-3K" not in str(nb.metadata)  # nor in widget state, which the feedback page embeds
    assert cells["ex3_total"].outputs[0].text.startswith("(Output not kept: this cell ran after hidden tests")


def test_an_error_with_attributes_named_like_ours_is_still_just_an_error():
    class Sneaky(ValueError):
        short_lines = "not a method"
        withheld_lines = headline = None

    def f(x):
        raise Sneaky("kept: -3")
    outputs = judged(TEST, f=f)
    assert outputs[-1].traceback[0] == "A visible check failed."
    assert outputs[-1].traceback[1] == "✗ Exercise 1 double: your code raised Sneaky: kept: -3"  # no crash
    back = crossed(Sneaky("m"))
    back.short_lines = "x"  # what _with_attrs may set: harmless, the verdict only trusts course.testing's class
    outputs = judged("raise error", error=back)
    assert outputs[-1].traceback == ["A visible check failed. Sneaky: m"]


# ---- feedback: the judge's words survive ScrubFeedback; the audit decodes --------------------------------

def test_scrub_feedback_keeps_the_judges_traceback():
    from course.grading.feedback import ScrubFeedback
    from course.grading.judge.verdict import error_output

    cell = new_code_cell(TEST, metadata={"nbgrader": {"grade": True, "solution": False, "locked": True,
                                                      "grade_id": "t", "points": 1, "schema_version": 3}})
    cell.outputs = [error_output("CheckFailed", "negatives: not right", "A hidden test failed")]
    ScrubFeedback().preprocess_cell(cell, {}, 0)
    assert cell.outputs[0].traceback == ["A hidden test failed. CheckFailed: negatives: not right"]
    assert "f(-3)" not in cell.source


def test_encoded_leaks_are_found_and_the_page_is_held_back(tmp_path):
    from course.grading import feedback_audit
    from course.grading.leaks import page_leaks

    secret_line = "expect_equal(f(-3), -6, 'negatives', reveal=False)"
    secrets = {"solution": set(), "hidden test": {secret_line}, "mark scheme": set()}
    packed = base64.b64encode(zlib.compress(("x = 1\n" + secret_line + "\n").encode())).decode()
    assert page_leaks(f"<pre>{packed}</pre>", secrets) == [f"hidden test: {secret_line}"]
    assert page_leaks((secret_line + "\n").encode().hex(), secrets) == [f"hidden test: {secret_line}"]
    assert page_leaks("nothing to see " + base64.b64encode(b"harmless text here, really").decode(), secrets) == []

    source = nbformat.v4.new_notebook(cells=[new_code_cell(TEST)])
    (tmp_path / "source" / "a").mkdir(parents=True)
    nbformat.write(source, tmp_path / "source" / "a" / "a.ipynb")
    for student, text in (("bad", packed), ("good", "all fine")):
        (tmp_path / "feedback" / student / "a").mkdir(parents=True)
        (tmp_path / "feedback" / student / "a" / "a.html").write_text(f"<html><pre>{text}</pre></html>")
    held = feedback_audit.audit(tmp_path, "a")
    assert list(held) == ["feedback/bad/a/a.html"]
    assert not (tmp_path / "feedback" / "bad" / "a" / "a.html").exists()
    assert (tmp_path / "feedback_held" / "bad" / "a" / "a.html").exists()
    assert (tmp_path / "feedback" / "good" / "a" / "a.html").exists()


# ---- every graded notebook of the course, judged ------------------------------------------------------

def graded_assignments():
    from helpers import REPO
    from course.grading import notebook_checks

    return [a for a in notebook_checks.assignments(REPO)
            if any(c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
                   and not c.metadata["nbgrader"].get("solution")
                   for c in nbformat.read(REPO / "source" / a / f"{a}.ipynb", as_version=4).cells)]


def judged_scores(assignment: str, folder: str) -> dict:
    from helpers import REPO
    from nbgrader.utils import determine_grade, is_grade, is_solution

    from course.grading.judge.preprocessor import JudgedExecute, TrustedSources

    source = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    nb = nbformat.read(REPO / folder / assignment / f"{assignment}.ipynb", as_version=4)
    execute = JudgedExecute(timeout=30, allow_errors=True)
    execute.trusted_sources = TrustedSources.from_notebook(source)  # what the gradebook holds
    execute.preprocess(nb, {"metadata": {"path": str(REPO / folder / assignment)}})
    return {c.metadata.nbgrader["grade_id"]: determine_grade(c) for c in nb.cells
            if c.cell_type == "code" and is_grade(c) and not is_solution(c)}


@pytest.mark.slow
@pytest.mark.parametrize("assignment", graded_assignments())
def test_every_source_passes_and_every_release_fails_under_the_judge(assignment):
    passed = judged_scores(assignment, "source")
    assert passed and all(score == points for score, points in passed.values()), \
        {g: s for g, s in passed.items() if s[0] != s[1]}
    failed = judged_scores(assignment, "release")
    assert all(score == 0 for score, _ in failed.values()), {g: s for g, s in failed.items() if s[0]}
