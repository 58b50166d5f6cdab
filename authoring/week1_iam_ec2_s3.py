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
# # Week 1: IAM, EC2/ECS and S3
#
# [← Course overview](../../README.md) ·
# [Week 2: serverless →](../week2_serverless/week2_serverless.ipynb)
#
# The Developer exam assumes you already know the basics of IAM, EC2 and S3, and then asks developer questions
# about them: *why* a request was denied, how an application gets temporary credentials, how a mobile user ends
# up with AWS access, how to upload a 200 GB file, why uploads throttle, and how to force every object to be
# encrypted with a given KMS key. This week revisits those services from a developer's seat, with small runnable
# pieces of Python and with boto3 itself wherever it works without an AWS account.
#
# **Learning goals.** After this notebook you can:
#
# 1. tell AWS managed, customer managed and inline policies apart, and evaluate a request the way IAM does
#    (explicit deny, then allow, else implicit deny), wildcards and conditions included;
# 2. obtain temporary credentials with STS `AssumeRole`, choose a valid session duration, and read a denied
#    request's encoded message with `decode-authorization-message`; test policies with `simulate-custom-policy`;
# 3. explain web identity federation, Cognito **user pools** vs **identity pools**, and check a JWT's claims;
# 4. give ECS tasks their own IAM role and security group;
# 5. build the S3 website endpoint of a bucket in any listed Region;
# 6. plan a multipart upload within S3's limits, and size prefixes for a request rate, KMS quota included;
# 7. enforce SSE-KMS with a bucket policy and upload with SSE-KMS from boto3;
# 8. diagnose 503 Slow Down errors and reason about CloudFront TTLs.
#
# **Exam domains served (DVA-C02).**
#
# | Domain | Task statement | Here |
# |---|---|---|
# | 2 Security | **T1 Authentication and authorization** (primary): policies, roles, STS, Cognito user and identity pools, JWT bearer tokens, least privilege | sections 1–4, exercises 1.1–1.3 |
# | 2 Security | T2 Encryption: server-side encryption, AWS-managed vs customer-managed KMS keys | section 8, exercises 1.7–1.8 |
# | 1 Development with AWS Services | T3 Use data stores: S3 (uploads, request rates, websites) | sections 6–7, exercises 1.4–1.6 |
# | 4 Troubleshooting and Optimization | T1 Root-cause analysis: HTTP 403/503, SDK exceptions; T3 Optimize: caching (CloudFront TTLs) | sections 2, 9, 10 |
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

import base64
import datetime
import hashlib
import hmac
import json
import math
import re
from unittest import mock

import boto3
import botocore.auth
import pandas as pd
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.stub import Stubber
from botocore.validate import ParamValidator

from course.charts import iam_s3 as iam_s3_charts

# One client per service for the whole notebook. Calls only work inside a Stubber; anything else is blocked.
sts = boto3.client("sts", region_name="us-east-1")
iam = boto3.client("iam", region_name="us-east-1")
s3 = boto3.client("s3", region_name="us-east-1",
                  config=Config(signature_version="s3v4", s3={"addressing_style": "virtual"}))
cognito_identity = boto3.client("cognito-identity", region_name="us-east-1")
ecs = boto3.client("ecs", region_name="us-east-1")
MIB, GIB, TIB = 2 ** 20, 2 ** 30, 2 ** 40

# %% [markdown]
# ## Today's figures, and what changed since 2019
#
# This course started from a learner's notes written in 2019. The rows of the course's fact tables used this week
# are below, each with its source. `source_grade` says how sure we are: **O** an official AWS page, **T** a
# third-party page, **U** no source was found (the KMS request quotas are such rows: treat them as likely, not
# certain).

# %%
week_services = ["IAM", "STS", "Cognito", "S3", "KMS", "CloudFront"]
week_keys = [f.key for f in fact_table(service=week_services, table="facts").rows
             if not f.key.startswith("s3.website_dot_form.")]
fact_table(week_keys + [f.key for f in fact_table(service="S3", table="prices").rows])

# %% [markdown]
# The table of changes is built from the fact rows, so it always shows the values the course uses. Two more
# changes are not numbers: the notes' website URL `bucket.s3-website-[region]` is only one of two forms (section
# 6), and bucket-level request rates no longer need random key prefixes to be reached (section 7).

# %%
changed_table(service=week_services)

# %% [markdown]
# ## 1. IAM policies: who may do what
#
# IAM decides every AWS API call. A **principal** (an IAM user, a role session, a federated user, an AWS
# service) makes a request for an **action** (`s3:PutObject`) on a **resource** (an ARN such as
# `arn:aws:s3:::photos/2026/cat.jpg`) with a **context** (the source IP, whether TLS was used, the request's
# headers, tags...). Policies are JSON documents of **statements**; each statement has an `Effect` (`Allow` or
# `Deny`), the `Action`s and `Resource`s it covers (wildcards `*` and `?` allowed), and optionally a `Condition`.
#
# **Three kinds of identity policy** (attached to users, groups or roles):
#
# | | AWS managed | Customer managed | Inline |
# |---|---|---|---|
# | written by | AWS (e.g. `AmazonS3ReadOnlyAccess`) | you | you |
# | editable | no: copy it into a customer managed policy to change it | yes, versioned (rollback possible) | yes |
# | reuse | attach to many identities, any account | attach to many identities in **your** account | embedded in **one** user, group or role; deleted with it |
# | when | quick start, job functions | the usual choice: reusable, reviewable least privilege | a strict one-to-one link that must never be reused |
#
# **Resource-based policies** (an S3 bucket policy, a KMS key policy, an SQS queue policy, a Lambda function
# policy) are attached to the resource instead, and name a `Principal`. They are how another account, or an AWS
# service, gets access without assuming a role.
#
# **How IAM evaluates a request (within one account):**
#
# 1. Everything starts **denied** (implicit deny).
# 2. If any applicable statement with `Effect: Deny` matches, the answer is **deny**, whatever else says allow
#    (explicit deny).
# 3. Otherwise, if any applicable statement with `Effect: Allow` matches, the answer is **allow**.
# 4. Otherwise it stays denied (implicit deny).
#
# Order of statements and policies does not matter. A statement matches when the request's action matches one of
# its actions (case-insensitive), the resource matches one of its resources (case-sensitive), and **every**
# condition holds. Inside `Condition`, different operators are ANDed, different keys under one operator are
# ANDed, and a list of values for one key is ORed. When the key is **missing** from the request context, a
# positive operator (`StringEquals`, `StringLike`, `Bool`, `NumericLessThan`) is false and a negated one
# (`StringNotEquals`) is true; `Null` tests presence itself (`"true"` means "the key is absent").
# (Permissions boundaries, session policies, SCPs and cross-account access add more layers: week 7.)
#
# > **Exam tip.** "A user has `s3:*` from a group but still gets Access Denied" → look for an explicit `Deny`
# > somewhere (an SCP, a bucket policy, a permissions boundary). An explicit deny always wins. "Which policy type
# > is recommended?" → customer managed over inline: reusable and versioned.
#
# ### Exercise 1.1: an IAM policy evaluator (4 points)
#
# Write `evaluate(policies, action, resource, context=None)` returning `"ExplicitDeny"`, `"Allow"` or
# `"ImplicitDeny"` for one request.
#
# - `policies` is a list of policy documents; each has a `"Statement"` that is a list of statements or a single
#   statement dict. `Action` and `Resource` are a string or a list of strings. Ignore `Principal`, `Sid`, `Version`.
# - Wildcards: `*` matches any run of characters (also none), `?` exactly one; everything else is literal (`.`,
#   `[`, `]` included). Actions compare case-insensitively, resources case-sensitively.
# - `context` maps condition keys to **string** values (`{"aws:SecureTransport": "false"}`); `None` means empty.
# - Condition operators to support, with the missing-key rules above: `StringEquals`, `StringNotEquals` (the value
#   equals none of the listed values), `StringLike` (wildcards as above, case-sensitive), `Bool` (compare
#   `"true"`/`"false"` case-insensitively), `NumericLessThan` (compare as numbers) and `Null`. Any other operator:
#   raise `ValueError`. A condition value may be a string or a list of strings.
#
# <details><summary>Hint</summary>
#
# Turn a pattern into a regular expression character by character: `*` → `.*`, `?` → `.`, anything else →
# `re.escape(ch)`; then `re.fullmatch(regex, text, flags)`. `fnmatch` is not right: it treats `[...]` as a
# character class. Collect "some Deny matched" and "some Allow matched" over all statements, then decide. For a
# missing key: positive operators are false, `StringNotEquals` is true, `Null` with `"true"` is true.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex1_policy_evaluator", "solution": true}
def evaluate(policies, action, resource, context=None):
    """'ExplicitDeny', 'Allow' or 'ImplicitDeny' for one request against a list of policy documents."""
    ### BEGIN SOLUTION
    context = context or {}

    def as_list(value):
        return value if isinstance(value, list) else [value]

    def matches(pattern, text, ignore_case):
        regex = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
        return re.fullmatch(regex, text, re.IGNORECASE if ignore_case else 0) is not None

    def holds(operator, key, values):
        present = key in context
        actual = context.get(key)
        if operator == "Null":
            return any((str(v).lower() == "true") == (not present) for v in values)
        if operator == "StringNotEquals":
            return not present or all(actual != v for v in values)
        if not present:
            return False
        if operator == "StringEquals":
            return any(actual == v for v in values)
        if operator == "StringLike":
            return any(matches(v, actual, False) for v in values)
        if operator == "Bool":
            return any(actual.lower() == str(v).lower() for v in values)
        if operator == "NumericLessThan":
            return any(float(actual) < float(v) for v in values)
        raise ValueError(f"unsupported condition operator {operator!r}")

    def applies(statement):
        if not any(matches(a, action, True) for a in as_list(statement.get("Action", []))):
            return False
        if not any(matches(r, resource, False) for r in as_list(statement.get("Resource", []))):
            return False
        return all(holds(op, key, as_list(values))
                   for op, block in statement.get("Condition", {}).items()
                   for key, values in block.items())

    effects = {s["Effect"] for p in policies for s in as_list(p["Statement"]) if applies(s)}
    if "Deny" in effects:
        return "ExplicitDeny"
    return "Allow" if "Allow" in effects else "ImplicitDeny"
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex1_policy_evaluator_helpers", "locked": true}
# Policies the checks below evaluate.
READ_PHOTOS = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["s3:Get*", "s3:ListBucket"], "Resource": ["arn:aws:s3:::photos", "arn:aws:s3:::photos/*"]}]}
NO_SECRETS = {"Version": "2012-10-17", "Statement": {
    "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::photos/secret/*"}}
