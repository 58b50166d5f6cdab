# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Week 7: advanced IAM and monitoring
#
# [← Week 6: developer theory](../week6_developer_theory/week6_developer_theory.ipynb) ·
# [Week 8: practice exams →](../week8_practice_exams/week8_practice_exams.ipynb)
#
# Two kinds of exam question meet in this week. The first asks *who may do what*: a policy that should let each
# user touch only their own data, a role assumed through STS, an "access denied" message you have to decode, a
# request signed by hand. The second asks *what is going on* in a running application: which metric, log, trace
# or audit record answers a given question, how an alarm decides to fire, what a custom metric costs. Both are
# practised here with small Python functions, and with boto3 itself wherever it works without an AWS account.
#
# **Learning goals.** After this notebook you can:
#
# 1. write policies with policy variables (`${aws:username}`, `${cognito-identity.amazonaws.com:sub}`) and
#    conditions such as `dynamodb:LeadingKeys`, and predict how IAM evaluates them (explicit deny wins);
# 2. explain what STS `AssumeRole` returns and use `decode-authorization-message` to read a denied request;
# 3. sign a request with Signature Version 4 step by step, and say when you would ever need to;
# 4. pick a CloudWatch metric resolution, know how long each resolution is kept, and publish statistic sets;
# 5. predict an alarm's state from "M out of N" data points and its missing-data setting;
# 6. emit metrics from logs with the embedded metric format (EMF) and read latency percentiles from logs;
# 7. tell CloudWatch, CloudTrail, AWS Config and X-Ray apart, and analyse CloudTrail records with pandas;
# 8. read an X-Ray trace header, explain sampling rules, and know that the X-Ray SDKs are moving to OpenTelemetry.
#
# **Exam domains served (DVA-C02).**
#
# | Domain | Task statement | Here |
# |---|---|---|
# | 2 Security | **T1 Authentication and authorization** (primary): policies, least privilege, STS, assuming roles, Cognito identity pools | sections 1–3, 7.1–7.3 |
# | 4 Troubleshooting and Optimization | **T1 Root-cause analysis** (primary): Logs Insights, custom metrics with EMF, X-Ray service maps, SDK exceptions | sections 4–8, 7.8–7.10 |
# | 4 Troubleshooting and Optimization | T2 Instrument code for observability: tracing, structured logging, annotations, alerts | 7.4, 7.5, 7.7, 7.8, X-Ray |
# | 1 Development with AWS Services | T1 Develop code: what the SDK does for you (signing, retries) | section 3 |
#
# **How this notebook works.** Run the setup cell first (it blocks every real AWS request and gives boto3 fake
# credentials, so nothing here needs or touches an account). Each exercise has a task, a hint folded inside a
# *Hint* block (click to open), a cell where you replace `raise NotImplementedError()` with your code, and a check
# cell. The check cell runs a few **visible checks** and says so when they pass; more **hidden tests** run when the
# notebook is graded, so passing the visible checks is a good sign, not a promise. Until you attempt an exercise,
# its check cell just says "not attempted yet", so *Run All* always reaches the end. Every AWS figure in the code
# comes from the course's fact tables (`facts.value(...)`), each with its source and the date it was checked.

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true}
from course.offline import isolate_aws
isolate_aws()  # fake credentials, every real AWS request blocked: this course never needs an account
from course import facts
from course.display import changed_table, fact_table
from course.testing import exercise, expect_equal, expect_true, expect_raises

import datetime as dt
import fnmatch
import hashlib
import hmac
import json
import math
import random
import re
from unittest import mock
from urllib.parse import quote

import boto3
import pandas as pd
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.stub import Stubber
from botocore.validate import ParamValidator

from course.charts import monitoring as monitoring_charts

# One client per service for the whole notebook. Calls only work inside a Stubber; anything else is blocked.
sts = boto3.client("sts", region_name="us-east-1")
cloudwatch = boto3.client("cloudwatch", region_name="us-east-1")
UTC = dt.timezone.utc

# %% [markdown]
# ## 1. Policies, policy variables and conditions
#
# An IAM policy is a JSON document of **statements**. Each statement has an `Effect` (`Allow` or `Deny`), the
# `Action`s it covers (`service:Operation`, wildcards allowed), the `Resource`s (ARNs, wildcards allowed) and an
# optional `Condition`. Three kinds of identity policy exist, and the exam likes to ask which to use:
#
# | kind | who writes it | reuse | typical answer when… |
# |---|---|---|---|
# | AWS managed | AWS | attach to many principals; you cannot edit it (copy it to a customer managed policy to change it) | "quick start, common job function" |
# | customer managed | you, in your account | attach to many principals, versioned | "reusable, least privilege, auditable" (the usual best answer) |
# | inline | you, embedded in one user, group or role | none: lives and dies with its principal | "a strict one-to-one relationship" |
#
# **How IAM decides.** Everything starts denied (*implicit deny*). A request is allowed only if some applicable
# statement allows it **and** no applicable statement denies it: an **explicit deny always wins**. (Permissions
# boundaries, SCPs and session policies can only narrow this further.) `aws iam simulate-custom-policy` and
# `simulate-principal-policy` evaluate policies against a test request without making it; you supply the values of
# the context keys the policy uses.
#
# **Policy variables** make one policy serve many principals. Written `${...}` in a `Resource` or in a condition
# value, they are replaced at evaluation time by a value from the request context:
#
# - `${aws:username}`: the IAM user's friendly name, e.g. a home folder `arn:aws:s3:::docs/home/${aws:username}/*`;
# - `${aws:userid}`: the unique id of the caller (also works for assumed roles and federated users);
# - `${cognito-identity.amazonaws.com:sub}`: the identity id of a user of a Cognito identity pool, the usual
#   partition key value for "each mobile user reaches only their own items";
# - `${aws:PrincipalTag/team}` and other global keys.
#
# A variable may carry a **default**, `${aws:PrincipalTag/team, 'shared'}`, used when the key is absent. Without a
# default, a variable AWS cannot resolve can make the whole statement invalid, so it grants nothing (AWS's guide
# suggests the `...IfExists` condition operators to avoid that). Key names are case-insensitive in IAM (the
# exercise below keeps them exact, for simplicity). Three special forms stand for characters that would otherwise
# be wildcards or syntax: `${*}`, `${?}` and `${$}`.
#
# **Conditions** compare context keys with values: `StringEquals`, `StringLike`, `ArnLike`, `NumericLessThan`,
# `DateGreaterThan`, `Bool` (e.g. `aws:MultiFactorAuthPresent`), `IpAddress`. For keys that carry **several
# values** in one request, such as `dynamodb:LeadingKeys` (the partition keys of every item a `BatchGetItem`
# touches), use a set operator: `ForAllValues:StringEquals` (every value must be in the list) or
# `ForAnyValue:StringEquals` (at least one). Watch the trap: `ForAllValues` is **true when the key is missing or
# empty**, so pair it with a check that the key exists (or use a `Deny` with `ForAnyValue`/`StringNotEquals`).
#
# > **Exam tip.** "Each user may only read and write their own items / their own S3 folder, with one policy for
# > everyone" means a policy variable: `${cognito-identity.amazonaws.com:sub}` with `dynamodb:LeadingKeys` for a
# > Cognito identity pool, `${aws:username}` in an S3 ARN for IAM users. "Cannot edit an AWS managed policy" means
# > copy it into a customer managed policy.

