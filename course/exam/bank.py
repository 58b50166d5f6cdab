"""Questions as data: YAML files in questions/bank/, each a list of questions (schema in questions/README.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_BANK = Path(__file__).resolve().parents[2] / "questions" / "bank"
DOMAINS = {1: "Development with AWS Services", 2: "Security", 3: "Deployment", 4: "Troubleshooting and Optimization"}
TASKS = {"1.1": "Develop code for applications hosted on AWS", "1.2": "Develop code for AWS Lambda",
         "1.3": "Use data stores in application development",
         "2.1": "Implement authentication and/or authorization", "2.2": "Implement encryption by using AWS services",
         "2.3": "Manage sensitive data in application code",
         "3.1": "Prepare application artifacts to be deployed to AWS", "3.2": "Test applications in development environments",
         "3.3": "Automate deployment testing", "3.4": "Deploy code by using AWS CI/CD services",
         "4.1": "Assist in a root cause analysis", "4.2": "Instrument code for observability",
         "4.3": "Optimize applications by using AWS services and features"}
_ID = re.compile(r"^d([1-4])t([1-4])-\d{3}$")
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

    @property
    def multiple(self) -> bool:
        return self.type == "multiple"


def check_question(raw: dict, where: str) -> list[str]:
    """Schema problems of one raw question (empty list: fine)."""
    if not isinstance(raw, dict):
        return [f"{where}: not a mapping"]
    qid = raw.get("id", "?")
    at = f"{where} {qid}"
    problems = [f"{at}: missing {name}" for name in REQUIRED if name not in raw]
    if problems:
        return problems
    match = _ID.match(str(qid))
    if not match:
        problems.append(f"{at}: id must look like d1t3-007")
    elif (int(match.group(1)), f"{match.group(1)}.{match.group(2)}") != (raw["domain"], str(raw["task"])):
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


def _question(raw: dict, source: str) -> Question:
    return Question(id=raw["id"], domain=raw["domain"], task=str(raw["task"]), type=raw["type"],
                    stem=raw["stem"].strip(), options=dict(raw["options"]), answer=tuple(raw["answer"]),
                    explanations=dict(raw["explanations"]), services=tuple(raw["services"]), week=raw["week"],
                    topic=str(raw["topic"]), facts=dict(raw.get("facts") or {}), source_file=source)


def load_bank(folder: Path | None = None) -> list[Question]:
    """Every question in ``folder`` (default questions/bank), schema-checked; raises BankError on problems."""
    questions, problems = read_bank(folder)
    if problems:
        raise BankError("\n".join(problems[:50]))
    return questions


def read_bank(folder: Path | None = None) -> tuple[list[Question], list[str]]:
    """The valid questions in ``folder`` and the schema problems of the others."""
    folder = Path(folder or DEFAULT_BANK)
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
            found = check_question(raw, f"{path.name}[{index}]")
            problems += found
            if not found:
                questions.append(_question(raw, path.name))
    return questions, problems