tls_only = {"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*",
                           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
region_lock = {"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}}]}
allow_all = {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}


# %% nbgrader={"grade": true, "grade_id": "ex1_policy_evaluator_tests", "points": 4}
with exercise("1.1 policy evaluator"):
    expect_equal(evaluate([READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::photos/cat.jpg"), "Allow", "a wildcard action")
    expect_equal(evaluate([READ_PHOTOS], "s3:PutObject", "arn:aws:s3:::photos/cat.jpg"), "ImplicitDeny",
                 "an action no statement allows")
    expect_equal(evaluate([NO_SECRETS, READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::photos/secret/key.txt"),
                 "ExplicitDeny", "an explicit deny beats an allow")
    expect_equal(evaluate([READ_PHOTOS, tls_only], "s3:GetObject", "arn:aws:s3:::photos/a", {"aws:SecureTransport": "false"}),
                 "ExplicitDeny", "a Bool condition that matches")
    expect_equal(evaluate([allow_all, region_lock], "ec2:RunInstances", "*", {}), "ExplicitDeny",
                 "a negated operator is true when the key is missing")
### BEGIN HIDDEN TESTS
cat = "arn:aws:s3:::photos/cat.jpg"
expect_equal(evaluate([READ_PHOTOS, NO_SECRETS], "s3:GetObject", "arn:aws:s3:::photos/secret/k"), "ExplicitDeny",
             "deny wins whatever the order of the policies", reveal=False)
expect_equal(evaluate([], "s3:GetObject", cat), "ImplicitDeny", "no policies at all", reveal=False)
expect_equal(evaluate([READ_PHOTOS, tls_only], "s3:GetObject", cat, {"aws:SecureTransport": "true"}), "Allow",
             "Bool condition that does not match", reveal=False)
expect_equal(evaluate([READ_PHOTOS, tls_only], "s3:GetObject", cat, {"aws:SecureTransport": "FALSE"}), "ExplicitDeny",
             "Bool compares case-insensitively", reveal=False)
expect_equal(evaluate([READ_PHOTOS], "S3:getobject", cat), "Allow", "actions are case-insensitive", reveal=False)
expect_equal(evaluate([READ_PHOTOS], "s3:GetObject", "arn:aws:s3:::Photos/cat.jpg"), "ImplicitDeny",
             "resources are case-sensitive", reveal=False)
literal = {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my.site/[draft]*"}]}
expect_equal(evaluate([literal], "s3:GetObject", "arn:aws:s3:::my.site/[draft]-1.html"), "Allow",
             "brackets are literal characters", reveal=False)
expect_equal(evaluate([literal], "s3:GetObject", "arn:aws:s3:::myXsite/[draft]-1.html"), "ImplicitDeny",
             "a dot is a literal character", reveal=False)
expect_equal(evaluate([literal], "s3:GetObject", "arn:aws:s3:::my.site/d-1.html"), "ImplicitDeny",
             "brackets are not a character class", reveal=False)
one_char = {"Statement": [{"Effect": "Allow", "Action": "logs:Put?ogEvents", "Resource": "arn:aws:logs:*:111122223333:log-group:app-?"}]}
expect_equal(evaluate([one_char], "logs:PutLogEvents", "arn:aws:logs:eu-west-1:111122223333:log-group:app-1"), "Allow",
             "? matches one character", reveal=False)
expect_equal(evaluate([one_char], "logs:PutLogEvents", "arn:aws:logs:eu-west-1:111122223333:log-group:app-12"),
             "ImplicitDeny", "? matches exactly one character", reveal=False)
expect_equal(evaluate([allow_all, region_lock], "ec2:RunInstances", "*", {"aws:RequestedRegion": "eu-central-1"}), "Allow",
             "StringNotEquals with a list: equal to one of them", reveal=False)
expect_equal(evaluate([allow_all, region_lock], "ec2:RunInstances", "*", {"aws:RequestedRegion": "us-east-1"}),
             "ExplicitDeny", "StringNotEquals with a list: equal to none", reveal=False)
tagged = {"Statement": [{"Effect": "Allow", "Action": "ec2:StopInstances", "Resource": "*",
                         "Condition": {"StringEquals": {"aws:ResourceTag/team": ["web", "api"]},
                                       "StringLike": {"aws:PrincipalTag/role": "dev*"}}}]}
expect_equal(evaluate([tagged], "ec2:StopInstances", "i-1", {"aws:ResourceTag/team": "api", "aws:PrincipalTag/role": "developer"}),
             "Allow", "two operators, both hold", reveal=False)
expect_equal(evaluate([tagged], "ec2:StopInstances", "i-1", {"aws:ResourceTag/team": "api", "aws:PrincipalTag/role": "ops"}),
             "ImplicitDeny", "two operators: both must hold", reveal=False)
expect_equal(evaluate([tagged], "ec2:StopInstances", "i-1", {"aws:PrincipalTag/role": "dev"}), "ImplicitDeny",
             "a positive operator is false when the key is missing", reveal=False)
young = {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                        "Condition": {"NumericLessThan": {"s3:max-keys": "10"}}}]}
expect_equal(evaluate([young], "s3:GetObject", cat, {"s3:max-keys": "9"}), "Allow", "9 < 10 as numbers", reveal=False)
expect_equal(evaluate([young], "s3:GetObject", cat, {"s3:max-keys": "100"}), "ImplicitDeny", "100 is not < 10",
             reveal=False)
header_missing = {"Statement": [{"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*",
                                 "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}}]}
expect_equal(evaluate([allow_all, header_missing], "s3:PutObject", cat, {}), "ExplicitDeny", "Null true, key absent",
             reveal=False)
expect_equal(evaluate([allow_all, header_missing], "s3:PutObject", cat, {"s3:x-amz-server-side-encryption": "AES256"}),
             "Allow", "Null true, key present", reveal=False)
must_have = {"Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*",
                            "Condition": {"Null": {"s3:x-amz-server-side-encryption": "false"}}}]}
expect_equal(evaluate([must_have], "s3:PutObject", cat, {"s3:x-amz-server-side-encryption": "aws:kms"}), "Allow",
             "Null false, key present", reveal=False)
weird = {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": "2030-01-01"}}}]}
_ = expect_raises(ValueError, evaluate, [weird], "s3:GetObject", cat, {"aws:CurrentTime": "2026-01-01"},
                  what="an unsupported operator")
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Roles, STS and temporary credentials
#
# A **role** is an identity with permissions but no password or long-term keys. Someone allowed by the role's
# **trust policy** calls STS **`AssumeRole`** and receives **temporary credentials**: an access key id, a secret
# key and a **session token**, valid for a limited time. EC2 instances (through an instance profile), Lambda
# functions and ECS tasks use roles this way, and the SDKs refresh the credentials for you. Never put long-term
# access keys on an instance or in code.
#
# The session length is `DurationSeconds`: at least 15 minutes, at most the role's **maximum session duration**
# (a role setting between 1 and 12 hours, 1 hour unless changed), and at most 1 hour when you assume a role with
# credentials that came from another role (**role chaining**). Without `DurationSeconds`, a session lasts 1 hour.
# STS calls are logged by **CloudTrail**, which is how you audit who assumed what.

# %%
for key in ("sts.assume_role_default_seconds", "sts.role_chaining_max_seconds", "iam.role_max_session_default_seconds"):
    row = facts.get(key)
    print(f"{row.description}: {row.value} {row.unit}")
duration_shape = sts.meta.service_model.operation_model("AssumeRole").input_shape.members["DurationSeconds"]
print("botocore's STS model, AssumeRole DurationSeconds:", duration_shape.metadata)

# %% [markdown]
# The STS model that ships with botocore is the API's own description: names, types, required members and
# ranges. A stubbed call shows the shape of a response:

# %%
with Stubber(sts) as stub:
    stub.add_response("assume_role", {
        "Credentials": {"AccessKeyId": "ASIAEXAMPLEEXAMPLE00", "SecretAccessKey": "example-secret-key-0000000000",
                        "SessionToken": "example-session-token",
                        "Expiration": datetime.datetime(2026, 11, 2, 10, 0, tzinfo=datetime.timezone.utc)},
        "AssumedRoleUser": {"AssumedRoleId": "AROAEXAMPLEID:build-42",
                            "Arn": "arn:aws:sts::111122223333:assumed-role/deployer/build-42"}},
        {"RoleArn": "arn:aws:iam::111122223333:role/deployer", "RoleSessionName": "build-42"})
    session = sts.assume_role(RoleArn="arn:aws:iam::111122223333:role/deployer", RoleSessionName="build-42")
print(session["AssumedRoleUser"]["Arn"], "expires", session["Credentials"]["Expiration"])

# %% [markdown]
# > **Exam tip.** "Give an application on EC2 access to S3" → an IAM role through an instance profile, never
# > access keys on the instance. "Access another account's resources" → `sts:AssumeRole` into a role there whose
# > trust policy names your account. "The assumed-role session expires after an hour and a longer one fails" →
# > check the role's maximum session duration, and whether it is a chained role.
#
# ### Exercise 1.2: a valid AssumeRole request (3 points)
#
# Write `assume_role_params(role_arn, session_name, duration_seconds=None, *, role_max_session_seconds=None,
# chained=False)` returning the keyword arguments for `sts.assume_role(**params)`:
#
# - always `RoleArn` and `RoleSessionName`; `DurationSeconds` **only** when `duration_seconds` is given;
# - check the params with `ParamValidator().validate(params, shape)` against the `AssumeRole` input shape of
#   botocore's STS model (`sts.meta.service_model.operation_model("AssumeRole").input_shape`), and raise
#   `ValueError` with the report's text if it has errors (it catches a too-short session name or a too-short
#   duration);
# - botocore's validator does not check maximums: raise `ValueError` when the duration is above the model's
#   `DurationSeconds` maximum (read it from the shape's `metadata`), above the role's maximum session duration
#   (`role_max_session_seconds`, or `facts.value("iam.role_max_session_default_seconds")` when `None`; the message
#   must contain `MaxSessionDuration`), or, when `chained`, above `facts.value("sts.role_chaining_max_seconds")`
#   (the message must contain `chain`).
#
# <details><summary>Hint</summary>
#
# `shape.members["DurationSeconds"].metadata["max"]`. `report = ParamValidator().validate(params, shape)`, then
# `report.has_errors()` and `report.generate_report()`. Build the dict first, validate it, then compare the
# duration with the three maximums.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex2_assume_role", "solution": true}
def assume_role_params(role_arn, session_name, duration_seconds=None, *, role_max_session_seconds=None, chained=False):
    """kwargs for sts.assume_role, checked against botocore's STS model and the session-length rules."""
    ### BEGIN SOLUTION
    shape = sts.meta.service_model.operation_model("AssumeRole").input_shape
    params = {"RoleArn": role_arn, "RoleSessionName": session_name}
    if duration_seconds is not None:
        params["DurationSeconds"] = duration_seconds
    report = ParamValidator().validate(params, shape)
    if report.has_errors():
        raise ValueError(report.generate_report())
    if duration_seconds is not None:
        model_max = shape.members["DurationSeconds"].metadata["max"]
        role_max = role_max_session_seconds or facts.value("iam.role_max_session_default_seconds")
        if duration_seconds > model_max:
            raise ValueError(f"DurationSeconds {duration_seconds} is above the STS maximum {model_max}")
        if duration_seconds > role_max:
            raise ValueError(f"DurationSeconds {duration_seconds} is above the role's MaxSessionDuration {role_max}")
        if chained and duration_seconds > facts.value("sts.role_chaining_max_seconds"):
            raise ValueError(f"role chaining allows at most {facts.value('sts.role_chaining_max_seconds')} s")
    return params
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex2_assume_role_helpers", "locked": true}
# stubbed_assume_role(params): botocore checks your parameters against the real AssumeRole API.
ROLE = "arn:aws:iam::111122223333:role/deployer"
STUB_CREDENTIALS = {"Credentials": {"AccessKeyId": "ASIAEXAMPLEEXAMPLE00", "SecretAccessKey": "x" * 20,
                                    "SessionToken": "token",
                                    "Expiration": datetime.datetime(2026, 11, 2, 10, 0, tzinfo=datetime.timezone.utc)}}


def stubbed_assume_role(params):
    with Stubber(sts) as stub:
        stub.add_response("assume_role", STUB_CREDENTIALS, params)
        result = sts.assume_role(**params)
        stub.assert_no_pending_responses()
    return result


# %% nbgrader={"grade": true, "grade_id": "ex2_assume_role_tests", "points": 3}
with exercise("1.2 AssumeRole request"):
    expect_equal(assume_role_params(ROLE, "build-42"), {"RoleArn": ROLE, "RoleSessionName": "build-42"}, "default duration")
    expect_equal(assume_role_params(ROLE, "build-42", 1800),
                 {"RoleArn": ROLE, "RoleSessionName": "build-42", "DurationSeconds": 1800}, "30 minutes")
    expect_raises(ValueError, assume_role_params, ROLE, "build-42", 600, what="shorter than the STS minimum")
    expect_raises(ValueError, assume_role_params, ROLE, "build-42", 7200, what="above the role's default maximum",
                  match="MaxSessionDuration")
    expect_equal(stubbed_assume_role(assume_role_params(ROLE, "build-42", 900))["Credentials"]["SessionToken"], "token",
                 "a stubbed AssumeRole accepted your parameters")
    expect_equal(assume_role_params(ROLE, "ci", 43200, role_max_session_seconds=43200)["DurationSeconds"], 43200,
                 "12 hours on a role that allows 12 hours")
### BEGIN HIDDEN TESTS
_ = expect_raises(ValueError, assume_role_params, ROLE, "ci", 43200, role_max_session_seconds=21600,
                  what="above a 6-hour role maximum", match="MaxSessionDuration")
_ = expect_raises(ValueError, assume_role_params, ROLE, "ci", 899, what="one second below the STS minimum")
expect_equal(assume_role_params(ROLE, "ci", 900)["DurationSeconds"], 900, "exactly the STS minimum", reveal=False)
expect_equal(assume_role_params(ROLE, "ci", 3600)["DurationSeconds"], 3600, "exactly the default role maximum",
             reveal=False)
_ = expect_raises(ValueError, assume_role_params, ROLE, "ci", 3601, role_max_session_seconds=43200, chained=True,
                  what="a chained role session above one hour", match="chain")
expect_equal(assume_role_params(ROLE, "ci", 3600, role_max_session_seconds=43200, chained=True)["DurationSeconds"], 3600,
             "a chained role session of exactly one hour", reveal=False)
expect_equal(assume_role_params(ROLE, "ci", chained=True), {"RoleArn": ROLE, "RoleSessionName": "ci"},
             "a chained session without DurationSeconds", reveal=False)
_ = expect_raises(ValueError, assume_role_params, ROLE, "x", what="a one-character session name (model minimum 2)")
_ = expect_raises(ValueError, assume_role_params, ROLE, "ci", 50000, role_max_session_seconds=86400,
                  what="above the STS model maximum")
expect_equal(stubbed_assume_role(assume_role_params(ROLE, "nightly", 43200, role_max_session_seconds=43200))["Credentials"]["AccessKeyId"],
             "ASIAEXAMPLEEXAMPLE00", "a 12-hour session, stubbed", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Why was I denied? `decode-authorization-message` and `simulate-custom-policy`
#
# Some services (EC2 notably) answer a denied call with an **encoded authorization message** instead of details,
# so that callers do not learn about policies they may not see. Someone allowed
# `sts:DecodeAuthorizationMessage` turns it into JSON: `aws sts decode-authorization-message --encoded-message
# ...`. It says whether the request was allowed, which statement matched (explicit deny) or that none did
# (implicit deny), and the request's action, resource and context. A stubbed example, and how to read it:

# %%
decoded = {"allowed": False, "explicitDeny": False, "matchedStatements": {"items": []},
           "context": {"principal": {"arn": "arn:aws:sts::111122223333:assumed-role/dev/alice"},
                       "action": "ec2:RunInstances",
                       "resource": "arn:aws:ec2:us-east-1:111122223333:instance/*",
                       "conditions": {"items": [{"key": "ec2:InstanceType", "values": {"items": [{"value": "p5.48xlarge"}]}}]}}}
with Stubber(sts) as stub:
    stub.add_response("decode_authorization_message", {"DecodedMessage": json.dumps(decoded)},
                      {"EncodedMessage": "encoded-message-from-the-error"})
    answer = json.loads(sts.decode_authorization_message(EncodedMessage="encoded-message-from-the-error")["DecodedMessage"])
reason = "explicit deny" if answer["explicitDeny"] else "implicit deny (no statement allowed it)"
print(f"{answer['context']['action']} on {answer['context']['resource']}: allowed={answer['allowed']}, {reason}")

# %% [markdown]
# **Testing policies before you deploy them.** The IAM policy simulator runs the real evaluation logic without
# making the request. `aws iam simulate-custom-policy` takes policy documents you pass in (not yet attached);
# `simulate-principal-policy` uses the policies attached to an existing user or role. If a policy has conditions,
# you must supply the **context keys** (`--context-entries`) yourself; `get-context-keys-for-custom-policy` lists
# the keys a policy uses. Below, botocore checks a simulator request against the IAM API model (no call is
# sent), and a stubbed answer shows the response shape.

# %%
simulate_request = {
    "PolicyInputList": [json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::photos/*",
         "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]})],
    "ActionNames": ["s3:GetObject"],
    "ResourceArns": ["arn:aws:s3:::photos/cat.jpg"],
    "ContextEntries": [{"ContextKeyName": "aws:SecureTransport", "ContextKeyValues": ["true"], "ContextKeyType": "boolean"}],
}
report = ParamValidator().validate(simulate_request, iam.meta.service_model.operation_model("SimulateCustomPolicy").input_shape)
print("valid SimulateCustomPolicy request:", not report.has_errors())
with Stubber(iam) as stub:
    stub.add_response("simulate_custom_policy", {"EvaluationResults": [
        {"EvalActionName": "s3:GetObject", "EvalResourceName": "arn:aws:s3:::photos/cat.jpg", "EvalDecision": "allowed"}]},
        simulate_request)
    result = iam.simulate_custom_policy(**simulate_request)
print([(r["EvalActionName"], r["EvalDecision"]) for r in result["EvaluationResults"]])

# %% [markdown]
# The simulator's decisions are `allowed`, `explicitDeny` and `implicitDeny`: the same three outcomes as your
# evaluator in exercise 1.1.
#
# > **Exam tip.** "An EC2 API call failed with an encoded authorization failure message; how do you see why?" →
# > `aws sts decode-authorization-message` (the caller needs `sts:DecodeAuthorizationMessage`). "Test a policy
# > before attaching it" → the policy simulator / `simulate-custom-policy`, with the context keys supplied.
#
# ## 4. Web identity federation and Amazon Cognito
#
# Mobile and web apps must not ship AWS keys. Instead, users **sign in with an identity provider** (Cognito's own
# user directory, or Google, Facebook, Apple, Login with Amazon, any **OpenID Connect** or **SAML 2.0** provider
# such as Active Directory), and the app **exchanges** the provider's token for temporary, limited AWS
# credentials. Doing the exchange directly with STS `AssumeRoleWithWebIdentity` works, but AWS recommends
# **Cognito** as the broker.
#
# | | Cognito **user pool** | Cognito **identity pool** (federated identities) |
# |---|---|---|
# | what it is | a user directory and OAuth 2.0 / OIDC provider: sign-up, sign-in, hosted UI you can brand, password policy, MFA, e-mail/SMS verification codes, groups, federation with social and SAML providers | a credentials broker: trades a token for **temporary AWS credentials** |
# | it gives you | **JWTs**: an ID token, an access token and a refresh token | an identity id and AWS credentials for an IAM role |
# | use it to | authenticate users of your app, protect an API Gateway API or ALB with a JWT authorizer | let users call AWS directly (S3, DynamoDB) |
# | guests | no | yes: **unauthenticated** identities get a separate, smaller role |
#
# **The token exchange:** (1) the user signs in to the user pool (or Google, ...) and receives a JWT; (2) the app
# calls the identity pool's `GetId` with that token in `Logins`, then `GetCredentialsForIdentity`; (3) Cognito
# validates the token, picks the authenticated role (groups in the user pool can map to roles) and returns
# temporary credentials; (4) the app calls AWS with them. IAM policies on that role can use
# `${cognito-identity.amazonaws.com:sub}` so each user reaches only their own S3 prefix or DynamoDB items.
# Security features of user pools detect **compromised credentials** and risky sign-ins (sign-in, sign-up and
# password change) and can block them. The notes' "Cognito Sync" (with push sync through SNS, and streams) is a
# legacy feature; AppSync is its successor for new apps.

# %%
logins = {"cognito-idp.us-east-1.amazonaws.com/us-east-1_Example": "<the ID token from the user pool>"}
with Stubber(cognito_identity) as stub:
    stub.add_response("get_id", {"IdentityId": "us-east-1:11111111-2222-3333-4444-555555555555"},
                      {"IdentityPoolId": "us-east-1:99999999-8888-7777-6666-555555555555", "Logins": logins})
    stub.add_response("get_credentials_for_identity", {
        "IdentityId": "us-east-1:11111111-2222-3333-4444-555555555555",
        "Credentials": {"AccessKeyId": "ASIAEXAMPLEEXAMPLE11", "SecretKey": "example", "SessionToken": "example",
                        "Expiration": datetime.datetime(2026, 11, 2, 11, 0, tzinfo=datetime.timezone.utc)}},
        {"IdentityId": "us-east-1:11111111-2222-3333-4444-555555555555", "Logins": logins})
    identity = cognito_identity.get_id(IdentityPoolId="us-east-1:99999999-8888-7777-6666-555555555555", Logins=logins)
    creds = cognito_identity.get_credentials_for_identity(IdentityId=identity["IdentityId"], Logins=logins)
print("identity", identity["IdentityId"], "gets temporary keys", creds["Credentials"]["AccessKeyId"],
      "until", creds["Credentials"]["Expiration"])

# %% [markdown]
# ### JSON Web Tokens
#
# A JWT is three base64url parts joined by dots: a **header** (`{"alg": ..., "kid": ...}`), a **payload** of
# **claims**, and a **signature** over the first two. Anyone can read the claims (they are only encoded, not
# encrypted); only the signature proves who issued them. The claims an API must check on a Cognito token:
#
# - the **signature** (Cognito signs with RS256 and publishes its public keys at
#   `https://cognito-idp.<region>.amazonaws.com/<pool id>/.well-known/jwks.json`);
# - `exp`: the token is expired at or after this time (epoch seconds); ID and access tokens last 1 hour unless
#   the app client says otherwise;
# - `iss`: `https://cognito-idp.<region>.amazonaws.com/<user pool id>`;
# - `token_use`: `id` or `access`; accept only the kind you expect;
# - the app client: `aud` in an ID token, `client_id` in an access token.
#
# To keep the notebook self-contained, our tokens are signed with HMAC-SHA256 (`HS256`) and a shared secret, which
# the standard library can check; the claim checks are the same as for RS256.

# %% nbgrader={"grade": false, "grade_id": "jwt_helpers", "locked": true}
def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_token(claims, secret, header=None):
    """A JWT signed with HMAC-SHA256 (the course's stand-in for Cognito's RS256)."""
    head = b64url(json.dumps(header or {"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(json.dumps(claims).encode())
    signature = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64url(signature)}"


POOL_ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example"
NOW = 1_790_000_000  # a fixed "now" (epoch seconds) keeps the notebook deterministic
id_lifetime = facts.value("cognito.id_token_default_minutes") * 60
demo_token = make_token({"sub": "a1b2", "iss": POOL_ISSUER, "aud": "app-client-1", "token_use": "id",
                         "email": "ana@example.com", "iat": NOW, "exp": NOW + id_lifetime}, b"demo-secret")
print(demo_token[:60] + "...")
print("parts:", [len(p) for p in demo_token.split(".")])

# %% [markdown]
# ### Exercise 1.3: verify a Cognito-style token (3 points)
#
# Write `verify_token(token, secret, *, now, issuer, client_id, token_use)` returning the claims (a dict) of a
# valid token, and raising `ValueError` otherwise, with a message containing the word shown:
#
# 1. not three dot-separated parts → `"malformed"`;
# 2. header `alg` is not `"HS256"` → `"alg"` (never accept `"none"`);
# 3. the signature (HMAC-SHA256 with `secret` over `"<header>.<payload>"`, base64url) does not match →
#    `"signature"`; compare with `hmac.compare_digest`;
# 4. `now >= exp` → `"expired"`;
# 5. `iss` differs from `issuer` → `"issuer"`;
# 6. `token_use` claim differs from the `token_use` argument (`"id"` or `"access"`) → `"token_use"`;
# 7. the client claim differs from `client_id` → `"audience"`: `aud` for ID tokens, `client_id` for access tokens.
#
# Check in this order: nothing in the payload may be trusted before the signature is.
#
# <details><summary>Hint</summary>
#
# base64url drops the `=` padding: add `"=" * (-len(part) % 4)` before `base64.urlsafe_b64decode`. Recompute the
# signature over the *original* header and payload text, then compare bytes. `json.loads` the decoded header
# and payload.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex3_jwt_claims", "solution": true}
def verify_token(token, secret, *, now, issuer, client_id, token_use):
    """The claims of a valid HS256 token; ValueError naming the first failed check otherwise."""
    ### BEGIN SOLUTION
    parts = token.split(".")
    if len(parts) != 3:
        raise ValueError("malformed token: expected header.payload.signature")

    def decode(part):
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))

    head, body, signature = parts
    header = json.loads(decode(head))
    if header.get("alg") != "HS256":
        raise ValueError(f"alg {header.get('alg')!r} is not accepted")
    expected = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, decode(signature)):
        raise ValueError("bad signature")
    claims = json.loads(decode(body))
    if now >= claims["exp"]:
        raise ValueError("token expired")
    if claims.get("iss") != issuer:
        raise ValueError("wrong issuer")
    if claims.get("token_use") != token_use:
        raise ValueError(f"token_use is {claims.get('token_use')!r}, expected {token_use!r}")
    audience = claims.get("aud") if token_use == "id" else claims.get("client_id")
    if audience != client_id:
        raise ValueError("wrong audience (app client)")
    return claims
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex3_jwt_claims_helpers", "locked": true}
# The pool's secret and the claims of a valid ID token.
SECRET = b"course-pool-secret"
ID_CLAIMS = {"sub": "u-1", "iss": POOL_ISSUER, "aud": "web-client", "token_use": "id", "exp": NOW + id_lifetime}

def _check(token, **changes):
    """verify_token with the pool's settings, some of them changed."""
    args = {"now": NOW, "issuer": POOL_ISSUER, "client_id": "web-client", "token_use": "id", **changes}
    return verify_token(token, SECRET, **args)


# %% nbgrader={"grade": true, "grade_id": "ex3_jwt_claims_tests", "points": 3}
with exercise("1.3 verify a token"):
    good = make_token(ID_CLAIMS, SECRET)
    expect_equal(verify_token(good, SECRET, now=NOW, issuer=POOL_ISSUER, client_id="web-client", token_use="id"),
                 ID_CLAIMS, "a valid ID token")
    expect_raises(ValueError, verify_token, good, SECRET, now=NOW + 2 * id_lifetime, issuer=POOL_ISSUER,
                  client_id="web-client", token_use="id", what="two hours later", match="expired")
    expect_raises(ValueError, verify_token, good, b"another-secret", now=NOW, issuer=POOL_ISSUER,
                  client_id="web-client", token_use="id", what="signed with another key", match="signature")
    _ = expect_raises(ValueError, _check, good, now=ID_CLAIMS["exp"], what="expired exactly at exp", match="expired")
### BEGIN HIDDEN TESTS


expect_equal(_check(good, now=ID_CLAIMS["exp"] - 1), ID_CLAIMS, "one second before exp", reveal=False)
head, body, sig = good.split(".")
forged_body = b64url(json.dumps({**ID_CLAIMS, "sub": "admin"}).encode())
_ = expect_raises(ValueError, _check, f"{head}.{forged_body}.{sig}", what="a changed payload", match="signature")
none_head = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
_ = expect_raises(ValueError, _check, f"{none_head}.{body}.", what="alg none", match="alg")
_ = expect_raises(ValueError, _check, "abc.def", what="two parts", match="malformed")
_ = expect_raises(ValueError, _check, make_token({**ID_CLAIMS, "iss": "https://evil.example.com"}, SECRET),
                  what="another issuer", match="issuer")
_ = expect_raises(ValueError, _check, make_token({**ID_CLAIMS, "aud": "other-client"}, SECRET),
                  what="another app client", match="audience")
_ = expect_raises(ValueError, _check, good, token_use="access", what="an ID token where an access token is expected",
                  match="token_use")
access = {"sub": "u-1", "iss": POOL_ISSUER, "client_id": "web-client", "token_use": "access", "scope": "openid",
          "exp": NOW + 600}
expect_equal(_check(make_token(access, SECRET), token_use="access"), access, "an access token uses client_id",
             reveal=False)
_ = expect_raises(ValueError, _check, make_token({**access, "client_id": "x"}, SECRET), token_use="access",
                  what="an access token for another client", match="audience")
for extra in ("", "a", "ab", "abc"):  # payload lengths that need 0-3 padding characters
    claims = {**ID_CLAIMS, "name": extra}
    expect_equal(_check(make_token(claims, SECRET)), claims, f"padding, name {extra!r}", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** "Users sign up and sign in to the app" → user pool. "Users need temporary AWS credentials to
# > upload to S3 directly" → identity pool (with a user pool or a social provider behind it). "Allow guest
# > access" → identity pool unauthenticated role. "API Gateway should accept only signed-in users" → a Cognito
# > user pool authorizer (it checks the JWT for you).
#
# ## 5. EC2 and ECS: roles and security groups for containers
#
# **ECS** is AWS's managed container orchestrator: you describe containers in a **task definition** (image, CPU,
# memory, ports, environment) and ECS runs **tasks** on EC2 instances you manage or on **Fargate** (serverless).
# A **service** keeps a number of tasks running and usually sits behind an **Application Load Balancer**.
#
# Two roles in a task definition, often confused:
#
# - the **task role** (`taskRoleArn`): the permissions of **your code** in the container (read this bucket, write
#   that table). Each task gets its own credentials, so two tasks on one instance can have different rights;
# - the **task execution role** (`executionRoleArn`): what **ECS itself** needs to start the task: pull the image
#   from ECR, send logs to CloudWatch Logs, read secrets for the container's environment.
#
# Tasks run in your VPC. With the `awsvpc` network mode (required on Fargate) each task gets its own network
# interface, so **security groups apply per task**: the ALB's security group may reach the task's port, nothing
# else. On EC2 instances the instance profile role still exists but is for the ECS agent, not for your code.

# %%
task_definition = {
    "family": "photo-api",
    "taskRoleArn": "arn:aws:iam::111122223333:role/photo-api-task",            # what the code may do
    "executionRoleArn": "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",  # what ECS needs to start it
    "networkMode": "awsvpc",
    "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
    "containerDefinitions": [{"name": "api", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/photo-api:1.4",
                              "portMappings": [{"containerPort": 8080}], "essential": True}],
}
report = ParamValidator().validate(task_definition, ecs.meta.service_model.operation_model("RegisterTaskDefinition").input_shape)
print("valid RegisterTaskDefinition request:", not report.has_errors())
service_network = {"awsvpcConfiguration": {"subnets": ["subnet-0example"], "securityGroups": ["sg-0taskonly"],
                                           "assignPublicIp": "DISABLED"}}
report = ParamValidator().validate({"cluster": "prod", "serviceName": "photo-api", "taskDefinition": "photo-api",
                                    "desiredCount": 2, "launchType": "FARGATE", "networkConfiguration": service_network},
                                   ecs.meta.service_model.operation_model("CreateService").input_shape)
print("valid CreateService request with a per-task security group:", not report.has_errors())

# %% [markdown]
# > **Exam tip.** "Containers need to read from S3" → a **task role**, not the instance profile and not keys in
# > environment variables. "The task cannot pull its image from ECR / cannot write logs" → the **task execution
# > role**. "Only the load balancer may reach the containers" → security groups on the tasks (awsvpc mode) that
# > allow traffic from the ALB's security group.
#
# ## 6. S3 static websites
#
# A bucket can serve a static website (HTML, CSS, JavaScript, images) from its **website endpoint**, with an index
# document and an error document. The endpoint serves **HTTP only** and only **public** content (a bucket policy
# allowing `s3:GetObject` to everyone, with Block Public Access turned off for that bucket). For HTTPS or a custom
# domain with a certificate, put **CloudFront** in front. The website endpoint is not the REST endpoint
# (`bucket.s3.region.amazonaws.com`): redirects and index documents only work on the website one.
#
# The 2019 notes give one URL form, `http://bucket.s3-website-region.amazonaws.com`. There are **two**, depending
# on the Region: older Regions use a **dash** before the Region (`s3-website-us-east-1`), newer ones a **dot**
# (`s3-website.eu-central-1`). botocore has no table of this, so the course keeps one in its fact table, one row
# per Region, with its source:

# %% nbgrader={"grade": false, "grade_id": "website_forms", "locked": true}
WEBSITE_DOT_FORM = {key.rsplit(".", 1)[1].replace("_", "-"): bool(row.value)
                    for key, row in facts.load("facts").items() if key.startswith("s3.website_dot_form.")}
pd.DataFrame([{"region": r, "form": "s3-website." + r if dot else "s3-website-" + r,
               "source grade": facts.get("s3.website_dot_form." + r.replace("-", "_")).source_grade}
              for r, dot in sorted(WEBSITE_DOT_FORM.items())])

# %% [markdown]
# ### Exercise 1.4: the website URL of a bucket (2 points)
#
# Write `website_url(bucket, region)` returning the bucket's website URL, scheme included and no trailing slash,
# for example `http://my-site.s3-website-us-east-1.amazonaws.com`. Look the Region up in `WEBSITE_DOT_FORM`
# (defined above: `True` means the dot form). A Region not in the table raises `ValueError` whose message names
# the Region (do not guess a form).
#
# <details><summary>Hint</summary>
#
# `separator = "." if WEBSITE_DOT_FORM[region] else "-"`, then an f-string. Check `region in WEBSITE_DOT_FORM`
# first so a missing Region raises `ValueError`, not `KeyError`. Website endpoints are HTTP only.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex4_website_url", "solution": true}
def website_url(bucket, region):
    """http URL of the bucket's static website endpoint in `region`."""
    ### BEGIN SOLUTION
    if region not in WEBSITE_DOT_FORM:
        raise ValueError(f"no website endpoint form known for Region {region!r}")
    separator = "." if WEBSITE_DOT_FORM[region] else "-"
    return f"http://{bucket}.s3-website{separator}{region}.amazonaws.com"
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex4_website_url_tests", "points": 2}
with exercise("1.4 website URL"):
    expect_equal(website_url("my-site", "us-east-1"), "http://my-site.s3-website-us-east-1.amazonaws.com", "us-east-1")
    expect_equal(website_url("docs.example.com", "us-west-2"), "http://docs.example.com.s3-website-us-west-2.amazonaws.com",
                 "a bucket named like a domain")
    expect_equal(website_url("my-site", "eu-central-1"), "http://my-site.s3-website.eu-central-1.amazonaws.com",
                 "a dot-form Region")
### BEGIN HIDDEN TESTS
expect_equal(website_url("b-1", "ap-south-1"), "http://b-1.s3-website.ap-south-1.amazonaws.com", "another dot Region",
             reveal=False)
expect_equal(website_url("b-1", "sa-east-1"), "http://b-1.s3-website-sa-east-1.amazonaws.com", "a dash Region",
             reveal=False)
for region, dot in WEBSITE_DOT_FORM.items():
    expect_equal(website_url("x-y", region), f"http://x-y.s3-website{'.' if dot else '-'}{region}.amazonaws.com",
                 f"Region {region}", reveal=False)
_ = expect_raises(ValueError, website_url, "my-site", "mars-north-1", what="an unknown Region", match="mars-north-1")
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** A 403 from a website endpoint usually means the object is not public (bucket policy or Block
# > Public Access). "Serve the site over HTTPS" → CloudFront in front (with an origin access control on the REST
# > endpoint, or a custom origin on the website endpoint).
#
# ## 7. Uploading big objects: multipart upload
#
# A multipart upload has three steps: **initiate** (`CreateMultipartUpload` returns an `UploadId`), **upload
# parts** (`UploadPart`, numbered, in any order and in parallel; each returns an ETag) and **complete**
# (`CompleteMultipartUpload` with the list of part numbers and ETags; S3 assembles the object). A failed part is
# retried alone. Parts of an upload that is never completed or aborted are stored and **billed**: a lifecycle rule
# `AbortIncompleteMultipartUpload` cleans them up. The high-level boto3 `upload_file` switches to multipart by
# itself above a threshold.

# %%
for key in ("s3.multipart_min_part_mib", "s3.multipart_max_part_gib", "s3.multipart_max_parts",
            "s3.multipart_advised_from_mb", "s3.single_put_max_gb", "s3.max_object_gib"):
    row = facts.get(key)
    print(f"{row.description}: {row.value:,} {row.unit} [{row.source_grade}]")
largest = facts.get("s3.max_object_gib")
print(f"\nThe largest object was {int(largest.value_in_2019_notes):,} GiB (5 TiB) in 2019; today it is "
      f"{largest.value:,} GiB ({largest.value / 1024:.2f} TiB).")
print("UploadPart PartNumber is an integer in botocore's model:",
      s3.meta.service_model.operation_model("UploadPart").input_shape.members["PartNumber"].type_name)

# %% [markdown]
# The part-count limit is what makes part size matter: with the smallest parts, 10,000 parts cover only about
# 49 GiB. The chart shows how many parts some object sizes need for each part size; a line above the red limit is
# an impossible plan.

# %%
part_sizes_mib = [5 * 2 ** (k / 4) for k in range(0, 41)]  # 5 MiB .. 5 GiB
part_sizes_mib[-1] = facts.value("s3.multipart_max_part_gib") * 1024
objects = {"100 GiB": 100 * GIB, "1 TiB": TIB, "10 TiB": 10 * TIB,
           f"{facts.value('s3.max_object_gib') / 1024:.2f} TiB (largest)": facts.value("s3.max_object_gib") * GIB}
fig = iam_s3_charts.parts_by_part_size(
    part_sizes_mib, {label: [math.ceil(size / (p * MIB)) for p in part_sizes_mib] for label, size in objects.items()},
    max_parts=facts.value("s3.multipart_max_parts"),
    source="Limits: facts s3.multipart_min_part_mib, s3.multipart_max_part_gib, s3.multipart_max_parts, s3.max_object_gib "
           "(docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html, O, checked 2026-11)")
fig

# %% [markdown]
# ### Exercise 1.5: plan a multipart upload (3 points)
#
# Write `plan_multipart(size_bytes, part_size=None)` returning `{"part_size": int, "parts": int, "last_part": int}`
# (bytes, number of parts, size of the last part in bytes), or raising `ValueError` with a clear message:
#
# - `size_bytes` must be above 0 and at most the largest object, `facts.value("s3.max_object_gib") * 2**30`
#   bytes (10,000 parts of 5 GiB); the message for a too-large object contains `TiB`;
# - a given `part_size` must be between the minimum part (`s3.multipart_min_part_mib` MiB) and the maximum part
#   (`s3.multipart_max_part_gib` GiB), both included; the message contains `part size`;
# - without `part_size`, use the minimum part size, unless that needs more than the maximum number of parts
#   (`s3.multipart_max_parts`): then the smallest **whole number of MiB** that fits;
# - more parts than the maximum → the message contains `parts`.
#
# Every part except the last has `part_size` bytes; the last part holds the rest and may be smaller than the
# minimum (an object smaller than one part is one part).
#
# <details><summary>Hint</summary>
#
# `parts = math.ceil(size / part_size)`; `last_part = size - (parts - 1) * part_size` (for an exact multiple that
# is a full part, not 0). The smallest fitting part size in MiB is `math.ceil(size / max_parts / MIB)`, then
# times `MIB`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex5_multipart_plan", "solution": true}
def plan_multipart(size_bytes, part_size=None):
    """{'part_size', 'parts', 'last_part'} for uploading `size_bytes` in parts; ValueError if impossible."""
    ### BEGIN SOLUTION
    max_object = facts.value("s3.max_object_gib") * GIB
    min_part = facts.value("s3.multipart_min_part_mib") * MIB
    max_part = facts.value("s3.multipart_max_part_gib") * GIB
    max_parts = facts.value("s3.multipart_max_parts")
    if size_bytes <= 0:
        raise ValueError("the object must hold at least one byte")
    if size_bytes > max_object:
        raise ValueError(f"{size_bytes} bytes is above the largest S3 object ({max_object / TIB:.2f} TiB)")
    if part_size is None:
        part_size = max(min_part, math.ceil(size_bytes / max_parts / MIB) * MIB)
    elif not min_part <= part_size <= max_part:
        raise ValueError(f"part size must be between {min_part} and {max_part} bytes, got {part_size}")
    parts = math.ceil(size_bytes / part_size)
    if parts > max_parts:
        raise ValueError(f"{parts} parts needed; at most {max_parts} parts are allowed")
    return {"part_size": part_size, "parts": parts, "last_part": size_bytes - (parts - 1) * part_size}
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex5_multipart_plan_helpers", "locked": true}
# The largest object the checks below use.
LARGEST = facts.value("s3.max_object_gib") * GIB


# %% nbgrader={"grade": true, "grade_id": "ex5_multipart_plan_tests", "points": 3}
with exercise("1.5 multipart plan"):
    expect_equal(plan_multipart(12 * MIB), {"part_size": 5 * MIB, "parts": 3, "last_part": 2 * MIB}, "12 MiB, default parts")
    expect_equal(plan_multipart(1 * GIB, part_size=100 * MIB), {"part_size": 100 * MIB, "parts": 11, "last_part": 24 * MIB},
                 "1 GiB in 100 MiB parts")
    expect_raises(ValueError, plan_multipart, 10 * MIB, part_size=1 * MIB, what="1 MiB parts", match="part size")
    expect_equal(plan_multipart(LARGEST)["parts"], facts.value("s3.multipart_max_parts"),
                 "the largest object (10,000 parts of 5 GiB) is accepted")
    expect_equal(plan_multipart(15 * MIB), {"part_size": 5 * MIB, "parts": 3, "last_part": 5 * MIB},
                 "an exact multiple: the last part is a full part")
### BEGIN HIDDEN TESTS
expect_equal(plan_multipart(1000), {"part_size": 5 * MIB, "parts": 1, "last_part": 1000}, "a tiny object is one part",
             reveal=False)
expect_equal(plan_multipart(100 * GIB), {"part_size": 11 * MIB, "parts": 9310, "last_part": 100 * GIB - 9309 * 11 * MIB},
             "100 GiB needs parts above the minimum, in whole MiB", reveal=False)
big = plan_multipart(LARGEST)
expect_true(big["parts"] <= facts.value("s3.multipart_max_parts") and big["part_size"] % MIB == 0,
            "the largest object fits in whole-MiB parts")
expect_equal(big["part_size"], math.ceil(LARGEST / facts.value("s3.multipart_max_parts") / MIB) * MIB,
             "the largest object: smallest fitting part size", reveal=False)
_ = expect_raises(ValueError, plan_multipart, LARGEST + 1, what="one byte above the largest object", match="TiB")
_ = expect_raises(ValueError, plan_multipart, 6 * TIB, part_size=5 * GIB + 1, what="parts above 5 GiB", match="part size")
expect_equal(plan_multipart(6 * TIB, part_size=5 * GIB)["parts"], 1229, "6 TiB in 5 GiB parts: possible since Dec 2025",
             reveal=False)
_ = expect_raises(ValueError, plan_multipart, 100 * GIB, part_size=5 * MIB, what="too many 5 MiB parts", match="parts")
_ = expect_raises(ValueError, plan_multipart, 0, what="an empty object")
expect_equal(plan_multipart(50 * MIB, part_size=5 * MIB)["parts"], 10, "exactly the minimum part size", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** "Upload files larger than 100 MB faster and more reliably" → multipart upload (parallel parts,
# > retry one part). "Larger than 5 GB in a single PUT fails" → multipart is **required**. Old practice questions
# > say the largest object is 5 TiB; since December 2025 it is 10,000 parts × 5 GiB = 50,000 GiB (48.83 TiB, which
# > AWS rounds to 48.8 TiB, about 50 TB).
#
# ## 8. Request rates, prefixes and KMS
#
# S3 scales request rates **per prefix** (the part of the key before the object name, e.g. `logs/2026/11/`): at
# least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second **per partitioned prefix**, with no
# limit on the number of prefixes. Ten prefixes read in parallel give ten times the rate. S3 partitions a busy
# prefix on its own; while it does, it answers **503 Slow Down**, and the SDK retries with backoff. Random hash
# prefixes (the old advice) are no longer needed to spread load, but spreading heavy parallel traffic over several
# prefixes still raises the total rate.
#
# **SSE-KMS adds a second limit.** Each upload with SSE-KMS calls KMS `GenerateDataKey`, and each download
# calls `Decrypt`. These count against the account's **KMS request quota** for the Region, shared with every other
# KMS use, and that quota does **not** grow with prefixes. Above it, S3 requests fail with throttling. Remedies:
# **S3 Bucket Keys** (`BucketKeyEnabled`: S3 derives data keys from a bucket-level key, cutting KMS calls
# sharply), a quota increase, or SSE-S3 where a customer managed key is not required.

# %%
kms_rows = [facts.get(k) for k in ("kms.crypto_quota_rps_default", "kms.crypto_quota_rps_mid_regions",
                                   "kms.crypto_quota_rps_large_regions")]
for row in kms_rows:
    print(f"{row.value:>7,}/s [{row.source_grade}] {row.description}")
get_rate, put_rate = facts.value("s3.prefix_get_rps"), facts.value("s3.prefix_put_rps")
prefix_counts = list(range(1, 11))
fig = iam_s3_charts.request_rate_by_prefixes(
    prefix_counts, {"GET/HEAD": [n * get_rate for n in prefix_counts],
                    "PUT/COPY/POST/DELETE": [n * put_rate for n in prefix_counts]},
    ceiling=kms_rows[0].value, ceiling_label=f"KMS quota in most Regions ({kms_rows[0].value:,}/s): "
                                             "SSE-KMS traffic cannot go above it",
    source="Rates: facts s3.prefix_get_rps, s3.prefix_put_rps (repost.aws knowledge center, O, checked 2026-11). "
           "KMS quota: kms.crypto_quota_rps_default (KMS developer guide, request quotas, O, checked 2026-11).")
fig

# %% [markdown]
# ### Exercise 1.6: prefixes for a request rate, and the KMS ceiling (2 points)
#
# Write:
#
# - `prefixes_needed(get_rps, put_rps)`: the smallest number of prefixes (at least 1, an `int`) across which the
#   traffic, spread evenly, stays within one prefix's GET **and** PUT rates (`facts.value("s3.prefix_get_rps")`,
#   `facts.value("s3.prefix_put_rps")`);
# - `kms_throttled(get_rps, put_rps, kms_quota_rps)`: `True` when the objects are encrypted with SSE-KMS without
#   Bucket Keys and the KMS calls per second (one `Decrypt` per GET, one `GenerateDataKey` per PUT) are **above**
#   the quota.
#
# <details><summary>Hint</summary>
#
# GETs and PUTs have separate per-prefix limits: take the larger of the two `math.ceil` results, and at least 1.
# Prefixes do not help with KMS: the quota is per account and Region.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_prefixes", "solution": true}
def prefixes_needed(get_rps, put_rps):
    """Smallest number of prefixes (>= 1) that keeps each prefix within S3's per-prefix request rates."""
    ### BEGIN SOLUTION
    return max(1, math.ceil(get_rps / facts.value("s3.prefix_get_rps")),
               math.ceil(put_rps / facts.value("s3.prefix_put_rps")))
    ### END SOLUTION


def kms_throttled(get_rps, put_rps, kms_quota_rps):
    """True if SSE-KMS (no Bucket Key) traffic needs more KMS requests per second than the quota."""
    ### BEGIN SOLUTION
    return get_rps + put_rps > kms_quota_rps
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex6_prefixes_tests", "points": 2}
GET_RPS, PUT_RPS = facts.value("s3.prefix_get_rps"), facts.value("s3.prefix_put_rps")
with exercise("1.6 prefixes and KMS"):
    expect_equal(prefixes_needed(20_000, 0), 4, "20,000 GET/s")
    expect_equal(prefixes_needed(1_000, 8_000), 3, "8,000 PUT/s")
    expect_equal(kms_throttled(8_000, 3_000, 10_000), True, "11,000 KMS calls/s against 10,000")
    expect_equal(prefixes_needed(GET_RPS, 0), 1, "exactly one prefix's GET rate")
### BEGIN HIDDEN TESTS
expect_equal(prefixes_needed(GET_RPS + 1, 0), 2, "one GET above one prefix", reveal=False)
expect_equal(prefixes_needed(0, PUT_RPS), 1, "exactly one prefix's PUT rate", reveal=False)
expect_equal(prefixes_needed(0, 0), 1, "no traffic still needs one prefix", reveal=False)
expect_equal(prefixes_needed(5_000, 3_000), 1, "both below one prefix's limits (no adding them up)", reveal=False)
expect_equal(prefixes_needed(50_000, 1_000), 10, "reads dominate", reveal=False)
expect_equal(prefixes_needed(10.5, 7_000.5), 3, "fractional rates", reveal=False)
expect_true(type(prefixes_needed(12_000, 0)) is int, "prefixes_needed returns an int")
expect_equal(kms_throttled(9_000, 1_000, 10_000), False, "exactly at the quota is not above it", reveal=False)
expect_equal(kms_throttled(0, 10_001, 10_000), True, "uploads count too", reveal=False)
expect_equal(kms_throttled(10_001, 0, 10_000), True, "downloads count too", reveal=False)
expect_equal(kms_throttled(40_000, 40_000, 100_000), False, "a large Region's quota", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** "The application reads 30,000 objects per second and gets 503 Slow Down" → spread the keys over
# > more prefixes (and let the SDK retry). "Uploads throttle since SSE-KMS was enabled" → KMS quota: enable S3
# > Bucket Keys or request a quota increase.
#
# ### Costs: storage and requests
#
# S3 Standard is billed per GB-month stored plus per request; the prices are from third-party summaries (grade T).
# The chart prices a month of storing a number of objects of a given average size, plus one upload per object.
# For small objects the PUT requests cost more than the storage: batch small records into bigger objects.

# %%
storage_price = facts.value("s3.standard_gb_month")
put_price = facts.value("s3.put_per_1000")
object_counts = [10 ** (k / 4) for k in range(12, 33)]  # 1,000 .. 100 million objects
sizes = {"10 KB": 10_000, "1 MB": 1_000_000, "100 MB": 100_000_000}
fig = iam_s3_charts.monthly_cost_by_object_count(
    object_counts,
    {label: [n * size / 1e9 * storage_price + n / 1000 * put_price for n in object_counts] for label, size in sizes.items()},
    source="Prices: s3.standard_gb_month, s3.put_per_1000 (us-east-1, third-party summaries, T, checked 2026-11). "
           "GB = 10^9 bytes as AWS bills.")
fig

# %% [markdown]
# ## 9. Encryption at rest, and a bucket policy that enforces SSE-KMS
#
# | | SSE-S3 | SSE-KMS | DSSE-KMS | SSE-C | client-side |
# |---|---|---|---|---|---|
# | key managed by | S3 | KMS (AWS managed `aws/s3` or **customer managed** key) | KMS, two layers | you send the key with every request | you, before upload |
# | header | `AES256` | `aws:kms` (+ key id) | `aws:kms:dsse` | `x-amz-server-side-encryption-customer-*` | none |
# | why | default, free | audit in CloudTrail, key policy, rotation, separation of duties | compliance | you hold the key | S3 never sees plaintext |
#
# **SSE-C is off by default since April 2026:** S3 disables SSE-C on every new general purpose bucket (and on
# existing buckets of accounts that hold no SSE-C object), so an upload that sends customer-provided key headers is
# rejected with 403 `AccessDenied` until SSE-C is enabled explicitly in the bucket's default encryption
# configuration (`PutBucketEncryption`, `BlockedEncryptionTypes` set to `NONE`). Source: S3 user guide, "Blocking or
# unblocking SSE-C for a general purpose bucket" (O, checked 2026-11).
#
# **Default encryption since 2023:** every new object is encrypted with SSE-S3 unless the request or the bucket's
# default encryption asks for something else. In 2019 a bucket policy that denied uploads without the
# `x-amz-server-side-encryption` header was the way to avoid unencrypted objects; now there are none, so such
# policies are used to enforce **SSE-KMS with a specific key** instead. (Setting the bucket's default encryption
# to SSE-KMS encrypts objects uploaded without a header; a policy additionally rejects uploads that *ask* for
# something else, and it is what the exam asks about.)

# %%
default_enc = facts.get("s3.default_encryption_year")
print(f"Default encryption since {default_enc.value}: {default_enc.changed}. Source: {default_enc.citation}")
print("Values of ServerSideEncryption in botocore's S3 model:",
      s3.meta.service_model.operation_model("PutObject").input_shape.members["ServerSideEncryption"].enum)

# %% [markdown]
# The condition keys a bucket policy sees on `PutObject` are the request's headers:
# `s3:x-amz-server-side-encryption` (`AES256`, `aws:kms`, ...) and `s3:x-amz-server-side-encryption-aws-kms-key-id`
# (the key's ARN). A request without the header has no such key in its context.
#
# ### Exercise 1.7: a bucket policy that enforces SSE-KMS (3 points)
#
# Write `sse_kms_bucket_policy(bucket, key_arn)` returning a bucket policy (a dict, JSON-serialisable) under which,
# for a user whose identity policy allows `s3:*` on everything:
#
# - `s3:PutObject` into `bucket` succeeds **only** when the request says `aws:kms` **and** names exactly `key_arn`;
#   without the header, with `AES256`, or with another key, it is denied;
# - everything else (reads of the bucket, uploads to other buckets) is unaffected.
#
# Use `"Version": "2012-10-17"`, statements with `"Effect": "Deny"` and `"Principal": "*"`, and only the condition
# operators of exercise 1.1 (`StringNotEquals` and `Null` are the useful ones). The hidden tests evaluate your
# policy with IAM's rules; your own evaluator from 1.1 is a good way to test it first.
#
# <details><summary>Hint</summary>
#
# Object ARNs look like `arn:aws:s3:::bucket/key`, so the resource is `arn:aws:s3:::bucket/*`. A negated operator
# is true when the key is missing, so `StringNotEquals` on the encryption header also catches an upload without
# it. Two conditions in **one** statement are ANDed; you want "deny if the type is wrong **or** the key is wrong":
# that is two statements.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex7_bucket_policy", "solution": true}
def sse_kms_bucket_policy(bucket, key_arn):
    """A bucket policy denying uploads into `bucket` that do not use SSE-KMS with `key_arn`."""
    ### BEGIN SOLUTION
    objects = f"arn:aws:s3:::{bucket}/*"
    return {"Version": "2012-10-17", "Statement": [
        {"Sid": "DenyWithoutSseKms", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": objects,
         "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"}}},
        {"Sid": "DenyOtherKmsKeys", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": objects,
         "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption-aws-kms-key-id": key_arn}}},
    ]}
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex7_bucket_policy_helpers", "locked": true}
# The KMS key the checks below use.
KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"


# %% nbgrader={"grade": true, "grade_id": "ex7_bucket_policy_tests", "points": 3}
with exercise("1.7 SSE-KMS bucket policy"):
    policy = sse_kms_bucket_policy("photos", KEY)
    expect_equal(json.loads(json.dumps(policy)), policy, "the policy is plain JSON")
    expect_equal(policy.get("Version"), "2012-10-17", "policy language version")
    statements = policy["Statement"] if isinstance(policy["Statement"], list) else [policy["Statement"]]
    expect_true(all(s.get("Effect") == "Deny" and "Principal" in s for s in statements),
                "every statement is a Deny with a Principal")
    expect_true("aws:kms" in json.dumps(policy), "the policy checks for aws:kms")
    expect_true(all("arn:aws:s3:::photos" in json.dumps(s.get("Resource")) for s in statements),
                "every statement is about the photos bucket")
### BEGIN HIDDEN TESTS
def _ref_decision(policies, action, resource, context):
    def listed(v):
        return v if isinstance(v, list) else [v]

    def like(p, t, fold):
        rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in p)
        return re.fullmatch(rx, t, re.IGNORECASE if fold else 0) is not None

    def cond(op, k, vals):
        if op == "Null":
            return any((str(v).lower() == "true") == (k not in context) for v in vals)
        if op == "StringNotEquals":
            return k not in context or all(context[k] != v for v in vals)
        if k not in context:
            return False
        table = {"StringEquals": lambda v: context[k] == v, "StringLike": lambda v: like(v, context[k], False),
                 "Bool": lambda v: context[k].lower() == str(v).lower(),
                 "NumericLessThan": lambda v: float(context[k]) < float(v)}
        return any(table[op](v) for v in vals)

    found = set()
    for p in policies:
        for s in listed(p["Statement"]):
            if (any(like(a, action, True) for a in listed(s.get("Action", [])))
                    and any(like(r, resource, False) for r in listed(s.get("Resource", [])))
                    and all(cond(op, k, listed(v)) for op, block in s.get("Condition", {}).items() for k, v in block.items())):
                found.add(s["Effect"])
    return "ExplicitDeny" if "Deny" in found else "Allow" if "Allow" in found else "ImplicitDeny"


_ADMIN = {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
_ENC, _KEYID = "s3:x-amz-server-side-encryption", "s3:x-amz-server-side-encryption-aws-kms-key-id"


def _upload(pol, bucket, context, action="s3:PutObject"):
    return _ref_decision([_ADMIN, pol], action, f"arn:aws:s3:::{bucket}/2026/cat.jpg", context)


for _bucket, _key in (("photos", KEY), ("invoices-eu", "arn:aws:kms:eu-west-1:111122223333:key/other-key")):
    _pol = sse_kms_bucket_policy(_bucket, _key)
    expect_equal(_upload(_pol, _bucket, {_ENC: "aws:kms", _KEYID: _key}), "Allow",
                 "SSE-KMS with the right key is allowed", reveal=False)
    expect_equal(_upload(_pol, _bucket, {}), "ExplicitDeny", "no encryption header is denied", reveal=False)
    expect_equal(_upload(_pol, _bucket, {_ENC: "AES256"}), "ExplicitDeny", "SSE-S3 is denied", reveal=False)
    expect_equal(_upload(_pol, _bucket, {_ENC: "aws:kms", _KEYID: KEY + "-other"}), "ExplicitDeny",
                 "another KMS key is denied", reveal=False)
    expect_equal(_upload(_pol, _bucket, {_ENC: "aws:kms"}), "ExplicitDeny", "aws:kms without naming the key is denied",
                 reveal=False)
    expect_equal(_upload(_pol, _bucket, {_ENC: "AES256", _KEYID: _key}), "ExplicitDeny", "the right key with AES256",
                 reveal=False)
    expect_equal(_upload(_pol, _bucket, {}, action="s3:GetObject"), "Allow", "reads are not affected", reveal=False)
    expect_equal(_upload(_pol, "another-bucket", {}), "Allow", "other buckets are not affected", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ### Uploading with SSE-KMS from boto3
#
# With boto3 the headers are parameters of `put_object`: `ServerSideEncryption="aws:kms"`, `SSEKMSKeyId=<key ARN>`,
# and `BucketKeyEnabled=True` to use an S3 Bucket Key. The response repeats what S3 did
# (`ServerSideEncryption`, `SSEKMSKeyId`, `BucketKeyEnabled`), which is worth checking: a bucket's default settings
# or a misconfigured client can silently give you something else. The uploading role needs `kms:GenerateDataKey`
# on the key (and readers need `kms:Decrypt`), in addition to the S3 permissions.
#
# ### Exercise 1.8: put an object with SSE-KMS, checked by a Stubber (3 points)
#
# Write `upload_with_kms(client, bucket, key, body, kms_key_arn)` that:
#
# - calls `client.put_object` once with exactly `Bucket`, `Key`, `Body`, `ServerSideEncryption="aws:kms"`,
#   `SSEKMSKeyId=kms_key_arn` and `BucketKeyEnabled=True`;
# - raises `RuntimeError` if the response's `ServerSideEncryption` is not `"aws:kms"` or its `SSEKMSKeyId` is not
#   `kms_key_arn`;
# - otherwise returns the response's `ETag`.
#
# Errors from S3 (a `ClientError` such as `AccessDenied`) must reach the caller unchanged. The checks run your
# function against the notebook's real boto3 S3 client with a `Stubber` that expects these exact parameters.
#
# <details><summary>Hint</summary>
#
# `response = client.put_object(Bucket=..., Key=..., Body=..., ServerSideEncryption="aws:kms", ...)`. Use
# `response.get("SSEKMSKeyId")`: an SSE-S3 response has no key id. Do not wrap the call in `try`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex8_sse_kms_put", "solution": true}
def upload_with_kms(client, bucket, key, body, kms_key_arn):
    """PutObject with SSE-KMS and a Bucket Key; check the response; return the ETag."""
    ### BEGIN SOLUTION
    response = client.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="aws:kms",
                                 SSEKMSKeyId=kms_key_arn, BucketKeyEnabled=True)
    if response.get("ServerSideEncryption") != "aws:kms" or response.get("SSEKMSKeyId") != kms_key_arn:
        raise RuntimeError(f"S3 did not encrypt with {kms_key_arn}: {response.get('ServerSideEncryption')}, "
                           f"{response.get('SSEKMSKeyId')}")
    return response["ETag"]
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex8_sse_kms_put_helpers", "locked": true}
# The put_object call your code must make, and S3's answer.
def expected_put(bucket, key, body, key_arn):
    return {"Bucket": bucket, "Key": key, "Body": body, "ServerSideEncryption": "aws:kms", "SSEKMSKeyId": key_arn,
            "BucketKeyEnabled": True}


def kms_response(key_arn, etag='"9b2cf535f27731c974343645a3985328"', encryption="aws:kms"):
    response = {"ETag": etag, "ServerSideEncryption": encryption, "BucketKeyEnabled": True}
    if key_arn:
        response["SSEKMSKeyId"] = key_arn
    return response


# %% nbgrader={"grade": true, "grade_id": "ex8_sse_kms_put_tests", "points": 3}
with exercise("1.8 SSE-KMS upload"):
    with Stubber(s3) as stub:
        stub.add_response("put_object", kms_response(KEY), expected_put("photos", "2026/cat.jpg", b"meow", KEY))
        etag = upload_with_kms(s3, "photos", "2026/cat.jpg", b"meow", KEY)
        stub.assert_no_pending_responses()
    expect_equal(etag, '"9b2cf535f27731c974343645a3985328"', "the ETag of the stubbed upload")
    with Stubber(s3) as stub:
        stub.add_response("put_object", kms_response(None, encryption="AES256"), expected_put("photos", "b.jpg", b"x", KEY))
        _ = expect_raises(RuntimeError, upload_with_kms, s3, "photos", "b.jpg", b"x", KEY, what="S3 answered with SSE-S3")
### BEGIN HIDDEN TESTS
OTHER_KEY = "arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-1111-2222-3333-444455556666"
with Stubber(s3) as stub:
    stub.add_response("put_object", kms_response(OTHER_KEY, etag='"abc"'), expected_put("invoices", "a.pdf", b"%PDF", OTHER_KEY))
    expect_equal(upload_with_kms(s3, "invoices", "a.pdf", b"%PDF", OTHER_KEY), '"abc"', "another bucket and key",
                 reveal=False)
    stub.assert_no_pending_responses()
with Stubber(s3) as stub:
    stub.add_response("put_object", kms_response(OTHER_KEY), expected_put("photos", "c.jpg", b"x", KEY))
    _ = expect_raises(RuntimeError, upload_with_kms, s3, "photos", "c.jpg", b"x", KEY, what="S3 used another key")
with Stubber(s3) as stub:
    stub.add_client_error("put_object", service_error_code="AccessDenied", http_status_code=403,
                          expected_params=expected_put("photos", "d.jpg", b"x", KEY))
    _ = expect_raises(ClientError, upload_with_kms, s3, "photos", "d.jpg", b"x", KEY, what="AccessDenied reaches the caller")
### END HIDDEN TESTS

# %% [markdown]
# > **Exam tip.** "Enforce encryption with a specific customer managed key" → bucket policy with `StringNotEquals`
# > on `s3:x-amz-server-side-encryption-aws-kms-key-id` (and on the encryption header), or default encryption
# > with that key. "Uploads fail with AccessDenied although the S3 policy allows them" → the role lacks
# > `kms:GenerateDataKey` on the key, or the key policy does not allow it.
#
# **Presigned URLs** let someone without AWS credentials upload or download one object for a limited time: the
# URL carries a SigV4 signature made with *your* credentials, so it grants at most what you may do. boto3 builds
# them locally, without a request. The clock is frozen below, so the URL is the same on every run:

# %%
frozen = datetime.datetime(2026, 11, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
with mock.patch.object(botocore.auth, "get_current_datetime", return_value=frozen):
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "photos-example", "Key": "2026/cat.jpg"},
                                    ExpiresIn=15 * 60)
print(url.split("?")[0])
print(sorted(p.split("=")[0] for p in url.split("?")[1].split("&")))

# %% [markdown]
# ## 10. 503 errors with many versions, and CloudFront TTLs
#
# **503 Slow Down on a versioned bucket.** Every version of an object is stored under the same key. An object
# rewritten millions of times, with versioning on, piles up millions of versions under one key, and requests to
# that key can be throttled with 503 errors. Find such keys with **S3 Inventory** (or a `ListObjectVersions`
# count); fix with a **lifecycle rule** that expires noncurrent versions, and avoid rewriting one hot key.
#
# **CloudFront caching.** CloudFront keeps a copy of an object at the edge for a **TTL**, then asks the origin
# again. The cache behaviour (or cache policy) has a **minimum**, **default** and **maximum TTL**:
#
# - if the origin sends `Cache-Control: max-age` (or `s-maxage`, which wins for shared caches such as CloudFront)
#   or an `Expires` header, CloudFront uses that lifetime, **clamped** between the minimum and maximum TTL;
# - if the origin sends neither, CloudFront uses the **default TTL**;
# - `no-cache`, `no-store` or `private` without a max-age count as a lifetime of 0, so they are cached for the
#   minimum TTL (not at all when it is 0).
#
# Shorter TTLs mean fresher content and more requests to the origin. To replace content at once, either
# **invalidate** paths (first paths each month are free, then billed) or, better, publish **versioned file
# names** (`app.3f2a.js`).

# %%
ttl_min, ttl_default, ttl_max = (facts.value("cloudfront.min_ttl_default_seconds"),
                                 facts.value("cloudfront.default_ttl_seconds"),
                                 facts.value("cloudfront.max_ttl_default_seconds"))
examples = {"no header": None, "max-age=60": 60, "s-maxage=600, max-age=60": 600, "max-age=10 years": 315_360_000}
for header, lifetime in examples.items():
    ttl = ttl_default if lifetime is None else min(max(lifetime, ttl_min), ttl_max)
    print(f"{header:>26} -> cached {ttl:>10,} s")
print(f"(default settings: minimum {ttl_min} s, default {ttl_default:,} s, maximum {ttl_max:,} s;",
      facts.get("cloudfront.default_ttl_seconds").citation + ")")

# %% [markdown]
# > **Exam tip.** "Users see an old version after a deployment" → invalidate, or better, versioned object names.
# > "Cache objects longer at the edge without changing the origin" → raise the **minimum TTL**; "let the origin
# > decide" → send `Cache-Control: max-age` (or `Expires`) from the origin, within the min/max TTL.
#
# ## 11. Written question: photo uploads from a mobile app (3 points, graded by hand)
#
# A mobile app lets signed-in users upload photos (up to 2 GB each) to an S3 bucket and view only their own
# photos. Security requires that every photo is encrypted with the company's customer managed KMS key, and that no
# AWS access keys are shipped in the app.
#
# Describe the design: how users sign in and get AWS credentials (name the Cognito pieces and the token exchange),
# how the IAM policy keeps each user in their own part of the bucket, how uploads of large photos are done, and
# how the encryption requirement is enforced. Name one thing that can go wrong at scale (throttling, errors) and
# how you would prevent it. About 150–250 words.

# %% [markdown] nbgrader={"grade": true, "grade_id": "written_mobile_uploads", "solution": true, "points": 3}
# ### BEGIN SOLUTION
# **Model answer.** Users sign up and sign in with a **Cognito user pool**, which returns JWTs (ID, access and
# refresh tokens). The app passes the ID token in `Logins` to a **Cognito identity pool** (`GetId`,
# `GetCredentialsForIdentity`); Cognito validates it and returns **temporary credentials** for the pool's
# authenticated IAM role (STS under the hood). No long-term keys are in the app, and credentials expire.
#
# The authenticated role allows `s3:PutObject` and `s3:GetObject` only on
# `arn:aws:s3:::photos/${cognito-identity.amazonaws.com:sub}/*` (and `s3:ListBucket` with an `s3:prefix` condition on
# the same prefix), so each user reaches only their own prefix, plus `kms:GenerateDataKey`/`kms:Decrypt` on the key.
#
# Photos up to 2 GB are uploaded with **multipart upload** (parts of e.g. 8–16 MB, in parallel, retried one by one;
# the SDK's transfer manager does it), with a lifecycle rule aborting incomplete uploads.
#
# Encryption: bucket default encryption with the customer managed key, and a **bucket policy** denying `PutObject`
# when `s3:x-amz-server-side-encryption` is not `aws:kms` or the key id is not that key. (Alternative accepted:
# presigned URLs generated by a backend that sets the SSE-KMS headers.)
#
# At scale: every SSE-KMS upload and download calls KMS, whose request quota can throttle: enable **S3 Bucket
# Keys** (or request a quota increase). Per-user prefixes also spread the S3 request rate; 503 Slow Down is retried
# with backoff by the SDK.
#
# **Marking guide (3 points):** 1 point for user pool → identity pool → temporary credentials for an IAM role
# (no keys in the app); 1 point for a least-privilege policy using the identity variable and for multipart upload;
# 1 point for enforcing SSE-KMS (bucket policy or default encryption with the key, KMS permissions) and a sensible
# scale problem with its fix (KMS quota/Bucket Keys, or prefixes/503 retries).
# ### END SOLUTION

# %% [markdown]
# ## Summary
#
# - **Policies:** AWS managed (read-only, copy to change), customer managed (reusable, versioned, recommended),
#   inline (one identity only). Evaluation: explicit deny > allow > implicit deny; negated condition operators are
#   true when the key is missing.
# - **STS:** `AssumeRole` gives temporary credentials; 15 minutes to the role's maximum (1–12 h, default 1 h);
#   role chaining caps at 1 h. CloudTrail records STS calls. `decode-authorization-message` explains an encoded
#   denial; `simulate-custom-policy` tests policies with supplied context keys.
# - **Cognito:** user pools authenticate and issue JWTs; identity pools trade tokens for AWS credentials (guests
#   too). Check a JWT's signature first, then `exp`, `iss`, `token_use` and `aud`/`client_id`.
# - **ECS:** task role for your code, task execution role for ECS; awsvpc gives each task its own security group.
# - **S3 websites:** HTTP only, public objects, two endpoint forms (`s3-website-Region` and `s3-website.Region`).
# - **Multipart:** 5 MiB–5 GiB parts, 10,000 parts, objects up to 50,000 GiB (48.83 TiB) since Dec 2025 (5 TiB before).
# - **Rates:** 3,500 writes and 5,500 reads per second per prefix; SSE-KMS also counts against the KMS quota
#   (Bucket Keys help). 503 with millions of versions: expire noncurrent versions.
# - **Encryption:** SSE-S3 by default since 2023; enforce SSE-KMS with a bucket policy on the encryption headers.
# - **CloudFront:** origin headers, clamped between min and max TTL; default TTL one day without headers.
#
# ### Exam tips recap
#
# 1. An explicit deny anywhere wins; look for it when "the user has permission but is denied".
# 2. Roles and temporary credentials, never access keys on instances, in containers or in apps.
# 3. User pool = sign-in and JWTs; identity pool = AWS credentials.
# 4. ECS task role vs task execution role.
# 5. Larger than 5 GB in one request → multipart is mandatory; above 100 MB → recommended.
# 6. 503 Slow Down → more prefixes (and retries); throttling after enabling SSE-KMS → KMS quota, Bucket Keys.
#
# [← Course overview](../../README.md) ·
# [Week 2: serverless →](../week2_serverless/week2_serverless.ipynb)