# %% nbgrader={"grade": false, "grade_id": "home_folder_policy", "locked": true}
home_folder_policy = {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "ListOwnFolder", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::docs",
         "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}},
        {"Sid": "OwnObjects", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
         "Resource": "arn:aws:s3:::docs/home/${aws:username}/*"},
        {"Sid": "NeverDelete", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::docs/*"},
    ],
}
print(json.dumps(home_folder_policy, indent=2))

# %% [markdown]
# ### Exercise 7.1: resolve policy variables (2 points)
#
# Write `resolve_policy_variables(text, context)` that returns `text` with every `${...}` replaced, or `None`
# when a variable cannot be resolved. `context` maps key names (such as `"aws:username"`) to strings.
#
# - `${name}` becomes `context[name]`; the name is written exactly as in the context.
# - `${name, 'default'}` becomes `context[name]` when the key is present, otherwise `default` (the text between the
#   single quotes). Spaces around the name and after the comma are allowed.
# - `${*}`, `${?}` and `${$}` become the single characters `*`, `?` and `$`.
# - A variable whose key is absent and that has no default makes the whole result `None` (the statement would not
#   match).
#
# <details><summary>Hint</summary>
#
# `re.sub(r"\$\{([^}]*)\}", replace, text)` calls `replace(match)` for each variable; `match.group(1)` is what is
# between the braces. Split it on the first comma with `str.partition(",")`. To signal "unresolvable" from inside
# `replace`, set a flag (or raise and catch a `KeyError`) and return `None` at the end.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex1_policy_variables", "solution": true}
def resolve_policy_variables(text, context):
    """`text` with its ${...} policy variables replaced from `context`, or None if one cannot be resolved."""
    ### BEGIN SOLUTION
    unresolved = []

    def replace(match):
        inside = match.group(1)
        if inside in ("*", "?", "$"):
            return inside
        name, comma, default = inside.partition(",")
        name = name.strip()
        if name in context:
            return context[name]
        if comma:
            return default.strip().strip("'")
        unresolved.append(name)
        return ""

    result = re.sub(r"\$\{([^}]*)\}", replace, text)
    return None if unresolved else result
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex1_policy_variables_tests", "points": 2}
with exercise("7.1 policy variables"):
    expect_equal(resolve_policy_variables("arn:aws:s3:::docs/home/${aws:username}/*", {"aws:username": "maria"}),
                 "arn:aws:s3:::docs/home/maria/*", "an S3 home folder")
    expect_equal(resolve_policy_variables("${aws:PrincipalTag/team, 'shared'}", {}), "shared", "a default value")
    expect_equal(resolve_policy_variables("no variables here", {}), "no variables here", "plain text")
    expect_equal(resolve_policy_variables("home/${aws:username}/*", {}), None, "an absent key without default")
### BEGIN HIDDEN TESTS
sub = "us-east-1:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab"
expect_equal(resolve_policy_variables("${cognito-identity.amazonaws.com:sub}",
                                      {"cognito-identity.amazonaws.com:sub": sub}), sub, "a Cognito identity id",
             reveal=False)
expect_equal(resolve_policy_variables("${aws:PrincipalTag/team, 'shared'}", {"aws:PrincipalTag/team": "red"}),
             "red", "the context value wins over the default", reveal=False)
expect_equal(resolve_policy_variables("${ aws:PrincipalTag/team ,'x'}/y", {}), "x/y", "spaces around the name",
             reveal=False)
expect_equal(resolve_policy_variables("home/${ aws:username }/", {"aws:username": "maria"}), "home/maria/",
             "spaces around a name that is in the context", reveal=False)
expect_equal(resolve_policy_variables("file${*}name${?}${$}", {}), "file*name?$", "the special characters",
             reveal=False)
expect_equal(resolve_policy_variables("${a}-${b}-${a}", {"a": "1", "b": "2"}), "1-2-1", "several variables",
             reveal=False)
expect_equal(resolve_policy_variables("${a}-${b}", {"a": "1"}), None, "one of two variables absent", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 7.2: evaluate a policy (3 points)
#
# Write `is_allowed(policy, action, resource, context)` returning `True` or `False` for one request, following
# IAM's logic for a single identity policy:
#
# - A statement's `Action` and `Resource` are a string or a list of strings, with `*` and `?` wildcards.
#   Actions match **case-insensitively**; resources match case-sensitively, after resolving policy variables with
#   your `resolve_policy_variables` (a resource pattern that resolves to `None` does not match).
# - `Condition` (optional) supports two operators; every key listed must be satisfied:
#   - `"StringEquals": {key: values}`: the context value of `key` (a string) equals one of the values (a string
#     or list; resolve their variables; values resolving to `None` are skipped). An absent key fails.
#   - `"ForAllValues:StringEquals": {key: values}`: the context value is a **list**; every element must equal one
#     of the values. An absent key or an empty list **passes**.
# - A statement *applies* if action, resource and condition all match. Any applicable `Deny` gives `False`;
#   otherwise any applicable `Allow` gives `True`; otherwise `False` (implicit deny).
#
# <details><summary>Hint</summary>
#
# `fnmatch.fnmatchcase(text, pattern)` matches `*` and `?`; lower-case both sides for actions. Normalise strings
# to lists with `[x] if isinstance(x, str) else x`. Collect the effects of the applicable statements, then decide.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex2_policy_evaluation", "solution": true}
def is_allowed(policy, action, resource, context):
    """True if `policy` allows `action` on `resource` for this request context."""
    ### BEGIN SOLUTION
    def as_list(value):
        return [value] if isinstance(value, str) else list(value)

    def condition_holds(condition):
        for operator, tests in (condition or {}).items():
            for key, values in tests.items():
                allowed = [v for v in (resolve_policy_variables(x, context) for x in as_list(values)) if v is not None]
                if operator == "StringEquals":
                    if key not in context or context[key] not in allowed:
                        return False
                elif operator == "ForAllValues:StringEquals":
                    if any(v not in allowed for v in context.get(key, [])):
                        return False
                else:
                    raise ValueError(f"unsupported condition operator {operator}")
        return True

    effects = set()
    for statement in policy["Statement"]:
        if not any(fnmatch.fnmatchcase(action.lower(), a.lower()) for a in as_list(statement["Action"])):
            continue
        patterns = [resolve_policy_variables(r, context) for r in as_list(statement["Resource"])]
        if not any(p is not None and fnmatch.fnmatchcase(resource, p) for p in patterns):
            continue
        if condition_holds(statement.get("Condition")):
            effects.add(statement["Effect"])
    return "Deny" not in effects and "Allow" in effects
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex2_policy_evaluation_helpers", "locked": true}
# The policy, table and request context the checks below use.
notes_policy = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem"],
     "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/UserNotes",
     "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${cognito-identity.amazonaws.com:sub}"]}}}]}
NOTES_TABLE = "arn:aws:dynamodb:us-east-1:111122223333:table/UserNotes"
me = {"cognito-identity.amazonaws.com:sub": "us-east-1:me", "dynamodb:LeadingKeys": ["us-east-1:me"]}
wide = {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                      {"Effect": "Deny", "Action": "s3:Delete*", "Resource": "arn:aws:s3:::docs/*"}]}


# %% nbgrader={"grade": true, "grade_id": "ex2_policy_evaluation_tests", "points": 3}
with exercise("7.2 policy evaluation"):
    other = dict(me, **{"dynamodb:LeadingKeys": ["us-east-1:someone-else"]})
    expect_equal(is_allowed(notes_policy, "dynamodb:Query", NOTES_TABLE, me), True, "a user queries their own items")
    expect_equal(is_allowed(notes_policy, "dynamodb:Query", NOTES_TABLE, other), False, "someone else's items")
    expect_equal(is_allowed(notes_policy, "dynamodb:Scan", NOTES_TABLE, me), False, "an action not listed")
    expect_equal(is_allowed(home_folder_policy, "s3:GetObject", "arn:aws:s3:::docs/home/maria/cv.pdf",
                            {"aws:username": "maria"}), True, "maria reads her own file")
    expect_equal(is_allowed(wide, "s3:DeleteObject", "arn:aws:s3:::docs/a.txt", {}), False, "explicit deny wins")
### BEGIN HIDDEN TESTS
expect_equal(is_allowed(home_folder_policy, "s3:GetObject", "arn:aws:s3:::docs/home/maria/cv.pdf",
                        {"aws:username": "tom"}), False, "tom cannot read maria's file", reveal=False)
expect_equal(is_allowed(home_folder_policy, "s3:GetObject", "arn:aws:s3:::docs/home/maria/cv.pdf", {}), False,
             "no username in the context: the statement does not match", reveal=False)
expect_equal(is_allowed(home_folder_policy, "S3:getobject", "arn:aws:s3:::docs/home/maria/cv.pdf",
                        {"aws:username": "maria"}), True, "actions are case-insensitive", reveal=False)
expect_equal(is_allowed(home_folder_policy, "s3:GetObject", "arn:aws:s3:::docs/home/Maria/cv.pdf",
                        {"aws:username": "maria"}), False, "resources are case-sensitive", reveal=False)
expect_equal(is_allowed(wide, "s3:DeleteObject", "arn:aws:s3:::other/a.txt", {}), True, "deny on another bucket",
             reveal=False)
expect_equal(is_allowed(wide, "dynamodb:GetItem", "arn:aws:s3:::docs/a.txt", {}), False, "implicit deny",
             reveal=False)
expect_equal(is_allowed(notes_policy, "dynamodb:GetItem", NOTES_TABLE,
                        {"cognito-identity.amazonaws.com:sub": "us-east-1:me"}), True,
             "ForAllValues passes when the key is absent", reveal=False)
batch = dict(me, **{"dynamodb:LeadingKeys": ["us-east-1:me", "us-east-1:me", "us-east-1:x"]})
expect_equal(is_allowed(notes_policy, "dynamodb:GetItem", NOTES_TABLE, batch), False, "one foreign key in a batch",
             reveal=False)
mfa = {"Statement": [{"Effect": "Allow", "Action": "ec2:Stop?nstances", "Resource": "*",
                      "Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "us-east-1"]}}}]}
expect_equal(is_allowed(mfa, "ec2:StopInstances", "arn:aws:ec2:us-east-1:1:instance/i-1",
                        {"aws:RequestedRegion": "us-east-1"}), True, "StringEquals with a list", reveal=False)
expect_equal(is_allowed(mfa, "ec2:StopInstances", "arn:aws:ec2:us-east-1:1:instance/i-1", {}), False,
             "StringEquals fails when the key is absent", reveal=False)
expect_equal(is_allowed(mfa, "ec2:StopInstances", "x", {"aws:RequestedRegion": "ap-south-1"}), False,
             "StringEquals with another value", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. STS: temporary credentials, assumed roles and decoding "access denied"
#
# The **Security Token Service** hands out temporary credentials: an access key id, a secret key, a **session
# token** and an expiry. `AssumeRole` gives you a role's permissions (same or another account: the role's
# **trust policy** must allow you, and your own policy must allow `sts:AssumeRole` on it).
# `AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML` do the same for federated users (Cognito identity pools call
# them for you), and `GetSessionToken` adds MFA to an IAM user's own permissions. `GetCallerIdentity` answers "who
# am I?" and needs no permission. Every STS call is recorded by **CloudTrail** (section 6), which is how you audit
# who assumed which role.
#
# **Web identity federation and Cognito.** Users who sign in with Google, Facebook, Amazon, an OIDC or a SAML
# identity provider should not get IAM users. A Cognito **user pool** is a user directory (sign-up, sign-in,
# password rules, MFA, groups, hosted UI, compromised-credential checks) that issues JWTs; a Cognito **identity
# pool** exchanges a token from a user pool or another provider (or none, for guests) for temporary AWS
# credentials of a role, through STS. The role's policy then uses `${cognito-identity.amazonaws.com:sub}` to keep
# each user to their own data. (The notes' Cognito Sync and push synchronisation are older features; AppSync is
# the usual answer for syncing app data today: U, not checked in our sources.)
#
# Some services answer a denied request with an **encoded authorization message** (EC2 is the classic example).
# `aws sts decode-authorization-message --encoded-message ...` (which itself needs the
# `sts:DecodeAuthorizationMessage` permission) turns it into JSON: whether the request was allowed, whether an
# explicit deny matched, which statements matched, and the full request context.
#
# > **Exam tip.** "A developer gets an encoded error message from EC2" means `sts decode-authorization-message`.
# > "Give an application in account A access to a bucket in account B without long-term keys" means a role in B
# > trusted by A, assumed with `AssumeRole`.
#
# The cell below stubs both calls on a real STS client (botocore checks the parameters against the real API
# model) and reads the allowed session length straight from that model.

# %%
duration = sts.meta.service_model.operation_model("AssumeRole").input_shape.members["DurationSeconds"]
print(f"AssumeRole DurationSeconds, per botocore's STS model: {duration.metadata['min']}..{duration.metadata['max']} "
      "seconds (the role's own maximum session duration caps it further)")
expires = dt.datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
decoded = {"allowed": False, "explicitDeny": False, "matchedStatements": {"items": []},
           "context": {"principal": {"arn": "arn:aws:sts::111122223333:assumed-role/ci/build-42"},
                       "action": "ec2:RunInstances", "resource": "arn:aws:ec2:us-east-1:111122223333:instance/*"}}
with Stubber(sts) as stub:
    stub.add_response("assume_role", {"Credentials": {"AccessKeyId": "ASIAIOSFODNN7EXAMPLE", "SecretAccessKey": "fake-secret",
                                                      "SessionToken": "fake-token", "Expiration": expires},
                                      "AssumedRoleUser": {"AssumedRoleId": "AROAIOSFODNN7EXAMPLE:build-42",
                                                          "Arn": "arn:aws:sts::111122223333:assumed-role/ci/build-42"}},
                      {"RoleArn": "arn:aws:iam::111122223333:role/ci", "RoleSessionName": "build-42"})
    stub.add_response("decode_authorization_message", {"DecodedMessage": json.dumps(decoded)},
                      {"EncodedMessage": "encoded-message-from-ec2"})
    session = sts.assume_role(RoleArn="arn:aws:iam::111122223333:role/ci", RoleSessionName="build-42")
    message = json.loads(sts.decode_authorization_message(EncodedMessage="encoded-message-from-ec2")["DecodedMessage"])
print("assumed:", session["AssumedRoleUser"]["Arn"], "until", session["Credentials"]["Expiration"])
print("decoded:", message["context"]["action"], "allowed =", message["allowed"],
      "explicit deny =", message["explicitDeny"], "(no statement matched: an implicit deny)")

# %% [markdown]
# ## 3. Signing requests: Signature Version 4
#
# Every AWS API request carries proof of who sent it: a **SigV4** signature, an HMAC-SHA256 over the request made
# with a key derived from the secret access key. The secret itself never travels. The SDKs and the CLI sign for
# you; you sign by hand only when you call AWS over plain HTTP (for example from a language without an SDK), and
# you meet the pieces when you debug `SignatureDoesNotMatch` or an expired request (the timestamp must be close to
# AWS's clock). Presigned URLs are the same signature placed in the query string.
#
# The four steps:
#
# 1. **Canonical request**: `METHOD \n path \n query \n headers \n signed-header-names \n SHA256(body)`. The query
#    string is sorted by name, each name and value URL-encoded (unreserved characters `A-Z a-z 0-9 - _ . ~` stay);
#    headers are lower-cased, trimmed (inner runs of spaces become one space), sorted, written `name:value` each on
#    its own line, and the block ends with an empty line; the signed header names are joined with `;`.
# 2. **String to sign**: `AWS4-HMAC-SHA256 \n timestamp \n scope \n SHA256(canonical request)`, where the scope is
#    `date/region/service/aws4_request`.
# 3. **Signing key**: HMAC chain `kDate = HMAC("AWS4" + secret, date)`, `kRegion = HMAC(kDate, region)`,
#    `kService = HMAC(kRegion, service)`, `kSigning = HMAC(kService, "aws4_request")`. It is valid for one day, one
#    Region and one service.
# 4. **Signature** = hex HMAC(kSigning, string to sign), sent in the `Authorization` header:
#    `AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=host;x-amz-date, Signature=...` (with temporary
#    credentials, the session token goes in `X-Amz-Security-Token`).
#
# botocore's own signer, with its clock frozen, reproduces AWS's published test vector `get-vanilla`:

# %% nbgrader={"grade": false, "grade_id": "sigv4_reference", "locked": true}
TEST_CREDENTIALS = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
VANILLA_SIGNATURE = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"  # from AWS's SigV4 test suite


def botocore_authorization(method, host, path, query, headers, body, region, service, amz_date,
                           credentials=TEST_CREDENTIALS):
    """The Authorization header botocore's SigV4Auth writes for this request, at the frozen time `amz_date`."""
    request = AWSRequest(method=method, url=f"https://{host}{path}", headers=dict(headers), data=body,
                         params=dict(query))
    frozen = dt.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ")
    with mock.patch("botocore.auth.get_current_datetime", return_value=frozen):
        SigV4Auth(credentials, service, region).add_auth(request)
    return request.headers["Authorization"]


vanilla = botocore_authorization("GET", "example.amazonaws.com", "/", {}, {}, b"", "us-east-1", "service",
                                 "20150830T123600Z")
print(vanilla)
assert vanilla.endswith(VANILLA_SIGNATURE)

# %% [markdown]
# ### Exercise 7.3: SigV4 by hand (4 points)
#
# Write three functions. All strings are `str`; `body` is `bytes`; `query` and `headers` are dicts.
#
# - `canonical_request(method, path, query, headers, body)`: the canonical request of step 1 (no trailing
#   newline after the payload hash). `headers` already contains every header to sign (including `host` and
#   `x-amz-date`), with names in any case. Encode query names and values with `quote(text, safe="-_.~")`; take
#   `path` as given.
# - `signing_key(secret_key, date, region, service)`: the `bytes` of step 3 (`date` is `YYYYMMDD`).
# - `authorization_header(method, host, path, query, headers, body, access_key, secret_key, region, service,
#   amz_date)`: add `host` and `x-amz-date` (`amz_date` looks like `20150830T123600Z`) to a copy of `headers`,
#   then build the full `Authorization` header value exactly as botocore does (see the format above).
#
# The checks compare your results with botocore's signer and with AWS's published test vectors.
#
# <details><summary>Hint</summary>
#
# `hashlib.sha256(data).hexdigest()` and `hmac.new(key, msg.encode(), hashlib.sha256).digest()` are all you need.
# Canonical headers: `"".join(f"{name}:{value}\n" for name, value in sorted_pairs)` already ends with the empty
# line once you join the six parts with `"\n"`. The date of the scope is `amz_date[:8]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex3_sigv4", "solution": true}
def canonical_request(method, path, query, headers, body):
    """The SigV4 canonical request (step 1)."""
    ### BEGIN SOLUTION
    encoded = sorted((quote(str(k), safe="-_.~"), quote(str(v), safe="-_.~")) for k, v in query.items())
    canonical_query = "&".join(f"{k}={v}" for k, v in encoded)
    pairs = sorted((name.lower(), " ".join(str(value).split())) for name, value in headers.items())
    canonical_headers = "".join(f"{name}:{value}\n" for name, value in pairs)
    signed = ";".join(name for name, _ in pairs)
    return "\n".join([method, path, canonical_query, canonical_headers, signed, hashlib.sha256(body).hexdigest()])
    ### END SOLUTION


def signing_key(secret_key, date, region, service):
    """The SigV4 signing key (step 3), as bytes."""
    ### BEGIN SOLUTION
    key = ("AWS4" + secret_key).encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key
    ### END SOLUTION


def authorization_header(method, host, path, query, headers, body, access_key, secret_key, region, service, amz_date):
    """The value of the Authorization header for this request."""
    ### BEGIN SOLUTION
    all_headers = {**headers, "host": host, "x-amz-date": amz_date}
    canonical = canonical_request(method, path, query, all_headers, body)
    scope = f"{amz_date[:8]}/{region}/{service}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    signature = hmac.new(signing_key(secret_key, amz_date[:8], region, service), to_sign.encode(),
                         hashlib.sha256).hexdigest()
    signed = ";".join(sorted(name.lower() for name in all_headers))
    return f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, SignedHeaders={signed}, Signature={signature}"
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex3_sigv4_helpers", "locked": true}
# botocore's canonical request and your signature for the same request (args as in AWS's test suite).
AKID, SECRET = TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key


def botocore_canonical(method, host, path, query, headers, body, region, service, amz_date):
    """botocore's canonical request for the same request (its X-Amz-Date header set by hand, no clock needed)."""
    request = AWSRequest(method=method, url=f"https://{host}{path}", headers={**headers, "X-Amz-Date": amz_date},
                         data=body, params=dict(query))
    return SigV4Auth(TEST_CREDENTIALS, service, region).canonical_request(request)


def mine(method, host, path, query, headers, body, region, service, amz_date):
    return authorization_header(method, host, path, query, headers, body, AKID, SECRET, region, service, amz_date)
vanilla_args = ("GET", "example.amazonaws.com", "/", {}, {}, b"", "us-east-1", "service", "20150830T123600Z")
query_args = ("GET", "example.amazonaws.com", "/", {"Param2": "value2", "Param1": "value1"}, {}, b"",
              "us-east-1", "service", "20150830T123600Z")  # AWS's get-vanilla-query-order-key-case


# %% nbgrader={"grade": true, "grade_id": "ex3_sigv4_tests", "points": 4}
with exercise("7.3 SigV4"):
    expect_equal(signing_key(SECRET, "20120215", "us-east-1", "iam").hex(),
                 "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d", "AWS's signing-key example")
    expect_equal(canonical_request("GET", "/", {}, {"Host": "example.amazonaws.com", "X-Amz-Date": "20150830T123600Z"},
                                   b""), botocore_canonical(*vanilla_args), "canonical request of get-vanilla")
    expect_equal(mine(*vanilla_args), botocore_authorization(*vanilla_args), "get-vanilla, as botocore signs it")
    expect_true(mine(*vanilla_args).endswith(VANILLA_SIGNATURE), "get-vanilla matches AWS's published signature")
    expect_equal(mine(*query_args), botocore_authorization(*query_args), "query parameters are sorted")
### BEGIN HIDDEN TESTS
expect_true(mine(*query_args).endswith("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
            "AWS's get-vanilla-query-order-key-case vector")
body = json.dumps({"TableName": "UserNotes"}).encode()
post_headers = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.DescribeTable"}
post_args = ("POST", "dynamodb.eu-west-1.amazonaws.com", "/", {}, post_headers, body, "eu-west-1", "dynamodb",
             "20261102T091500Z")
expect_equal(mine(*post_args), botocore_authorization(*post_args), "a POST with a body and extra headers",
             reveal=False)
expect_equal(canonical_request("POST", "/", {}, {**post_headers, "Host": "dynamodb.eu-west-1.amazonaws.com",
                                                 "X-Amz-Date": "20261102T091500Z"}, body),
             botocore_canonical(*post_args), "canonical request of the POST", reveal=False)
spaced = ("GET", "s3.amazonaws.com", "/photos/cat.jpg", {"prefix": "my photos/2026", "max-keys": "10"},
          {"My-Header": "  a   b  c "}, b"", "us-east-1", "s3", "20261102T000000Z")
expect_equal(canonical_request("GET", "/photos/cat.jpg", spaced[3], {**spaced[4], "host": "s3.amazonaws.com",
                                                                   "x-amz-date": "20261102T000000Z"}, b""),
             botocore_canonical(*spaced), "query encoding and header trimming", reveal=False)
expect_equal(signing_key(SECRET, "20261102", "eu-west-1", "sqs").hex(),
             hmac.new(hmac.new(hmac.new(hmac.new(b"AWS4" + SECRET.encode(), b"20261102", hashlib.sha256).digest(),
                                        b"eu-west-1", hashlib.sha256).digest(), b"sqs", hashlib.sha256).digest(),
                      b"aws4_request", hashlib.sha256).hexdigest(), "another signing key", reveal=False)
expect_true(type(signing_key(SECRET, "20261102", "eu-west-1", "sqs")) is bytes, "signing_key returns bytes")
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** `SignatureDoesNotMatch` usually means a wrong secret key, a modified request or a bad
# > canonicalisation; "Signature expired" means the client's clock is off. Any question offering "sign the request
# > yourself" when an SDK is available is offering the wrong answer.
#
# ## 4. CloudWatch metrics
#
# A **metric** is a time series identified by a **namespace** (`AWS/EC2`, `AWS/Lambda`, or your own such as
# `Shop`), a **name** and up to a few **dimensions** (name/value pairs such as `FunctionName=checkout`). Each
# distinct combination of dimension values is a separate metric. CloudWatch stores **data points** and answers
# queries with **statistics** over a **period**: `SampleCount`, `Sum`, `Average`, `Minimum`, `Maximum` and
# percentiles such as `p99`. Services publish their metrics for free; you read them with `GetMetricData` (or the
# older `GetMetricStatistics`) and draw them on dashboards.
#
# **Resolution.** EC2 sends its metrics every 5 minutes for free (*basic monitoring*) or every minute for a fee
# (*detailed monitoring*). Memory use and disk space are **not** among EC2's metrics: the hypervisor cannot see
# inside the guest, so the **CloudWatch agent** on the instance publishes them as custom metrics (it also ships log
# files). Your own **custom metrics** are standard resolution (1 minute) or **high resolution** (down to 1 second,
# `StorageResolution=1`), which queries and alarms can read at periods below a minute. An alarm's period is 10,
# 20 or 30 seconds (a *high-resolution alarm*, charged more, and only useful on a metric stored at 1 s) or any
# multiple of 60 seconds (facts `cloudwatch.alarm_period_high_res_min_seconds`, `cloudwatch.alarm_period_step_seconds`:
# the PutMetricAlarm API reference, O).
#
# **Retention.** CloudWatch does not keep data forever, as the 2019 notes claimed. It rolls fine data up into
# coarser periods and drops it in stages: the table below is read from the fact rows. (Metrics of terminated
# instances remain readable until they expire, which is the part of the notes that still holds.)

# %%
retention = pd.DataFrame([
    {"period of the data points": "below 60 s (high resolution)",
     "kept for": f"{facts.value('cloudwatch.retention_sub_minute_hours')} hours",
     "grade": facts.get("cloudwatch.retention_sub_minute_hours").source_grade},
    {"period of the data points": "60 s", "kept for": f"{facts.value('cloudwatch.retention_1min_days')} days",
     "grade": facts.get("cloudwatch.retention_1min_days").source_grade},
    {"period of the data points": "300 s", "kept for": f"{facts.value('cloudwatch.retention_5min_days')} days",
     "grade": facts.get("cloudwatch.retention_5min_days").source_grade},
    {"period of the data points": "3600 s", "kept for": f"{facts.value('cloudwatch.retention_1h_days')} days",
     "grade": facts.get("cloudwatch.retention_1h_days").source_grade},
])
retention

# %% [markdown]
# All four retention rows are official (the GetMetricData and GetMetricStatistics API reference). The basic and
# detailed monitoring periods are **U** (not re-checked in current material, believed unchanged). The periods an
# alarm accepts, from the fact rows:

# %%
alarm_step = facts.value("cloudwatch.alarm_period_step_seconds")
high_resolution_periods = [facts.value("cloudwatch.alarm_period_high_res_min_seconds") * k for k in (1, 2, 3)]
print(f"Alarm periods: {', '.join(f'{p} s' for p in high_resolution_periods)} (high-resolution alarms), "
      f"then any multiple of {alarm_step} s: {alarm_step} s, {2 * alarm_step} s, {5 * alarm_step} s, ...")
#
# ### What changed since the 2019 notes
# The course started from a learner's notes written in 2019. The table is built from the fact rows of this week's
# services, so it always shows the values the course uses:

# %%
changed_table(service=["CloudWatch", "X-Ray", "IAM", "STS"])

# %% [markdown]
# All this week's CloudWatch and X-Ray rows, with their sources:

# %%
fact_table(service=["CloudWatch", "X-Ray"], table="facts")

# %% [markdown]
# > **Exam tip.** "Monitor memory utilisation of EC2 instances" means the CloudWatch agent and a custom metric.
# > "See metrics every minute instead of every five" means detailed monitoring. "Sub-minute metrics from the
# > application" means a high-resolution custom metric.
#
# ### Statistic sets
#
# Publishing each measurement as its own data point costs one value per request. When an application measures
# many values per period (latency of every request, say), it can aggregate them itself and publish a **statistic
# set**: `SampleCount`, `Sum`, `Minimum` and `Maximum`. CloudWatch can still compute the average (Sum / SampleCount)
# and combine sets from many hosts exactly, but **not percentiles**: those need the values (the `Values` and
# `Counts` arrays) or logs.

# %% [markdown]
# ### Exercise 7.4: statistic sets (2 points)
#
# - `statistic_set(values)`: a dict with keys `"SampleCount"`, `"Sum"`, `"Minimum"`, `"Maximum"`, all `float`, for
#   a non-empty list of numbers; `ValueError` for an empty list.
# - `merge_statistic_sets(sets)`: the one statistic set equal to the union of the measurements behind several
#   sets (a non-empty list).
# - `average(stat_set)`: the average value the set describes, as a `float`.
#
# <details><summary>Hint</summary>
#
# Counts and sums add up; the minimum of the union is the minimum of the minimums. The average of a merged set is
# **not** the average of the averages when the sets hold different numbers of samples.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex4_statistic_sets", "solution": true}
def statistic_set(values):
    """SampleCount, Sum, Minimum, Maximum (floats) of a non-empty list of numbers."""
    ### BEGIN SOLUTION
    if not values:
        raise ValueError("a statistic set needs at least one value")
    return {"SampleCount": float(len(values)), "Sum": float(sum(values)), "Minimum": float(min(values)),
            "Maximum": float(max(values))}
    ### END SOLUTION


def merge_statistic_sets(sets):
    """One statistic set covering all the measurements of `sets`."""
    ### BEGIN SOLUTION
    return {"SampleCount": float(sum(s["SampleCount"] for s in sets)), "Sum": float(sum(s["Sum"] for s in sets)),
            "Minimum": float(min(s["Minimum"] for s in sets)), "Maximum": float(max(s["Maximum"] for s in sets))}
    ### END SOLUTION


def average(stat_set):
    """The average value described by a statistic set."""
    ### BEGIN SOLUTION
    return float(stat_set["Sum"] / stat_set["SampleCount"])
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex4_statistic_sets_tests", "points": 2}
with exercise("7.4 statistic sets"):
    expect_equal(statistic_set([120, 80, 100]), {"SampleCount": 3.0, "Sum": 300.0, "Minimum": 80.0, "Maximum": 120.0},
                 "three latencies")
    expect_equal(average(statistic_set([120, 80, 100])), 100.0, "their average")
    _ = expect_raises(ValueError, statistic_set, [], what="an empty list")
    host_a = statistic_set([10, 20])
    host_b = statistic_set([100, 200, 300, 400, 500, 600])
    merged = merge_statistic_sets([host_a, host_b])
    expect_equal(merged, {"SampleCount": 8.0, "Sum": 2130.0, "Minimum": 10.0, "Maximum": 600.0}, "two hosts merged")
### BEGIN HIDDEN TESTS
expect_equal(average(merged), 2130 / 8, "the merged average weighs every sample", reveal=False)
expect_equal(merge_statistic_sets([host_a]), host_a, "merging one set", reveal=False)
expect_equal(statistic_set([7.5]), {"SampleCount": 1.0, "Sum": 7.5, "Minimum": 7.5, "Maximum": 7.5}, "one value",
             reveal=False)
expect_equal(statistic_set([-3, 0, 3]), {"SampleCount": 3.0, "Sum": 0.0, "Minimum": -3.0, "Maximum": 3.0},
             "negative values", reveal=False)
expect_true(all(type(v) is float for v in statistic_set([1, 2]).values()), "the API takes doubles: floats")
### END HIDDEN TESTS

# %% [markdown]
# ### Publishing: `PutMetricData`
#
# `PutMetricData` sends one or more data points of custom metrics to a namespace (the `AWS/` prefix is reserved).
# Each datum has a name, dimensions, a timestamp, a unit, and **one of**: a `Value`, `Values` with `Counts`, or
# `StatisticValues` (a statistic set). `StorageResolution` is `60` (standard, the default) or `1` (high
# resolution). The CloudWatch agent and the embedded metric format (section 5) publish for you without any
# `PutMetricData` code.
#
# ### Exercise 7.5: publish latency as statistic sets, checked by a Stubber (3 points)
#
# Write `publish_latency(client, service, samples, high_resolution=False)`:
#
# - `samples` is a list of `(timestamp, milliseconds)`, timestamps timezone-aware `datetime`s in UTC, in any order;
# - group the samples by minute (`high_resolution=False`) or by second (`True`): the group's timestamp is the start
#   of its minute or second (use `datetime.replace(second=0, microsecond=0)` or `replace(microsecond=0)`);
# - make **one** `client.put_metric_data` call with `Namespace="Shop"` and one datum per group, in time order:
#   `MetricName="Latency"`, `Dimensions=[{"Name": "Service", "Value": service}]`, `Timestamp` (the group start),
#   `StatisticValues` (your 7.4 `statistic_set`), `Unit="Milliseconds"`, and `StorageResolution` `1` or `60`;
# - return the number of data in the call (make no call and return `0` when there are no samples).
#
# The checks run it against the real CloudWatch client inside a `Stubber` that expects the exact request.
#
# <details><summary>Hint</summary>
#
# A dict `{group_start: [values]}` and `sorted(groups)` do the grouping. `statistic_set(values)` gives the
# `StatisticValues`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex5_put_metric_data", "solution": true}
def publish_latency(client, service, samples, high_resolution=False):
    """One PutMetricData call with a statistic set per minute (or per second); returns the number of data."""
    ### BEGIN SOLUTION
    groups = {}
    for timestamp, value in samples:
        start = timestamp.replace(microsecond=0) if high_resolution else timestamp.replace(second=0, microsecond=0)
        groups.setdefault(start, []).append(value)
    if not groups:
        return 0
    data = [{"MetricName": "Latency", "Dimensions": [{"Name": "Service", "Value": service}], "Timestamp": start,
             "StatisticValues": statistic_set(groups[start]), "Unit": "Milliseconds",
             "StorageResolution": 1 if high_resolution else 60} for start in sorted(groups)]
    client.put_metric_data(Namespace="Shop", MetricData=data)
    return len(data)
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex5_put_metric_data_helpers", "locked": true}
# Samples and the PutMetricData request each must become, written out by hand.
def latency_datum(service, start, values, resolution):
    """One expected datum, written out by hand (independent of statistic_set)."""
    return {"MetricName": "Latency", "Dimensions": [{"Name": "Service", "Value": service}], "Timestamp": start,
            "StatisticValues": {"SampleCount": float(len(values)), "Sum": float(sum(values)),
                                "Minimum": min(values) * 1.0, "Maximum": max(values) * 1.0},
            "Unit": "Milliseconds", "StorageResolution": resolution}


T0 = dt.datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
samples = [(T0 + dt.timedelta(seconds=5), 120), (T0 + dt.timedelta(seconds=50), 80),
           (T0 + dt.timedelta(seconds=70), 300)]
checkout_request = {"Namespace": "Shop", "MetricData": [latency_datum("checkout", T0, [120, 80], 60),
                                                latency_datum("checkout", T0 + dt.timedelta(minutes=1), [300], 60)]}
shuffled = [(T0 + dt.timedelta(seconds=70, microseconds=500), 300), (T0 + dt.timedelta(seconds=1), 10),
            (T0 + dt.timedelta(seconds=1, microseconds=900_000), 30), (T0 + dt.timedelta(seconds=2), 20)]
high = {"Namespace": "Shop", "MetricData": [latency_datum("search", T0 + dt.timedelta(seconds=1), [10, 30], 1),
                                            latency_datum("search", T0 + dt.timedelta(seconds=2), [20], 1),
                                            latency_datum("search", T0 + dt.timedelta(seconds=70), [300], 1)]}


# %% nbgrader={"grade": true, "grade_id": "ex5_put_metric_data_tests", "points": 3}
with exercise("7.5 PutMetricData"):
    with Stubber(cloudwatch) as stub:
        stub.add_response("put_metric_data", {}, checkout_request)
        expect_equal(publish_latency(cloudwatch, "checkout", samples), 2, "two minutes of samples")
        stub.assert_no_pending_responses()
    with Stubber(cloudwatch) as stub:
        stub.add_response("put_metric_data", {}, high)
        expect_equal(publish_latency(cloudwatch, "search", shuffled, high_resolution=True), 3,
                     "high resolution, unordered samples")
        stub.assert_no_pending_responses()
### BEGIN HIDDEN TESTS
standard = {"Namespace": "Shop", "MetricData": [latency_datum("search", T0, [10, 30, 20], 60),
                                                latency_datum("search", T0 + dt.timedelta(minutes=1), [300], 60)]}
with Stubber(cloudwatch) as stub:
    stub.add_response("put_metric_data", {}, standard)
    expect_equal(publish_latency(cloudwatch, "search", shuffled), 2, "the same samples by minute", reveal=False)
    stub.assert_no_pending_responses()
with Stubber(cloudwatch) as stub:
    expect_equal(publish_latency(cloudwatch, "search", []), 0, "no samples, no call", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ### What custom metrics cost
#
# Custom metrics are billed per metric per month (prorated by the hour), and **each combination of dimension
# values is one metric**. A dimension with many values (a customer id, a request id) multiplies the bill, which is
# why high-cardinality values belong in logs (or EMF *properties*, section 5), not in dimensions. The chart
# prices one metric name, `Latency`, published with different dimension choices, at the first-tier price (every
# scenario stays within the first tier; larger volumes get cheaper tiers not in our tables).

# %%
metric_price = facts.value("cloudwatch.custom_metric_month")
first_tier = facts.value("cloudwatch.custom_metric_first_tier")
services, operations, instances = 5, 20, 40  # the scenario's application
choices = {"none": 1, "Service": services, "Service ×\nOperation": services * operations,
           "Service × Operation\n× Instance": services * operations * instances}
choices["all four sets\n(one EMF record)"] = sum(choices.values())
assert max(choices.values()) <= first_tier
fig = monitoring_charts.custom_metric_cost(
    list(choices), list(choices.values()), [n * metric_price for n in choices.values()],
    source="Price: cloudwatch.custom_metric_month, first tier up to cloudwatch.custom_metric_first_tier metrics "
           "(calculator.city, third-party source T, checked 2026-11). Scenario: 5 services, 20 operations, 40 instances.")
fig

# %% [markdown]
# ### Retention in practice
#
# Retention decides which periods a query can still get. Ask for 1-second data from last week and you get
# nothing: it rolled up into 1-minute points after three hours.
#
# ### Exercise 7.6: the finest period still available (2 points)
#
# Write `finest_period(age_seconds)`: for a **high-resolution** custom metric, the smallest period (in seconds, an
# `int`: `1`, `60`, `300` or `3600`) at which data points that are `age_seconds` old can still be retrieved, or
# `None` when even the hourly points have expired. Data of period *p* is available while its age is **strictly
# below** its retention. Use the facts `cloudwatch.retention_sub_minute_hours`, `cloudwatch.retention_1min_days`,
# `cloudwatch.retention_5min_days`, `cloudwatch.retention_1h_days`, and `cloudwatch.high_resolution_seconds` for
# the finest period.
#
# <details><summary>Hint</summary>
#
# Convert each retention to seconds (hours × 3600, days × 86400), then test from the finest period to the coarsest.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_retention", "solution": true}
def finest_period(age_seconds):
    """Smallest period (s) still available for high-resolution data of this age, or None."""
    ### BEGIN SOLUTION
    hour, day = 60 * 60, 24 * 60 * 60
    tiers = [(facts.value("cloudwatch.high_resolution_seconds"), facts.value("cloudwatch.retention_sub_minute_hours") * hour),
             (60, facts.value("cloudwatch.retention_1min_days") * day),
             (300, facts.value("cloudwatch.retention_5min_days") * day),
             (3600, facts.value("cloudwatch.retention_1h_days") * day)]
    for period, kept in tiers:
        if age_seconds < kept:
            return period
    return None
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex6_retention_tests", "points": 2}
HOUR, DAY = 3600, 86400
with exercise("7.6 retention"):
    expect_equal(finest_period(10 * 60), 1, "ten minutes old")
    expect_equal(finest_period(2 * DAY), 60, "two days old")
    expect_equal(finest_period(30 * DAY), 300, "a month old")
    expect_equal(finest_period(facts.value("cloudwatch.retention_sub_minute_hours") * HOUR), 60, "exactly 3 h")
### BEGIN HIDDEN TESTS
expect_equal(finest_period(0), 1, "brand new", reveal=False)
expect_equal(finest_period(facts.value("cloudwatch.retention_sub_minute_hours") * HOUR - 1), 1, "just inside 3 h",
             reveal=False)
expect_equal(finest_period(facts.value("cloudwatch.retention_1min_days") * DAY), 300, "exactly 15 days",
             reveal=False)
expect_equal(finest_period(100 * DAY), 3600, "100 days old", reveal=False)
expect_equal(finest_period(facts.value("cloudwatch.retention_1h_days") * DAY - 1), 3600, "the last second",
             reveal=False)
expect_equal(finest_period(facts.value("cloudwatch.retention_1h_days") * DAY), None, "expired", reveal=False)
expect_equal(finest_period(3 * 365 * DAY), None, "three years old", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Alarms, logs, the embedded metric format and Logs Insights
#
# ### Alarms
#
# A **metric alarm** watches one metric (or a metric math expression) and compares one statistic per **period**
# with a threshold. It fires on **M out of N**: `EvaluationPeriods` (N) is the window of recent periods,
# `DatapointsToAlarm` (M) how many of them must breach. 3 out of 3 ignores a single spike; 2 out of 5 reacts to
# flapping. States are `OK`, `ALARM` and `INSUFFICIENT_DATA`. Actions on a state change: notify an SNS topic (and
# through it email, Lambda, ...), EC2 actions (stop, terminate, reboot, recover) and Auto Scaling policies.
# **Composite alarms** combine alarms with AND/OR to cut noise. **Billing alarms** watch the estimated charges
# metric (in us-east-1).
#
# **Missing data** (`TreatMissingData`): `missing` (default: with no data in the window the alarm goes to
# `INSUFFICIENT_DATA`), `notBreaching` (missing counts as fine), `breaching` (missing counts as bad: right for a
# heartbeat metric) and `ignore` (keep the current state). The precise rules, when only some points of the window
# are missing, are in a table in the CloudWatch user guide; exercise 7.7 uses a simplified model of them.
#
# The chart below is a scenario: an error-count metric checked every minute, threshold 5, **3 out of 5**, missing
# data as `notBreaching`. The states were worked out by hand for this scenario.

# %% nbgrader={"grade": false, "grade_id": "alarm_scenario", "locked": true}
alarm_minutes = list(range(1, 16))
alarm_values = [1, 2, 7, 1, 8, None, 9, 8, 1, None, None, 0, 6, 7, 1]
alarm_states_chart = ["OK", "OK", "OK", "OK", "OK", "OK", "ALARM", "ALARM", "ALARM", "OK", "OK", "OK", "OK", "OK", "OK"]
fig = monitoring_charts.alarm_timeline(
    alarm_minutes, alarm_values, 5, alarm_states_chart,
    title="3 out of 5 breaching points, missing data not breaching",
    source="Scenario made up for the course: error count per minute, threshold 5 (no AWS figures).")
fig

# %% [markdown]
# ### Exercise 7.7: an alarm evaluator (3 points)
#
# Write `alarm_states(values, threshold, evaluation_periods, datapoints_to_alarm, treat_missing="missing")` that
# returns the alarm state (`"OK"`, `"ALARM"` or `"INSUFFICIENT_DATA"`) after each period. `values` has one entry
# per period, `None` for a missing data point; a value **above** `threshold` breaches. The simplified model:
#
# - The window after period *i* is the last `evaluation_periods` entries up to and including *i*; periods before
#   the first one count as missing.
# - `treat_missing`: `"breaching"` → a missing point breaches; `"notBreaching"` → it does not; `"missing"` and
#   `"ignore"` → missing points are left out of the window. Anything else: `ValueError`.
# - If the window then holds no point at all: `"missing"` gives `"INSUFFICIENT_DATA"`, `"ignore"` keeps the
#   previous state (`"INSUFFICIENT_DATA"` before the first period).
# - Otherwise `"ALARM"` if at least `datapoints_to_alarm` points breach, else `"OK"`.
#
# <details><summary>Hint</summary>
#
# `window = ([None] * evaluation_periods + values)[i + 1 : i + 1 + evaluation_periods]` pads the start. Map each
# point to `True` (breaching), `False` or "left out" according to the mode, then count.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex7_alarm", "solution": true}
def alarm_states(values, threshold, evaluation_periods, datapoints_to_alarm, treat_missing="missing"):
    """The alarm state after each period (simplified CloudWatch model)."""
    ### BEGIN SOLUTION
    if treat_missing not in ("missing", "ignore", "breaching", "notBreaching"):
        raise ValueError(f"unknown treat_missing {treat_missing!r}")
    padded = [None] * evaluation_periods + list(values)
    states, state = [], "INSUFFICIENT_DATA"
    for i in range(len(values)):
        window = padded[i + 1: i + 1 + evaluation_periods]
        points = []
        for value in window:
            if value is None:
                if treat_missing == "breaching":
                    points.append(True)
                elif treat_missing == "notBreaching":
                    points.append(False)
            else:
                points.append(value > threshold)
        if not points:
            state = "INSUFFICIENT_DATA" if treat_missing == "missing" else state
        else:
            state = "ALARM" if sum(points) >= datapoints_to_alarm else "OK"
        states.append(state)
    return states
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex7_alarm_tests", "points": 3}
with exercise("7.7 alarm evaluator"):
    expect_equal(alarm_states([1, 9, 9, 9, 1], 5, 3, 3), ["OK", "OK", "OK", "ALARM", "OK"], "3 out of 3")
    expect_equal(alarm_states([9, 1, 9, 1, 1], 5, 3, 2), ["OK", "OK", "ALARM", "OK", "OK"], "2 out of 3")
    expect_equal(alarm_states(alarm_values, 5, 5, 3, "notBreaching"), alarm_states_chart, "the chart's scenario")
    gaps = [None, None, 9, None, None, None, None]
    expect_equal(alarm_states(gaps, 5, 3, 1, "ignore"),
                 ["INSUFFICIENT_DATA", "INSUFFICIENT_DATA", "ALARM", "ALARM", "ALARM", "ALARM", "ALARM"],
                 "ignore: an empty window keeps the state")
### BEGIN HIDDEN TESTS
expect_equal(alarm_states(gaps, 5, 3, 1, "missing"),
             ["INSUFFICIENT_DATA", "INSUFFICIENT_DATA", "ALARM", "ALARM", "ALARM", "INSUFFICIENT_DATA",
              "INSUFFICIENT_DATA"], "missing: an empty window has insufficient data", reveal=False)
expect_equal(alarm_states(gaps, 5, 3, 2, "breaching"),
             ["ALARM", "ALARM", "ALARM", "ALARM", "ALARM", "ALARM", "ALARM"],
             "breaching: missing points count as bad", reveal=False)
expect_equal(alarm_states(gaps, 5, 3, 1, "notBreaching"), ["OK", "OK", "ALARM", "ALARM", "ALARM", "OK", "OK"],
             "notBreaching: missing points count as fine", reveal=False)
expect_equal(alarm_states([5, 5, 5], 5, 1, 1), ["OK", "OK", "OK"], "a value equal to the threshold does not breach",
             reveal=False)
expect_equal(alarm_states([9, None, 9], 5, 3, 2, "missing"), ["OK", "OK", "ALARM"],
             "missing points are left out, not counted", reveal=False)
expect_equal(alarm_states([], 5, 3, 2), [], "no periods", reveal=False)
_ = expect_raises(ValueError, alarm_states, [1], 5, 1, 1, "zero", what="an unknown treat_missing")
### END HIDDEN TESTS

# %% [markdown]
# ### Logs
#
# **CloudWatch Logs** stores log events in **log streams** (one per source: a Lambda execution environment, an
# instance, a container) grouped in **log groups**, where retention (from one day to never expire), encryption
# with KMS and access are set. Lambda writes to its log group without any agent (its role needs the logs
# permissions); EC2 and on-premises servers need the **CloudWatch agent** (the SSM agent can install and
# configure it). **Metric filters** turn matching log lines into metrics; **subscription filters** stream log
# events to Lambda, Kinesis or Data Firehose. For load balancers, the detail of each request is in the ELB
# **access logs** (delivered to S3), not in CloudWatch metrics.
#
# ### The embedded metric format (EMF)
#
# EMF lets code create metrics by **writing a log line**: a JSON object with an `_aws` member that tells CloudWatch
# which of the object's fields are metrics and which are dimensions. CloudWatch Logs extracts the metrics
# asynchronously, so there is no `PutMetricData` call, no extra latency in a Lambda function, and the log line
# keeps every other field (request id, customer id) for searching. Dimension sets are listed as arrays of field
# names; each set publishes its own metrics.
#
# ```json
# {"_aws": {"Timestamp": 1793615400000,
#           "CloudWatchMetrics": [{"Namespace": "Shop",
#                                  "Dimensions": [["Service", "Operation"]],
#                                  "Metrics": [{"Name": "Latency", "Unit": "Milliseconds"}]}]},
#  "Service": "checkout", "Operation": "pay", "Latency": 182, "requestId": "a1b2"}
# ```
#
# > **Exam tip.** "Publish custom metrics from Lambda without slowing the function / asynchronously, with
# > high-cardinality context kept in the logs" means EMF (the Powertools for AWS Lambda *Metrics* utility writes it).
#
# ### Exercise 7.8: build an EMF record (2 points)
#
# Write `emf_record(namespace, dimensions, metrics, timestamp_ms, properties=None)` returning the record as a
# `dict` (the caller will `json.dumps` it onto one line):
#
# - `dimensions` maps dimension names to values; they form **one** dimension set, in the dict's order;
# - `metrics` maps metric names to `(value, unit)` pairs;
# - `properties` (optional) are extra fields logged as they are;
# - the record is `{"_aws": {"Timestamp": timestamp_ms, "CloudWatchMetrics": [{"Namespace": ..., "Dimensions":
#   [[...names...]], "Metrics": [{"Name": ..., "Unit": ...}, ...]}]}}` plus a top-level field for every dimension,
#   metric value and property;
# - raise `ValueError` if `metrics` is empty or if a name is used twice across dimensions, metrics and properties
#   (or is `"_aws"`).
#
# <details><summary>Hint</summary>
#
# `Dimensions` is a list **of lists**: one inner list per dimension set. The metric *values* go at the top level,
# next to the dimension values; `Metrics` only names them and gives the unit.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex8_emf", "solution": true}
def emf_record(namespace, dimensions, metrics, timestamp_ms, properties=None):
    """An embedded-metric-format log record (a dict)."""
    ### BEGIN SOLUTION
    properties = properties or {}
    if not metrics:
        raise ValueError("an EMF record needs at least one metric")
    names = list(dimensions) + list(metrics) + list(properties)
    if len(names) != len(set(names)) or "_aws" in names:
        raise ValueError("dimension, metric and property names must be distinct (and not _aws)")
    record = {"_aws": {"Timestamp": timestamp_ms, "CloudWatchMetrics": [{
        "Namespace": namespace, "Dimensions": [list(dimensions)],
        "Metrics": [{"Name": name, "Unit": unit} for name, (_, unit) in metrics.items()]}]}}
    record.update(dimensions)
    record.update({name: value for name, (value, _) in metrics.items()})
    record.update(properties)
    return record
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex8_emf_tests", "points": 2}
with exercise("7.8 EMF record"):
    record = emf_record("Shop", {"Service": "checkout"}, {"Latency": (182, "Milliseconds")}, 1793615400000,
                        {"requestId": "a1b2"})
    expect_equal(record["_aws"]["CloudWatchMetrics"],
                 [{"Namespace": "Shop", "Dimensions": [["Service"]], "Metrics": [{"Name": "Latency",
                                                                                 "Unit": "Milliseconds"}]}],
                 "the metric directive")
    expect_equal({k: v for k, v in record.items() if k != "_aws"},
                 {"Service": "checkout", "Latency": 182, "requestId": "a1b2"}, "the top-level fields")
    expect_equal(record["_aws"]["Timestamp"], 1793615400000, "the timestamp in milliseconds")
    _ = expect_raises(ValueError, emf_record, "Shop", {"Service": "a"}, {}, 1, what="no metrics")
    _ = expect_raises(ValueError, emf_record, "Shop", {"Latency": "a"}, {"Latency": (1, "Count")}, 1,
                      what="a dimension named like a metric")
### BEGIN HIDDEN TESTS
two = emf_record("Shop", {"Service": "cart", "Operation": "add"},
                 {"Latency": (12.5, "Milliseconds"), "Errors": (0, "Count")}, 1)
expect_equal(two, {"_aws": {"Timestamp": 1, "CloudWatchMetrics": [{
    "Namespace": "Shop", "Dimensions": [["Service", "Operation"]],
    "Metrics": [{"Name": "Latency", "Unit": "Milliseconds"}, {"Name": "Errors", "Unit": "Count"}]}]},
    "Service": "cart", "Operation": "add", "Latency": 12.5, "Errors": 0}, "two dimensions, two metrics", reveal=False)
expect_equal(json.loads(json.dumps(two)), two, "the record is plain JSON", reveal=False)
no_dims = emf_record("Shop", {}, {"Orders": (3, "Count")}, 5)
expect_equal(no_dims["_aws"]["CloudWatchMetrics"][0]["Dimensions"], [[]], "no dimensions: one empty set",
             reveal=False)
_ = expect_raises(ValueError, emf_record, "Shop", {}, {"Latency": (1, "Count")}, 1, {"Latency": 2},
                  what="a property named like a metric")
### END HIDDEN TESTS

# %% [markdown]
# ### Logs Insights and percentiles
#
# **CloudWatch Logs Insights** queries log groups with a pipe language: `fields`, `filter`, `stats`, `sort`,
# `limit`, `parse`. Lambda writes a `REPORT` line for every invocation, so this query gives latency percentiles
# per five minutes, the view that averages hide:
#
# ```
# filter @type = "REPORT"
# | stats avg(@duration), pct(@duration, 50), pct(@duration, 90), pct(@duration, 99) by bin(5m)
# ```
#
# The cell below makes a seeded log of one hour of invocations (a slow dependency misbehaves for ten minutes),
# parses its `REPORT` lines with a regular expression and computes the same statistics with pandas.

# %%
rng = random.Random(7)
start = dt.datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
log_lines = []
for second in range(0, 3600, 2):
    slow = 1500 <= second < 2100
    duration = rng.lognormvariate(math.log(120), 0.35) * (rng.choice([1, 1, 1, 6]) if slow else 1)
    stamp = (start + dt.timedelta(seconds=second)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    log_lines.append(f"{stamp} REPORT RequestId: {rng.getrandbits(64):016x} Duration: {duration:.2f} ms "
                     f"Billed Duration: {math.ceil(duration)} ms Memory Size: 512 MB Max Memory Used: 88 MB")
print(log_lines[0])
report = re.compile(r"^(\S+) REPORT RequestId: \S+ Duration: ([\d.]+) ms")
parsed = pd.DataFrame([report.match(line).groups() for line in log_lines], columns=["time", "duration"])
parsed["time"] = pd.to_datetime(parsed["time"])
parsed["duration"] = parsed["duration"].astype(float)
binned = parsed.groupby(parsed["time"].dt.floor("5min"))["duration"]
stats = pd.DataFrame({"avg": binned.mean(), "p50": binned.quantile(0.5), "p90": binned.quantile(0.9),
                      "p99": binned.quantile(0.99)})
fig = monitoring_charts.latency_percentiles(
    [t.strftime("%H:%M") for t in stats.index], {name: list(stats[name]) for name in ("avg", "p50", "p90", "p99")},
    source="Synthetic Lambda REPORT lines (seeded, made up for the course); percentiles by pandas (linear "
           "interpolation), close to but not exactly CloudWatch's estimate.")
fig

# %% [markdown]
# The average barely moves during the incident while p99 jumps: alarm on a percentile (`p99`) for latency.
#
# ## 6. CloudTrail: who did what
#
# **CloudTrail** records the **API calls** made in an account: who (the `userIdentity`: user, assumed role,
# service), what (`eventSource`, `eventName`, parameters), when, from where (`sourceIPAddress`, user agent) and the
# outcome (`errorCode`, e.g. `AccessDenied`). Management events (creating, changing, deleting resources, and STS
# calls) are recorded by default and kept for a limited time (90 days: U, not in our checked sources) in the
# **event history**; a **trail** delivers events to an S3
# bucket (optionally CloudWatch Logs) for long-term keeping and can include **data events** (S3 object reads and
# writes, Lambda invokes, DynamoDB item calls) at extra cost. Log file integrity validation proves files were not
# altered. Think of it as the **audit** log of the account: "who deleted this table?", "which role called
# `AssumeRole` last night?".
#
# > **Exam tip.** "Who made this change / which API calls did this user make" means CloudTrail. "How did this
# > resource's configuration change over time / is it compliant" means AWS Config. "How is my application
# > performing" means CloudWatch; "where in the request path is the time spent" means X-Ray.
#
# The cell builds a small, seeded set of CloudTrail records (the fields shown are those of real records):

# %% nbgrader={"grade": false, "grade_id": "cloudtrail_sample", "locked": true}
rng = random.Random(2026)
principals = ["arn:aws:iam::111122223333:user/maria", "arn:aws:iam::111122223333:user/tom",
              "arn:aws:sts::111122223333:assumed-role/ci/build-42"]
calls = [("dynamodb.amazonaws.com", "GetItem"), ("dynamodb.amazonaws.com", "DeleteTable"),
         ("s3.amazonaws.com", "PutObject"), ("sts.amazonaws.com", "AssumeRole"), ("ec2.amazonaws.com", "RunInstances")]
errors = [None] * 6 + ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "ThrottlingException"]
trail = []
for n in range(40):
    source, name = rng.choice(calls)
    principal = rng.choice(principals)
    record = {"eventTime": (start + dt.timedelta(minutes=7 * n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "eventSource": source, "eventName": name, "awsRegion": "us-east-1",
              "sourceIPAddress": f"203.0.113.{rng.randint(1, 254)}",
              "userIdentity": {"type": "AssumedRole" if "assumed-role" in principal else "IAMUser", "arn": principal}}
    error = rng.choice(errors)
    if error:
        record["errorCode"] = error
    trail.append(record)
print(json.dumps(trail[0], indent=2))
pd.json_normalize(trail)[["eventTime", "eventName", "userIdentity.arn", "errorCode"]].head(8)

# %% [markdown]
# ### Exercise 7.9: who was denied what? (2 points)
#
# Write `denied_summary(records)` that returns a pandas `DataFrame` with columns `principal`, `event_source`,
# `event_name`, `count`: one row per (principal ARN, event source, event name) among the records whose `errorCode`
# is an **authorization failure**: `"AccessDenied"`, `"AccessDeniedException"` or `"UnauthorizedOperation"` (other
# errors, such as throttling, do not count). Sort by `count` descending, then by `principal`, `event_source` and
# `event_name` ascending, and number the rows from 0. With no such record, return an empty frame with those four
# columns.
#
# <details><summary>Hint</summary>
#
# `pd.json_normalize(records)` flattens `userIdentity.arn`. A record without an error has no `errorCode` key (NaN
# after normalising). `groupby([...]).size().reset_index(name="count")`, then
# `sort_values(["count", ...], ascending=[False, True, True, True]).reset_index(drop=True)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex9_cloudtrail", "solution": true}
def denied_summary(records):
    """Authorization failures per principal, event source and event name, most frequent first."""
    ### BEGIN SOLUTION
    columns = ["principal", "event_source", "event_name", "count"]
    denied = [r for r in records
              if r.get("errorCode") in ("AccessDenied", "AccessDeniedException", "UnauthorizedOperation")]
    if not denied:
        return pd.DataFrame(columns=columns)
    frame = pd.json_normalize(denied).rename(columns={"userIdentity.arn": "principal", "eventSource": "event_source",
                                                      "eventName": "event_name"})
    counts = frame.groupby(["principal", "event_source", "event_name"]).size().reset_index(name="count")
    counts = counts.sort_values(["count", "principal", "event_source", "event_name"], ascending=[False] + [True] * 3)
    return counts[columns].reset_index(drop=True)
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex9_cloudtrail_helpers", "locked": true}
# ct(...): one CloudTrail record; small: four of them.
def ct(arn, source, name, error=None):
    record = {"eventSource": source, "eventName": name, "userIdentity": {"type": "IAMUser", "arn": arn}}
    if error:
        record["errorCode"] = error
    return record
small = [ct("u/a", "s3.amazonaws.com", "PutObject", "AccessDenied"), ct("u/b", "s3.amazonaws.com", "PutObject"),
         ct("u/a", "s3.amazonaws.com", "PutObject", "AccessDenied"),
         ct("u/b", "ec2.amazonaws.com", "RunInstances", "UnauthorizedOperation")]


# %% nbgrader={"grade": true, "grade_id": "ex9_cloudtrail_tests", "points": 2}
with exercise("7.9 CloudTrail"):
    result = denied_summary(small)
    expect_equal(list(result.columns), ["principal", "event_source", "event_name", "count"], "the columns")
    expect_equal(result.to_dict("records"),
                 [{"principal": "u/a", "event_source": "s3.amazonaws.com", "event_name": "PutObject", "count": 2},
                  {"principal": "u/b", "event_source": "ec2.amazonaws.com", "event_name": "RunInstances", "count": 1}],
                 "two principals")
### BEGIN HIDDEN TESTS
def expected_summary(records):
    counts = {}
    for r in records:
        if r.get("errorCode") in ("AccessDenied", "AccessDeniedException", "UnauthorizedOperation"):
            key = (r["userIdentity"]["arn"], r["eventSource"], r["eventName"])
            counts[key] = counts.get(key, 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"principal": p, "event_source": s, "event_name": n, "count": c} for (p, s, n), c in rows]


got = denied_summary(trail)
expect_equal(got.to_dict("records"), expected_summary(trail), "the seeded trail", reveal=False)
expect_equal(list(got.index), list(range(len(got))), "rows numbered from 0", reveal=False)
throttled = [ct("u/a", "dynamodb.amazonaws.com", "GetItem", "ThrottlingException"), ct("u/a", "s3.amazonaws.com", "GetObject")]
empty = denied_summary(throttled)
expect_equal(list(empty.columns), ["principal", "event_source", "event_name", "count"], "empty: the columns",
             reveal=False)
expect_equal(len(empty), 0, "throttling is not an authorization failure", reveal=False)
ties = [ct("u/z", "s3.amazonaws.com", "GetObject", "AccessDenied"), ct("u/a", "sts.amazonaws.com", "AssumeRole",
        "AccessDenied"), ct("u/a", "kms.amazonaws.com", "Decrypt", "AccessDeniedException")]
expect_equal(denied_summary(ties).to_dict("records"), expected_summary(ties), "ties sorted by name", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. AWS Config
#
# **AWS Config** records the **configuration** of resources over time (a configuration item per change: security
# group rules, bucket policies, instance types, relationships between resources) and evaluates it against **rules**
# (AWS managed rules such as "S3 buckets must block public access", or your own Lambda-backed rules), marking each
# resource compliant or not; remediation can run an SSM Automation document. It answers "what did this look like
# last Tuesday?" and "which resources break our policy?", the version control of the environment. It
# complements CloudTrail: Config shows *what* changed, CloudTrail *who* called the API that changed it.
#
# | question | service |
# |---|---|
# | CPU, errors, latency, custom business metrics; alarms; logs | CloudWatch |
# | who called which API, from where, with what result | CloudTrail |
# | how a resource's configuration changed; is it compliant with a rule | AWS Config |
# | where time is spent across services in one request; service map | X-Ray |
#
# (A third-party copy of the exam's in-scope list did not name AWS Config; it may matter less than in 2019.)
#
# ## 8. AWS X-Ray
#
# **X-Ray** follows single requests through an application. Each service that handles a request sends a
# **segment** (its name, start and end time, HTTP status, errors); work inside it (a DynamoDB call, an HTTP call,
# a block of your code) becomes **subsegments**. Segments sharing a **trace id** form a **trace**, and X-Ray
# builds a **service map** from all traces: nodes for services with their latency and error rates, which points
# straight at the slow or failing dependency. **Annotations** are indexed key-value pairs you can filter traces
# by (`annotation.customer_tier = "gold"`); **metadata** is not indexed, for anything else.
#
# How data gets there: the SDK (or an OpenTelemetry library) instruments the code, wrapping the AWS SDK and HTTP
# clients with *interceptors* so every outgoing call becomes a subsegment, and sends segments over **UDP to the
# X-Ray daemon**, which batches them to the X-Ray API. On EC2 or on premises you run the daemon yourself; on ECS it
# runs as a **sidecar container**; in Lambda and Elastic Beanstalk it is built in (Lambda: turn on *active
# tracing*). Whatever sends segments needs IAM permission to write to X-Ray (the managed policy
# `AWSXRayDaemonWriteAccess`).
#
# **Environment variables** (Lambda sets the first one for each invocation):
#
# | variable | meaning |
# |---|---|
# | `_X_AMZN_TRACE_ID` | the trace header of the current request (root, parent, sampling decision) |
# | `AWS_XRAY_CONTEXT_MISSING` | what the SDK does when code records with no active segment: `RUNTIME_ERROR`, `LOG_ERROR` or `IGNORE_ERROR` (the default differs between SDKs; the notes' "log an error" is one of them) |
# | `AWS_XRAY_DAEMON_ADDRESS` | where the daemon listens, `host:port`, default `127.0.0.1` and the port below |
#
# The trace id travels between services in the HTTP header `X-Amzn-Trace-Id`, for example
# `Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1`. The root is version `1`, the
# request's start time as 8 hex digits of epoch seconds, and 24 hex digits of randomness.
#
# **Sampling.** Tracing every request costs money and overhead. A **sampling rule** has a **reservoir** (a fixed
# number of requests per second always traced) and a **fixed rate** (the share of further requests traced). The
# default rule traces the first request each second and 5 % of the rest (both figures graded **U** in our table:
# they are widely documented but no source was stored). Custom rules match on service, host, path, method.
#
# **The move to OpenTelemetry.** AWS put the X-Ray SDKs and the X-Ray daemon into **maintenance mode on
# 2026-02-25**, with **end of support on 2027-02-25**, and recommends OpenTelemetry with the AWS Distro for
# OpenTelemetry (ADOT) or the CloudWatch agent as the collector (official: `xray-daemon-eos.html`). The concepts
# above (traces, segments/spans, sampling, service map) carry over; new code should instrument with OpenTelemetry,
# while exam questions may still name the X-Ray SDK and daemon.

# %%
daemon_port = facts.get("xray.daemon_port")
print(f"AWS_XRAY_DAEMON_ADDRESS default: 127.0.0.1:{daemon_port.value} ({daemon_port.unit}; {daemon_port.citation})")
print(f"Default sampling rule: reservoir {facts.value('xray.default_reservoir_per_second')} per second, "
      f"then {facts.value('xray.default_fixed_rate'):.0%} ({facts.get('xray.default_fixed_rate').citation})")
fact_table(service="X-Ray", table="prices")

# %% [markdown]
# The chart prices recorded traces for a steady workload, month after month, with every request traced, with the
# default rule, and with a rule of 1 per second and 1 %. Sampling turns a bill that grows with traffic into one
# that barely does.

# %%
seconds_per_month = facts.value("time.hours_per_month") * 60 * 60
record_price = facts.value("xray.traces_recorded_per_million")
free_recorded = facts.value("xray.free_traces_recorded")
reservoir, fixed_rate = facts.value("xray.default_reservoir_per_second"), facts.value("xray.default_fixed_rate")
rates = [10 ** (k / 10) for k in range(-10, 31)]  # 0.1 .. 1,000 requests per second


def traced_per_second(rps, reservoir_per_second, rate):
    return min(rps, reservoir_per_second) + rate * max(rps - reservoir_per_second, 0)


def recording_cost(traced_rps):
    return max(traced_rps * seconds_per_month - free_recorded, 0) / 1_000_000 * record_price


fig = monitoring_charts.xray_cost_by_traffic(rates, {
    "every request traced": [recording_cost(r) for r in rates],
    f"default rule ({reservoir}/s + {fixed_rate:.0%})": [recording_cost(traced_per_second(r, reservoir, fixed_rate))
                                                          for r in rates],
    f"{reservoir}/s + 1 %": [recording_cost(traced_per_second(r, reservoir, 0.01)) for r in rates]},
    source="Prices: xray.traces_recorded_per_million, xray.free_traces_recorded (aws.amazon.com/xray/pricing, O, "
           "checked 2026-11); default rule: xray.default_* (U). Retrieval and scanning costs not included.")
fig

# %% [markdown]
# ### Exercise 7.10: trace headers and a sampler (3 points)
#
# Write two functions.
#
# `parse_trace_header(header)` reads an `X-Amzn-Trace-Id` value and returns
# `{"root": str, "parent": str or None, "sampled": True/False/None, "start": int}`:
#
# - fields are `key=value` separated by `;`, in any order, with optional spaces around them; other keys (such as
#   `Lineage`) are ignored;
# - `Root` is required and must look like `1-` + 8 lower-case hex digits + `-` + 24 lower-case hex digits,
#   otherwise `ValueError`; `start` is the 8 hex digits read as epoch seconds;
# - `Sampled=1` → `True`, `Sampled=0` → `False`, `Sampled=?` (the caller lets you decide) or no `Sampled` →
#   `None`.
#
# `sample(timestamps, reservoir, rate, rng)` makes the sampling decision (`True`/`False`) for each request,
# `timestamps` in seconds, ascending. The first `reservoir` requests of each whole second (`int(t)`) are traced
# without using `rng`; each later request of that second is traced if `rng.random() < rate` (one `rng.random()`
# call per such request, in order).
#
# <details><summary>Hint</summary>
#
# `re.fullmatch(r"1-([0-9a-f]{8})-[0-9a-f]{24}", root)` validates and captures; `int(hex_digits, 16)` converts.
# For the sampler keep a `collections.Counter` (or dict) of requests seen per second.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex10_xray", "solution": true}
def parse_trace_header(header):
    """Root, parent, sampling decision and start time of an X-Amzn-Trace-Id header."""
    ### BEGIN SOLUTION
    fields = {}
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        fields[key.strip()] = value.strip()
    root = fields.get("Root", "")
    match = re.fullmatch(r"1-([0-9a-f]{8})-[0-9a-f]{24}", root)
    if not match:
        raise ValueError(f"missing or malformed Root in {header!r}")
    sampled = {"1": True, "0": False}.get(fields.get("Sampled"))
    return {"root": root, "parent": fields.get("Parent"), "sampled": sampled, "start": int(match.group(1), 16)}
    ### END SOLUTION


def sample(timestamps, reservoir, rate, rng):
    """Reservoir-plus-fixed-rate sampling decisions for requests at `timestamps`."""
    ### BEGIN SOLUTION
    seen = {}
    decisions = []
    for t in timestamps:
        second = int(t)
        seen[second] = seen.get(second, 0) + 1
        decisions.append(True if seen[second] <= reservoir else rng.random() < rate)
    return decisions
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex10_xray_tests", "points": 3}
EXAMPLE_HEADER = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
with exercise("7.10 X-Ray"):
    expect_equal(parse_trace_header(EXAMPLE_HEADER),
                 {"root": "1-5759e988-bd862e3fe1be46a994272793", "parent": "53995c3f42cd8ad8", "sampled": True,
                  "start": 0x5759e988}, "the documented example")
    expect_equal(sample([0.1, 0.2, 0.3, 1.5], 1, 0.0, random.Random(1)), [True, False, False, True],
                 "reservoir 1 per second, rate 0")
    expect_equal(parse_trace_header("Root=1-67891233-abcdef012345678912345678;Sampled=?")["sampled"], None,
                 "Sampled=? leaves the decision open")
### BEGIN HIDDEN TESTS
expect_equal(parse_trace_header("Sampled=0; Root=1-5759e988-bd862e3fe1be46a994272793"),
             {"root": "1-5759e988-bd862e3fe1be46a994272793", "parent": None, "sampled": False, "start": 0x5759e988},
             "another order, spaces, no parent", reveal=False)
expect_equal(parse_trace_header("Root=1-67891233-abcdef012345678912345678;Lineage=a87bd80c:1|68fd508a:5")["sampled"],
             None, "no Sampled field; Lineage ignored", reveal=False)
_ = expect_raises(ValueError, parse_trace_header, "Parent=53995c3f42cd8ad8;Sampled=1", what="no Root")
_ = expect_raises(ValueError, parse_trace_header, "Root=1-5759e98-bd862e3fe1be46a994272793", what="short time part")
_ = expect_raises(ValueError, parse_trace_header, "Root=2-5759e988-bd862e3fe1be46a994272793", what="wrong version")
times = [i / 20 for i in range(200)]  # 20 requests per second for 10 s
mine_rng, model_rng = random.Random(99), random.Random(99)
expected = []
for i, t in enumerate(times):
    expected.append(True if i % 20 < 2 else model_rng.random() < 0.1)
expect_equal(sample(times, 2, 0.1, mine_rng), expected, "a seeded run: reservoir 2, rate 10 %", reveal=False)
expect_equal(sample([5.0, 5.9, 6.0], 1, 1.0, random.Random(0)), [True, True, True], "rate 1 traces all",
             reveal=False)
expect_equal(sample([], 1, 0.5, random.Random(0)), [], "no requests", reveal=False)
expect_equal(sample([0.0, 0.5], 0, 0.0, random.Random(0)), [False, False], "no reservoir, rate 0", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** "Trace requests across microservices / find the slow downstream call" means X-Ray (service map,
# > subsegments). "Search traces by a business value" means annotations, not metadata. "Traces missing from an
# > application on EC2" usually means the daemon is not running or lacks IAM permission. "Only sample part of the
# > traffic" means a sampling rule with a reservoir and a fixed rate.
#
# ## 9. Written question: investigate an incident (3 points, graded by hand)
#
# Since yesterday evening, users of an order API (API Gateway → Lambda → DynamoDB, with a call to an external
# payment service) report that some checkouts take more than ten seconds and a few fail with HTTP 500. The average
# Lambda duration in CloudWatch looks normal. Overnight someone also changed an IAM policy and a security group in
# the account.
#
# Describe how you would investigate with AWS's tools: which service answers each question (where the time is
# spent in slow requests, which requests fail and why, who changed the policy and the security group and what
# exactly changed), which metric statistic or query you would look at, and what alarm you would add so that it
# is caught next time (metric, statistic, M out of N, missing-data setting). About 150–250 words.

# %% [markdown] nbgrader={"grade": true, "grade_id": "written_incident", "solution": true, "points": 3}
# ### BEGIN SOLUTION
# **Model answer.** The average hides the slow tail, so first look at **percentiles**: the Lambda `Duration` p99
# (or a Logs Insights query `stats pct(@duration, 99) by bin(5m)` over the `REPORT` lines) and the API Gateway
# `Latency`/`5XXError` metrics. To see **where** the time goes, turn on **X-Ray** active tracing (or
# OpenTelemetry) for API Gateway and Lambda: the service map and the traces of slow requests show whether the
# subsegment of the payment call or of DynamoDB is slow, and failing traces carry the exception. The function's
# **CloudWatch Logs** (structured logs, filtered by request id from the trace) give the error messages of the
# 500s, for example timeouts or throttling.
#
# **Who changed** the IAM policy and the security group: **CloudTrail** (`PutRolePolicy`/`CreatePolicyVersion`,
# `AuthorizeSecurityGroupIngress`/`Revoke...` events, with the principal, time and source IP). **What exactly
# changed**, before and after: **AWS Config** configuration history of those resources (and whether a rule marks
# them non-compliant). An `AccessDenied` in the logs after the policy change would link the two.
#
# **Alarm:** on the Lambda (or API) latency **p99** above a threshold, e.g. 3 out of 5 one-minute periods, missing
# data `notBreaching` (no traffic is not slowness); and one on `5XXError` or Lambda `Errors` (Sum) with a low
# threshold, notifying an SNS topic. Publishing payment-call latency with EMF would give a dedicated metric.
#
# **Marking guide (3 points):** 1 point for percentiles or Logs Insights instead of the average plus X-Ray (or
# OpenTelemetry) traces/service map for where time is spent; 1 point for CloudTrail for *who* and AWS Config for
# *what changed*; 1 point for a sensible alarm naming metric, statistic, M of N and missing-data treatment.
# ### END SOLUTION

# %% [markdown]
# ## Summary
#
# - IAM evaluates: implicit deny, any Allow, but an **explicit Deny wins**. Customer managed policies are the usual
#   reusable, least-privilege answer; AWS managed policies cannot be edited; inline policies are one-to-one.
# - **Policy variables** (`${aws:username}`, `${cognito-identity.amazonaws.com:sub}`) let one policy give each
#   principal its own resources; `dynamodb:LeadingKeys` with `ForAllValues:StringEquals` limits items by partition
#   key (and `ForAllValues` passes when the key is absent).
# - **STS** issues temporary credentials (`AssumeRole`, web identity, SAML); CloudTrail audits the calls;
#   `sts decode-authorization-message` explains an encoded denial.
# - **SigV4**: canonical request → string to sign → derived key (date/Region/service) → HMAC signature. The SDK
#   does it for you.
# - **CloudWatch metrics**: basic 5 min, detailed 1 min, high-resolution custom metrics to 1 s; data rolls up and
#   expires (3 h, 15 days, 63 days, about 15 months), it is not kept forever. Each dimension combination is a
#   billed metric. Statistic sets publish aggregates; percentiles need values or logs.
# - **Alarms**: M out of N periods; `TreatMissingData` `missing`/`notBreaching`/`breaching`/`ignore`.
# - **Logs**: groups and streams, agent for EC2; **EMF** creates metrics from log lines asynchronously;
#   **Logs Insights** queries logs (percentiles by time bin).
# - **CloudTrail** = who called which API; **AWS Config** = what the configuration was and whether it complies.
# - **X-Ray**: traces, segments, subsegments, service map, annotations (indexed) vs metadata; daemon on UDP
#   port 2000; sampling = reservoir + fixed rate; SDKs and daemon in maintenance mode since 2026-02-25, end of
#   support 2027-02-25: OpenTelemetry (ADOT) is the way forward.
#
# ### Exam tips recap
#
# 1. "Only their own items/folder" → policy variable; Cognito identity pools → `${cognito-identity.amazonaws.com:sub}`.
# 2. Encoded authorization failure message → `aws sts decode-authorization-message`.
# 3. EC2 memory or disk space → CloudWatch agent + custom metric.
# 4. Sub-minute metrics → high-resolution custom metrics; 1-minute EC2 metrics → detailed monitoring.
# 5. Who did it → CloudTrail; what changed / compliance → Config; performance → CloudWatch; request path → X-Ray.
# 6. Metrics from Lambda without latency → EMF; keep high-cardinality values out of dimensions.
#
# [← Week 6: developer theory](../week6_developer_theory/week6_developer_theory.ipynb) ·
# [Week 8: practice exams →](../week8_practice_exams/week8_practice_exams.ipynb)
