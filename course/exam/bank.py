"""Questions as data: YAML files in two pools, each file a list of questions (schema in questions/README.md).

- ``questions/bank/``      the MOCK pool: the four graded practice exams (instructor material); ids d1t3-007
- ``questions/practice/``  the PRACTICE pool: drills, fresh mocks, the simulator, spaced review; ids p-d1t3-007

The two pools share no question (the audit checks it), so drilling never spoils a graded mock.
``COURSE_QUESTIONS`` may point at another folder holding ``bank/`` and ``practice/`` (tests use a small one).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO_QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
DEFAULT_BANK = REPO_QUESTIONS / "bank"
POOLS = {"mock": "bank", "practice": "practice"}  # pool name -> folder under the questions folder
ID_PREFIX = {"mock": "", "practice": "p-"}
DOMAINS = {1: "Development with AWS Services", 2: "Security", 3: "Deployment", 4: "Troubleshooting and Optimization"}
TASKS = {"1.1": "Develop code for applications hosted on AWS", "1.2": "Develop code for AWS Lambda",
         "1.3": "Use data stores in application development",
         "2.1": "Implement authentication and/or authorization", "2.2": "Implement encryption by using AWS services",
         "2.3": "Manage sensitive data in application code",
         "3.1": "Prepare application artifacts to be deployed to AWS", "3.2": "Test applications in development environments",
         "3.3": "Automate deployment testing", "3.4": "Deploy code by using AWS CI/CD services",
         "4.1": "Assist in a root cause analysis", "4.2": "Instrument code for observability",
         "4.3": "Optimize applications by using AWS services and features"}
_ID = re.compile(r"^(p-)?d([1-4])t([1-4])-\d{3}$")
REQUIRED = ("id", "domain", "task", "type", "stem", "options", "answer", "explanations", "services", "week", "topic")


class BankError(ValueError):
    """The bank breaks the schema; the message names the file and the question."""


@dataclass(frozen=True)
class Question:
    id: str
    domain: int
    task: str
    type: str
    stem: str
    options: dict[str, str]
    answer: tuple[str, ...]
    explanations: dict[str, str]
    services: tuple[str, ...]
    week: str
    topic: str
    facts: dict = field(default_factory=dict)
    source_file: str = ""
    pool: str = "mock"

    @property
    def multiple(self) -> bool:
        return self.type == "multiple"


def questions_root() -> Path:
    """The folder holding bank/ and practice/ (``COURSE_QUESTIONS`` overrides the repository's)."""
    return Path(os.environ.get("COURSE_QUESTIONS") or REPO_QUESTIONS)


def pool_folder(pool: str, root: Path | None = None) -> Path:
    if pool not in POOLS:
        raise BankError(f"unknown pool {pool!r}: choose from {', '.join(POOLS)}")
    return Path(root or questions_root()) / POOLS[pool]


def check_question(raw: dict, where: str, pool: str = "mock") -> list[str]:
    """Schema problems of one raw question (empty list: fine)."""
    if not isinstance(raw, dict):
        return [f"{where}: not a mapping"]
    qid = raw.get("id", "?")
    at = f"{where} {qid}"
    problems = [f"{at}: missing {name}" for name in REQUIRED if name not in raw]
    if problems:
        return problems
    match = _ID.match(str(qid))
    prefix = ID_PREFIX.get(pool, "")
    if not match or (match.group(1) or "") != prefix:
        problems.append(f"{at}: id must look like {prefix}d1t3-007 in the {pool} pool")
    elif (int(match.group(2)), f"{match.group(2)}.{match.group(3)}") != (raw["domain"], str(raw["task"])):
        problems.append(f"{at}: id does not match domain {raw['domain']} / task {raw['task']}")
    if raw["domain"] not in DOMAINS:
        problems.append(f"{at}: domain must be 1-4")
    if str(raw["task"]) not in TASKS or not str(raw["task"]).startswith(f"{raw['domain']}."):
        problems.append(f"{at}: task {raw['task']!r} is not a task statement of domain {raw['domain']}")
    options, answer = raw["options"], raw["answer"]
    if not isinstance(options, dict) or not all(isinstance(v, str) and v.strip() for v in options.values()):
        return problems + [f"{at}: options must map letters to text"]
    letters = list(options)
    if letters != [chr(ord("A") + i) for i in range(len(letters))]:
        problems.append(f"{at}: options must be lettered A, B, C ... in order")
    if not isinstance(answer, list) or not answer or any(a not in options for a in answer) or len(set(answer)) != len(answer):
        problems.append(f"{at}: answer must list distinct option letters")
    elif raw["type"] == "single" and (len(answer) != 1 or len(options) != 4):
        problems.append(f"{at}: a single-response question has 4 options and 1 key")
    elif raw["type"] == "multiple" and not (2 <= len(answer) <= 3 and len(options) >= 5):
        problems.append(f"{at}: a multiple-response question has 5+ options and 2-3 keys")
    elif raw["type"] not in ("single", "multiple"):
        problems.append(f"{at}: type must be single or multiple")
    explanations = raw["explanations"]
    if not isinstance(explanations, dict) or set(explanations) != set(options) or \
            not all(isinstance(v, str) and v.strip() for v in explanations.values()):
        problems.append(f"{at}: every option needs an explanation")
    if not isinstance(raw["stem"], str) or len(raw["stem"].split()) < 8:
        problems.append(f"{at}: the stem is too short to be a scenario")
    if not isinstance(raw.get("facts", {}), dict):
        problems.append(f"{at}: facts must map fact keys to the values the answer relies on")
    return problems


def _question(raw: dict, source: str, pool: str) -> Question:
    return Question(id=raw["id"], domain=raw["domain"], task=str(raw["task"]), type=raw["type"],
                    stem=raw["stem"].strip(), options=dict(raw["options"]), answer=tuple(raw["answer"]),
                    explanations=dict(raw["explanations"]), services=tuple(raw["services"]), week=raw["week"],
                    topic=str(raw["topic"]), facts=dict(raw.get("facts") or {}), source_file=source,
                    pool=pool)


def load_bank(folder: Path | None = None, pool: str = "mock") -> list[Question]:
    """Every question in ``folder`` (default: the ``pool``'s folder), schema-checked; raises BankError."""
    questions, problems = read_bank(folder, pool)
    if problems:
        raise BankError("\n".join(problems[:50]))
    return questions


def load_practice(root: Path | None = None) -> list[Question]:
    """The practice pool: what the trainer (drills, fresh mocks, simulator, spaced review) draws from.
    A missing or empty practice folder is an empty pool; a missing questions folder is a BankError."""
    root = Path(root or questions_root())
    if not root.is_dir():
        raise BankError(f"no question bank at {root}: in a class the bank stays with the instructor "
                        "(see the README, 'Mock exams in a class')")
    folder = pool_folder("practice", root)
    return load_bank(folder, "practice") if folder.is_dir() else []


def load_pools(root: Path | None = None) -> dict[str, list[Question]]:
    """Both pools: {"mock": [...], "practice": [...]} (a missing practice folder is an empty pool)."""
    root = Path(root or questions_root())
    return {"mock": load_bank(pool_folder("mock", root), "mock"), "practice": load_practice(root)}


def read_bank(folder: Path | None = None, pool: str = "mock") -> tuple[list[Question], list[str]]:
    """The valid questions in ``folder`` (default: the ``pool``'s folder) and the schema problems of the others."""
    folder = Path(folder or pool_folder(pool))
    if not folder.is_dir():
        raise BankError(f"no question bank at {folder}: in a class the bank stays with the instructor "
                        "(see the README, 'Mock exams in a class')")
    questions, problems = [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            raws = yaml.safe_load(path.read_text()) or []
        except yaml.YAMLError as error:
            problems.append(f"{path.name}: not valid YAML ({error})")
            continue
        if not isinstance(raws, list):
            problems.append(f"{path.name}: must be a list of questions")
            continue
        for index, raw in enumerate(raws):
            found = check_question(raw, f"{pool}/{path.name}[{index}]", pool)
            problems += found
            if not found:
                questions.append(_question(raw, path.name, pool))
    return questions, problems
