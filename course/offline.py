"""Keep every AWS SDK call on this machine.

``isolate_aws()`` runs in the first code cell of every notebook and in the grader. It

1. replaces credentials with obvious fakes and points the config and credentials files at an empty
   file, so a learner's real ``~/.aws`` profile, environment keys, SSO cache, container or instance
   credentials are never read;
2. turns instance metadata lookups off and drops profile, endpoint and web-identity variables;
3. makes botocore's HTTP layer raise :class:`RealAWSCallBlocked` at once, so an unstubbed call fails
   in milliseconds with a message that says how to stub it, instead of hanging on a closed network.

Stubber, parameter validation, presigning and SigV4 signing keep working: none of them sends a request.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

FAKE_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"  # AWS's documented example key: never valid
FAKE_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
FAKE_SESSION_TOKEN = "course-offline-fake-session-token"
DEFAULT_REGION = "us-east-1"

# Variables that could lead botocore to a real identity, profile or endpoint.
DROPPED_VARIABLES = (
    "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
    "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "AWS_SSO_SESSION", "AWS_CREDENTIAL_EXPIRATION",
    "AWS_SECURITY_TOKEN",
)

HOW_TO_STUB = (
    "This course never calls real AWS (no account, no network). Stub the call instead:\n"
    "    from botocore.stub import Stubber\n"
    "    with Stubber(client) as stub:\n"
    "        stub.add_response('{op}', {{...response...}}, {{...expected params...}})\n"
    "        client.{op}(...)\n"
)


class RealAWSCallBlocked(RuntimeError):
    """An SDK call tried to leave the machine."""


def _empty_config_file() -> str:
    folder = Path(tempfile.gettempdir()) / f"course-offline-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty-aws-config"
    if not empty.exists():
        empty.write_text("")
    return str(empty)


def isolated_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment variables an offline AWS process needs, applied over ``base``."""
    env = dict(os.environ if base is None else base)
    for name in DROPPED_VARIABLES:
        env.pop(name, None)
    empty = _empty_config_file()
    env.update({
        "AWS_ACCESS_KEY_ID": FAKE_ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": FAKE_SECRET_KEY,
        "AWS_SESSION_TOKEN": FAKE_SESSION_TOKEN,
        "AWS_DEFAULT_REGION": env.get("COURSE_AWS_REGION", DEFAULT_REGION),
        "AWS_REGION": env.get("COURSE_AWS_REGION", DEFAULT_REGION),
        "AWS_CONFIG_FILE": empty,
        "AWS_SHARED_CREDENTIALS_FILE": empty,
        "AWS_EC2_METADATA_DISABLED": "true",
    })
    return env


def _operation_name(request) -> str:
    context = getattr(request, "context", None) or {}
    op = context.get("operation_name") if isinstance(context, dict) else None
    return op or "operation"


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def _blocked(where: str, request) -> RealAWSCallBlocked:
    url = getattr(request, "url", "?")
    op = _operation_name(request)
    return RealAWSCallBlocked(
        f"Blocked a real AWS request ({op} to {url}, stopped in {where}).\n" + HOW_TO_STUB.format(op=_snake(op))
    )


def _block_make_request(self, operation_model, request_dict):
    op = getattr(operation_model, "name", "operation")
    url = request_dict.get("url", "?") if isinstance(request_dict, dict) else "?"
    raise RealAWSCallBlocked(
        f"Blocked a real AWS request ({op} to {url}).\n" + HOW_TO_STUB.format(op=_snake(op))
    )


def _block_send(self, request):
    raise _blocked("the HTTP session", request)


def isolate_aws(quiet: bool = True) -> dict[str, str]:
    """Isolate credentials and block real requests for this process. Safe to call more than once.

    Returns the AWS-related environment it set, for display.
    """
    env = isolated_environment()
    for name in DROPPED_VARIABLES:
        os.environ.pop(name, None)
    for name, value in env.items():
        if name.startswith("AWS_"):
            os.environ[name] = value

    import botocore.endpoint
    import botocore.httpsession

    botocore.endpoint.Endpoint.make_request = _block_make_request
    botocore.httpsession.URLLib3Session.send = _block_send
    if not quiet:
        print("AWS is offline for this notebook: fake credentials, no real requests. Use Stubber for calls.")
    return {k: v for k, v in os.environ.items() if k.startswith("AWS_")}


def is_isolated() -> bool:
    """True when this process blocks real AWS requests."""
    import sys

    endpoint = sys.modules.get("botocore.endpoint")
    return bool(endpoint) and endpoint.Endpoint.make_request is _block_make_request
