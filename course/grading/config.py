"""Wire the course's grading layer into nbgrader's configuration (called from nbgrader_config.py)."""
from __future__ import annotations

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, ClearMarkScheme,
                                    ClearOutput, ClearSolutions, ComputeChecksums, DeduplicateIds, GetGrades,
                                    IncludeHeaderFooter, InstantiateTests, LimitOutput, LockCells,
                                    OverwriteKernelspec, SaveAutoGrades, SaveCells)

from course.exam.answer_sheet import AnswerSheetStub

from .feedback import ScrubFeedback
from .feedback_hold import HoldBackLeakingFeedback
from .feedback_page import ExerciseLabels, configure as configure_feedback_page
from .judge.preprocessor import JudgedExecute
from .limits import ExplainLimits
from .outputs import CapOutputBytes, StderrIsNotFailure
from .sandbox import SandboxedKernelManager
from .restore import RestoreMissingCells

# Our notebooks run top to bottom in a few seconds; a cell that needs longer is stuck.
CELL_TIMEOUT_SECONDS = 10
OUTPUT_CAP_BYTES = 64 * 1024

# The grading sandbox (course/grading/sandbox.py). A week's notebook imports pandas, matplotlib and boto3,
# runs in ~3 s and ~2 CPU-s, peaks near 300 MiB of address space with one malloc arena set, and writes no
# files; each limit leaves room for an honest notebook and stops a hostile one early.
SANDBOX_MEMORY_BYTES = 1 << 30          # address space of every process in the sandbox (RLIMIT_AS)
SANDBOX_TOTAL_MEMORY_BYTES = 3 << 29    # memory of all its processes together (memory cgroup, where the host has one)
SANDBOX_FILE_BYTES = 64 << 20           # largest file a submission may write (RLIMIT_FSIZE)
SANDBOX_SCRATCH_BYTES = 256 << 20       # all files together: the scratch filesystem's size
SANDBOX_CPU_SECONDS = 60                # CPU time of the kernel (RLIMIT_CPU; a cell's wall-clock timeout is apart)
SANDBOX_MAX_PROCESSES = 64              # processes and threads together (pids cgroup, where the host has one)

AUTOGRADE_PREPROCESSORS = [
    JudgedExecute,
    ExplainLimits,
    StderrIsNotFailure,
    ClearMetadataPreprocessor,
    CapOutputBytes,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]
# nbgrader's own list, plus one step: a mock exam's answer sheet is released without the NotImplementedError stub.
GENERATE_PREPROCESSORS = [IncludeHeaderFooter, InstantiateTests, LockCells, ClearSolutions, AnswerSheetStub,
                          ClearOutput, CheckCellMetadata, ComputeChecksums, SaveCells, ClearHiddenTests,
                          ClearMarkScheme, ComputeChecksums, CheckCellMetadata]
SANITIZE_PREPROCESSORS = [ClearOutput, DeduplicateIds, OverwriteKernelspec, RestoreMissingCells, CheckCellMetadata]
# ExerciseLabels reads the check messages before ScrubFeedback reduces the error outputs; then the page is
# audited as the learner will read it, decoded as an attacker would, and held back if it still leaks.
FEEDBACK_PREPROCESSORS = [GetGrades, ExerciseLabels, ScrubFeedback, HoldBackLeakingFeedback, CSSHTMLHeaderPreprocessor]


def apply(c) -> None:
    c.GenerateAssignment.preprocessors = GENERATE_PREPROCESSORS
    c.Autograde.sanitize_preprocessors = SANITIZE_PREPROCESSORS
    c.Autograde.autograde_preprocessors = AUTOGRADE_PREPROCESSORS
    c.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
    # collect never follows a symbolic link a student put in a shared exchange (course/grading/exchange.py)
    c.ExchangeFactory.collect = "course.grading.exchange.CollectWithoutLinks"
    configure_feedback_page(c)
    # A deleted test cell is put back and run, instead of leaving the grade empty.
    c.OverwriteCells.add_missing_cells = True
    c.RestoreMissingCells.add_missing_cells = True
    for section in ("Execute", "GuardedExecute"):
        c[section].timeout = CELL_TIMEOUT_SECONDS
        c[section].error_on_timeout = {
            "ename": "CellTimeoutError",
            "evalue": f"this cell ran longer than {CELL_TIMEOUT_SECONDS} s and was stopped (an endless loop?). "
                      "The cells after it still ran.",
            "traceback": [f"CellTimeoutError: this cell ran longer than {CELL_TIMEOUT_SECONDS} s and was stopped "
                          "(an endless loop?). The cells after it still ran."],
        }
        # Kernels are thrown away after grading: skip the graceful shutdown (0.4-3 s each).
        c[section].shutdown_kernel = "immediate"
        # A cell that prints megabytes can take seconds to deliver its output on a busy machine: wait for
        # it instead of failing the whole notebook (stock raises, and nbgrader then drops the submission).
        c[section].iopub_timeout = 30
        c[section].raise_on_iopub_timeout = False
        # Quiet kernels: their start-up warnings would otherwise fill the grading log.
        c[section].extra_arguments = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]
    c.CapOutputBytes.max_bytes = OUTPUT_CAP_BYTES
    # COURSE_JUDGE=0 runs test cells in the kernel instead (only to measure what the judge costs: bench/).
    import os

    c.JudgedExecute.judge_tests = os.environ.get("COURSE_JUDGE", "1") != "0"
    # Every grading kernel runs in the sandbox. Only GuardedExecute (the autograde step) gets it: nbgrader's
    # Validate, which learners run in JupyterLab, uses plain Execute and keeps an ordinary kernel.
    c.GuardedExecute.kernel_manager_class = SandboxedKernelManager
