"""Wire the course's grading layer into nbgrader's configuration (called from nbgrader_config.py)."""
from __future__ import annotations

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, ClearMarkScheme,
                                    ClearOutput, ClearSolutions, ComputeChecksums, DeduplicateIds, GetGrades,
                                    IncludeHeaderFooter, InstantiateTests, LimitOutput, LockCells,
                                    OverwriteKernelspec, SaveAutoGrades, SaveCells)

from course.exam.answer_sheet import AnswerSheetStub

from .execute import GuardedExecute
from .feedback import ScrubFeedback
from .feedback_page import ExerciseLabels, configure as configure_feedback_page
from .integrity import InjectIntegrityProbes, VerifyIntegrityProbes
from .outputs import CapOutputBytes, StderrIsNotFailure
from .restore import RestoreMissingCells

# Our notebooks run top to bottom in a few seconds; a cell that needs longer is stuck.
CELL_TIMEOUT_SECONDS = 10
OUTPUT_CAP_BYTES = 64 * 1024

AUTOGRADE_PREPROCESSORS = [
    InjectIntegrityProbes,
    GuardedExecute,
    VerifyIntegrityProbes,
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
# ExerciseLabels reads the check messages before ScrubFeedback reduces the error outputs.
FEEDBACK_PREPROCESSORS = [GetGrades, ExerciseLabels, ScrubFeedback, CSSHTMLHeaderPreprocessor]


def apply(c) -> None:
    c.GenerateAssignment.preprocessors = GENERATE_PREPROCESSORS
    c.Autograde.sanitize_preprocessors = SANITIZE_PREPROCESSORS
    c.Autograde.autograde_preprocessors = AUTOGRADE_PREPROCESSORS
    c.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
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
