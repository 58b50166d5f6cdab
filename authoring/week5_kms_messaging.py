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
# # Week 5: KMS and the messaging services (SQS, SNS, SES, Kinesis)
#
# [← Week 4: DynamoDB](../week4_dynamodb/week4_dynamodb.ipynb) ·
# [Week 6: developer theory →](../week6_developer_theory/week6_developer_theory.ipynb)
#
# Two families of services meet this week. **KMS** is how AWS services and your own code encrypt data with keys
# you never see; the exam asks about envelope encryption, data keys, rotation and who may use a key. The
# **messaging** services decouple the parts of an application: a queue (SQS) holds work until a consumer is
# ready, a topic (SNS) pushes one message to many subscribers, SES sends and receives email, and a stream
# (Kinesis) keeps an ordered, replayable log that several consumers read at their own pace. Exam questions here
# are mostly "which service, which setting": standard or FIFO, which visibility timeout, why messages are
# processed twice, how many shards, how to cut the bill. As last week, the notebook builds those skills with small
# pieces of Python, and uses boto3 itself wherever it works without an AWS account.
#
# **Learning goals.** After this notebook you can:
#
# 1. explain KMS keys (customer managed, AWS managed, AWS owned), key material origins, key policies, regional and
#    multi-Region keys, and what rotation and deletion do;
# 2. encrypt with a data key (envelope encryption) using `GenerateDataKey` and `Decrypt`, and say when
#    `Encrypt`, `ReEncrypt` or `GenerateDataKeyWithoutPlaintext` is the right call;
# 3. choose between SQS standard and FIFO queues, and size visibility timeouts, retention, delays, long polling and
#    dead-letter queues;
# 4. use FIFO deduplication and message groups correctly;
# 5. design SNS fan-out with filter policies, and estimate SQS and SNS bills;
# 6. size a Kinesis data stream in shards, predict which shard a partition key lands on, and pick between Data
#    Streams, Amazon Data Firehose and SQS.
#
# **Exam domains served (DVA-C02).**
#
# | Domain | Task statement | Here |
# |---|---|---|
# | 1 Development with AWS Services | **T1 Develop code**: messaging, streaming, fan-out, dead-letter queues, idempotency | sections 4–12, exercises 5.3–5.9 |
# | 2 Security | **T2 Encryption**: at rest and in transit, key rotation, client-side vs server-side, AWS managed vs customer managed KMS keys, cross-account use | sections 1–3, exercises 5.1–5.2 |
# | 4 Troubleshooting and Optimization | T3 Optimize: SQS and SNS, subscription filter policies | long polling, 5.6, 5.7 |
# | 4 Troubleshooting and Optimization | T1 Root-cause analysis: SDK exceptions, throttling | KMS quotas, Kinesis throughput |
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

import hashlib
import json
import math
import operator

import boto3
import pandas as pd
from botocore.stub import Stubber
from botocore.validate import ParamValidator

from course.charts import kms_messaging as messaging_charts

# One low-level client per service for the whole notebook. Calls only work inside a Stubber.
kms = boto3.client("kms", region_name="us-east-1")
sqs = boto3.client("sqs", region_name="us-east-1")
sns = boto3.client("sns", region_name="us-east-1")
kinesis = boto3.client("kinesis", region_name="us-east-1")
WEEK_SERVICES = ("KMS", "SQS", "SNS", "Kinesis")

# %% [markdown]
# ## 1. KMS: keys, key material, Regions and permissions
#
# AWS Key Management Service (KMS) creates and guards cryptographic keys and performs operations with them. The
# point of KMS is that the key material never leaves it in plain form: you send data (or a data key) to KMS and
# get back ciphertext, and every use is an API call that IAM can allow or deny and CloudTrail records. KMS runs on
# hardware security modules that AWS operates and shares between customers. When a rule or a regulation demands
# single-tenant HSMs that you control yourself, or key material you can export, the answer is **CloudHSM**, not
# KMS.
#
# Most AWS services that store data encrypt it with KMS keys: EBS, S3, RDS, Redshift, DynamoDB, SQS, SNS, Lambda
# environment variables, Secrets Manager and many more. The 2019 notes file KMS under IAM, where the old console
# showed encryption keys; today KMS has its own console, and access is decided by key policies together with IAM.
#
# **Kinds of KMS keys** (the 2019 notes call them *customer master keys*, CMKs; AWS now says *KMS keys*):
#
# | | customer managed key | AWS managed key | AWS owned key |
# |---|---|---|---|
# | created by | you | a service on your behalf (`aws/s3`, `aws/sqs`, ...) | the service, in its own account |
# | visible in your account | yes | yes | no |
# | key policy | yours to write | fixed by AWS | not visible |
# | rotation | optional automatic (period you choose) and on demand | every year, automatic | the service decides |
# | cost | a monthly fee per key plus requests | requests only | free |
#
# A key has **metadata** (key id and ARN, aliases such as `alias/orders`, description, creation date, state:
# enabled, disabled, pending deletion...) and **key material**. The material's **origin** is chosen at creation:
# generated by KMS (`AWS_KMS`, the default), **imported** by you (`EXTERNAL`), or kept in a custom key store
# (CloudHSM or an external key manager). With imported material you are responsible for keeping a copy, you
# may give it an expiry date, and you can delete it from KMS, which makes the key unusable until you import the
# same material again.
#
# **Keys are regional.** A key lives in one Region and encrypts and decrypts there only; ciphertext produced
# with it cannot be decrypted in another Region with another key. **Multi-Region keys** (a newer feature) are
# copies that share key id and material across Regions, so data encrypted in one Region can be decrypted in
# another; they are still separate resources, each with its own policy.
#
# **Who may do what.** Every KMS key has exactly one **key policy**, a resource policy that is the starting point
# of all access: IAM policies only take effect for a key if its key policy lets the account's IAM decide
# (the default policy's statement for the account root does this). Policies separate **key administrators**
# (manage the key: describe, enable/disable, rotate, schedule deletion, edit the policy) from **key users**
# (use it: `Encrypt`, `Decrypt`, `ReEncrypt*`, `GenerateDataKey*`). Other AWS accounts can be allowed in the key
# policy, which is how cross-account encryption works (the other account then also needs IAM permission). **Grants**
# give temporary, narrow use of a key to a principal, typically an AWS service acting for you.
#
# > **Exam tip.** "Encrypt data at rest, and be able to audit and disable the key" means a **customer managed**
# > KMS key. "Single-tenant HSMs under our exclusive control, or keys we must be able to export" means
# > **CloudHSM**. "An EBS
# > snapshot encrypted in us-east-1 must be copied to eu-west-1" means re-encryption with a key in the target
# > Region (or a multi-Region key).
#
# The KMS rows of the course's fact tables, with their sources:

# %%
fact_table(service="KMS")

# %% [markdown]
# `source_grade` says how sure we are: **O** an official AWS page (the API reference shipped inside botocore counts
# as one), **T** a third-party page, **U** no source was found (the request quotas are such rows: likely, not
# certain).
#
# ### What changed since the 2019 notes
# This course started from a learner's notes written in 2019. Several figures of this week's services have moved
# since. The table is built from the fact rows, so it always shows the values the course uses:

# %%
changed_table(service=WEEK_SERVICES)

# %% [markdown]
# Three more changes have no single number, so they are not rows of the table:
#
# - **SNS text messages (SMS)** are no longer one flat price (the notes: $0.75 per 100 messages); the price now
#   depends on the destination country (third-party pricing summary, 2026, T).
# - **Kinesis Data Firehose** is now called **Amazon Data Firehose** (AWS CLI reference, O).
# - **Kinesis Data Analytics for SQL** is retired: no new applications from 15 October 2025, existing ones deleted
#   from 27 January 2026; AWS points to **Managed Service for Apache Flink** (Kinesis Analytics API reference, O).
#
# ## 2. Encrypting with KMS: Encrypt, Decrypt, ReEncrypt and envelope encryption
#
# The basic calls work on small data:
#
# - `Encrypt(KeyId, Plaintext)` returns a `CiphertextBlob`. The plaintext may be at most a few kilobytes (fact
#   below): enough for a password or a data key, not for a file.
# - `Decrypt(CiphertextBlob)` returns the plaintext. For symmetric keys the blob itself records which key was used,
#   so `KeyId` is optional, but passing it is the recommended practice (KMS then refuses a blob made with another
#   key).
# - `ReEncrypt(CiphertextBlob, DestinationKeyId)` decrypts and encrypts again **inside KMS**, so the plaintext is
#   never exposed to the caller, for example to move data to a new key or to a key in another account.
# - An **encryption context** is a map of non-secret key-value pairs (`{"order_id": "42"}`) bound to the
#   ciphertext: decryption must pass exactly the same map, and it appears in CloudTrail. It is a cheap way to
#   stop a ciphertext from being used out of its context.
#
# The CLI forms of the notes map one to one: `aws kms encrypt --key-id ... --plaintext ...`, `aws kms decrypt
# --ciphertext-blob ...`, `aws kms re-encrypt --ciphertext-blob ... --destination-key-id ...`. botocore knows the
# size limit of `Encrypt` from AWS's own API model, and it agrees with our fact row:

# %%
encrypt_shape = kms.meta.service_model.operation_model("Encrypt").input_shape.members["Plaintext"]
print(f"Encrypt takes at most {encrypt_shape.metadata['max']:,} bytes of plaintext (botocore's API model); "
      f"fact kms.encrypt_max_bytes = {facts.value('kms.encrypt_max_bytes'):,} ({facts.get('kms.encrypt_max_bytes').citation})")
print("Outputs of GenerateDataKey:", list(kms.meta.service_model.operation_model("GenerateDataKey").output_shape.members)[:3])
print("Outputs of GenerateDataKeyWithoutPlaintext:",
      list(kms.meta.service_model.operation_model("GenerateDataKeyWithoutPlaintext").output_shape.members)[:2])

# %% [markdown]
# **Envelope encryption** is how anything bigger is encrypted, by S3, EBS, DynamoDB, the Encryption SDK and your
# own code:
#
# 1. Call `GenerateDataKey(KeyId, KeySpec="AES_256")`. KMS returns the data key twice: in **plaintext** and
#    **encrypted** under your KMS key (`CiphertextBlob`).
# 2. Encrypt the data locally with the plaintext data key (AES-GCM in real code), then **erase the plaintext key**
#    from memory.
# 3. Store the encrypted data key **next to** the ciphertext (the "envelope").
# 4. To decrypt: send the encrypted data key to `Decrypt`, get the plaintext data key back, decrypt locally.
#
# The KMS key never leaves KMS; only a small data key travels, once per object, so large data costs one KMS call,
# not one per 4 KB. The 2019 notes call the data key the *envelope key*; the names differ, the idea is the same.
# `GenerateDataKeyWithoutPlaintext` returns **only** the encrypted data key: useful when the component that creates
# the key is not the one that will encrypt (it stores the encrypted key; the encrypting component later calls
# `Decrypt` on it when it needs the key).
#
# KMS calls are throttled by a shared per-account, per-Region quota for cryptographic operations (`Encrypt`,
# `Decrypt`, `GenerateDataKey`, ...): 10,000 requests per second by default, 20,000 in six busier Regions and
# 100,000 in us-east-1, us-west-2 and eu-west-1 (the fact rows below; the last one is graded U). Envelope encryption with **data key caching** (the Encryption SDK), or
# S3 Bucket Keys for SSE-KMS, reduce the number of calls; a `ThrottlingException` from KMS is retried with backoff
# like any other.

# %%
fact_table(["kms.crypto_quota_rps_default", "kms.crypto_quota_rps_mid_regions", "kms.crypto_quota_rps_large_regions"])

# %% [markdown]
# > **Exam tip.** "Encrypt a 2 MB file with KMS" means `GenerateDataKey` plus local encryption, never `Encrypt`
# > (too large). "Decrypt fails with `InvalidCiphertextException`" often means a different encryption context, or a
# > blob made with another key. "Many encryptions per second hit KMS throttling" means data key caching or a
# > quota increase.
#
# ### Exercise 5.1: a teaching toy cipher (2 points)
#
# To see envelope encryption work end to end without real cryptography libraries, we use a **toy** stream cipher.
# **It is NOT secure and must never protect real data** (it has no integrity check and no nonce, so reusing a key
# leaks information); real code uses AES-GCM through the AWS Encryption SDK or a vetted library.
#
# Write `toy_cipher(key, data)` (both `bytes`) that returns `data` XOR a **keystream**:
#
# - block `i` (i = 0, 1, 2, ...) of the keystream is `hashlib.sha256(key + i.to_bytes(8, "big")).digest()`
#   (32 bytes each); the keystream is the blocks one after another, cut to `len(data)` bytes;
# - byte `j` of the result is `data[j] ^ keystream[j]`; the result is `bytes` of the same length as `data`
#   (empty data gives `b""`);
# - an empty `key` raises `ValueError`.
#
# Applying the function twice with the same key gives the data back: encryption and decryption are the same call.
#
# <details><summary>Hint</summary>
#
# Build enough blocks: `len(data) // 32 + 1` of them is always enough. `bytes(a ^ b for a, b in zip(data,
# stream))` XORs two byte strings. `zip` stops at the shorter one, so a keystream of a single block would silently
# cut long data short.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex1_toy_cipher", "solution": true}
def toy_cipher(key, data):
    """TEACHING TOY, NOT SECURE: data XOR a SHA-256 counter keystream. The same call encrypts and decrypts."""
    ### BEGIN SOLUTION
    if not key:
        raise ValueError("the key must not be empty")
    blocks = len(data) // 32 + 1
    stream = b"".join(hashlib.sha256(key + i.to_bytes(8, "big")).digest() for i in range(blocks))
    return bytes(a ^ b for a, b in zip(data, stream))
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex1_toy_cipher_tests", "points": 2}
with exercise("5.1 toy cipher"):
    expect_equal(toy_cipher(b"course-demo-key", b"attack at dawn"), bytes.fromhex("03b6b96390ca49fa73baf78bb4e8"),
                 "a 14-byte message")
    expect_equal(toy_cipher(b"course-demo-key", toy_cipher(b"course-demo-key", b"hello")), b"hello",
                 "applying it twice gives the data back")
    _ = expect_raises(ValueError, toy_cipher, b"", b"data", what="an empty key")
### BEGIN HIDDEN TESTS
def _reference_stream(key, length):
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(key + counter.to_bytes(8, "big")).digest()
        counter += 1
    return out[:length]


long_message = bytes(range(256)) * 2 + b"tail"
secret = b"k" * 32
expect_equal(toy_cipher(secret, long_message), bytes(a ^ b for a, b in zip(long_message, _reference_stream(secret, 516))),
             "a message longer than one keystream block", reveal=False)
expect_equal(len(toy_cipher(secret, long_message)), len(long_message), "same length as the data", reveal=False)
expect_equal(toy_cipher(secret, toy_cipher(secret, long_message)), long_message, "round trip of a long message",
             reveal=False)
expect_equal(toy_cipher(b"x", b""), b"", "empty data", reveal=False)
expect_equal(toy_cipher(b"x", bytes(32)), _reference_stream(b"x", 32), "exactly one block", reveal=False)
expect_equal(toy_cipher(b"x", bytes(33)), _reference_stream(b"x", 33), "one byte into the second block", reveal=False)
assert toy_cipher(b"key-one", bytes(40)) != toy_cipher(b"key-two", bytes(40)), "different keys give different output"
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 5.2: envelope encryption with real KMS calls (3 points)
#
# Now wire the toy cipher to KMS. Write two functions that take a boto3 KMS **client** (the checks pass the
# notebook's `kms` client inside a `Stubber`, which checks every call against AWS's API model and against the
# exact parameters expected):
#
# - `envelope_encrypt(kms_client, key_id, plaintext, context)`: call `generate_data_key` with `KeyId=key_id`,
#   `KeySpec="AES_256"` and `EncryptionContext=context`; encrypt `plaintext` (bytes) with `toy_cipher` and the
#   **plaintext** data key; return the envelope `{"key_id": ..., "encrypted_key": ..., "ciphertext": ...}` where
#   `key_id` is the key ARN that KMS **returned** (`KeyId` of the response, even when you passed an alias) and
#   `encrypted_key` is the response's `CiphertextBlob`. The envelope must hold nothing else: never store the
#   plaintext data key.
# - `envelope_decrypt(kms_client, envelope, context)`: call `decrypt` with `CiphertextBlob` (the encrypted data
#   key), `KeyId` (the envelope's `key_id`) and `EncryptionContext=context`, then decrypt the ciphertext locally
#   with the returned `Plaintext` data key and return the plaintext bytes.
#
# <details><summary>Hint</summary>
#
# `response = kms_client.generate_data_key(KeyId=..., KeySpec="AES_256", EncryptionContext=context)` gives
# `response["Plaintext"]`, `response["CiphertextBlob"]` and `response["KeyId"]`. The data itself never goes to KMS:
# there is no `encrypt` call in this exercise.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex2_envelope", "solution": true}
def envelope_encrypt(kms_client, key_id, plaintext, context):
    """Encrypt `plaintext` under a fresh data key; return {"key_id", "encrypted_key", "ciphertext"}."""
    ### BEGIN SOLUTION
    response = kms_client.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext=context)
    return {"key_id": response["KeyId"], "encrypted_key": response["CiphertextBlob"],
            "ciphertext": toy_cipher(response["Plaintext"], plaintext)}
    ### END SOLUTION


def envelope_decrypt(kms_client, envelope, context):
    """Decrypt an envelope made by envelope_encrypt."""
    ### BEGIN SOLUTION
    response = kms_client.decrypt(CiphertextBlob=envelope["encrypted_key"], KeyId=envelope["key_id"],
                                  EncryptionContext=context)
    return toy_cipher(response["Plaintext"], envelope["ciphertext"])
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex2_envelope_helpers", "locked": true}
# The KMS calls your code must make (stub_data_key, stub_decrypt) and the data the checks below use.
KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
DATA_KEY = hashlib.sha256(b"a data key for the checks").digest()  # 32 bytes, what KMS would generate
BLOB = b"\x01\x02\x03encrypted-data-key-blob" + bytes(range(40))


def stub_data_key(stub, key_id, context, data_key=DATA_KEY, blob=BLOB):
    stub.add_response("generate_data_key", {"CiphertextBlob": blob, "Plaintext": data_key, "KeyId": KEY_ARN},
                      {"KeyId": key_id, "KeySpec": "AES_256", "EncryptionContext": context})


def stub_decrypt(stub, context, data_key=DATA_KEY, blob=BLOB):
    stub.add_response("decrypt", {"KeyId": KEY_ARN, "Plaintext": data_key},
                      {"CiphertextBlob": blob, "KeyId": KEY_ARN, "EncryptionContext": context})
order = b"order 42: 3 x widget, ship to Lyon"


# %% nbgrader={"grade": true, "grade_id": "ex2_envelope_tests", "points": 3}
with exercise("5.2 envelope encryption"):
    context = {"order_id": "42"}
    with Stubber(kms) as stub:
        stub_data_key(stub, KEY_ARN, context)
        envelope = envelope_encrypt(kms, KEY_ARN, order, context)
        stub.assert_no_pending_responses()
    expect_equal(envelope["encrypted_key"], BLOB, "the envelope keeps the encrypted data key")
    expect_equal(envelope["ciphertext"], toy_cipher(DATA_KEY, order), "data encrypted locally with the data key")
    with Stubber(kms) as stub:
        stub_decrypt(stub, context)
        expect_equal(envelope_decrypt(kms, envelope, context), order, "decrypting the envelope")
        stub.assert_no_pending_responses()
    expect_equal(set(envelope), {"key_id", "encrypted_key", "ciphertext"}, "exactly three entries in the envelope")
### BEGIN HIDDEN TESTS
other_key = hashlib.sha256(b"another data key").digest()
other_blob = b"\x09another-blob" + bytes(20)
big = bytes(range(256)) * 40  # 10 KB: too big for Encrypt, fine for envelope encryption
ctx = {"tenant": "acme", "purpose": "invoice"}
with Stubber(kms) as stub:
    stub_data_key(stub, "alias/invoices", ctx, other_key, other_blob)
    env2 = envelope_encrypt(kms, "alias/invoices", big, ctx)
    stub.assert_no_pending_responses()
expect_equal(env2["key_id"], KEY_ARN, "the key ARN returned by KMS, not the alias", reveal=False)
assert all(other_key not in (v if isinstance(v, bytes) else str(v).encode()) for v in env2.values()), \
    "the plaintext data key must not be stored in the envelope"
expect_equal(env2["ciphertext"], toy_cipher(other_key, big), "a 10 KB document", reveal=False)
with Stubber(kms) as stub:
    stub_decrypt(stub, ctx, other_key, other_blob)
    expect_equal(envelope_decrypt(kms, env2, ctx), big, "round trip of the 10 KB document", reveal=False)
    stub.assert_no_pending_responses()
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Rotation, deletion and what they cost
#
# **Rotation** gives a key new key material while keeping its id, ARN, aliases and policy. KMS keeps every older
# material version, so anything encrypted before a rotation still decrypts, transparently; new encryptions use the
# newest material. Rotation does **not** re-encrypt existing data.
#
# - The 2019 notes knew only "once a year". Today automatic rotation of a customer managed key takes a
#   **`RotationPeriodInDays`** (default, minimum and maximum in the table below), and `RotateKeyOnDemand` rotates
#   immediately, a limited number of times per key.
# - AWS managed keys rotate every year, automatically; you cannot change that.
# - **Imported key material** cannot rotate automatically. You rotate it by hand: create a new key (or import new
#   material and rotate on demand) and move the alias. Aliases are the reason rotating by hand works: code uses
#   `alias/orders`, and you re-point the alias to the new key.
#
# **Deletion** is irreversible and makes every ciphertext of the key unreadable, so KMS forces a waiting period:
# `ScheduleKeyDeletion` puts the key in *pending deletion* for 7 to 30 days (default 30), during which it cannot
# be used and `CancelKeyDeletion` can save it. A CloudWatch alarm on attempts to use a key pending deletion is the
# classic safety net. **Disabling** a key is the reversible alternative. The notes disable a key before
# scheduling its deletion: KMS does not require it, but it is a sensible test (disable, watch CloudTrail and
# alarms for failures, then schedule the deletion). A botocore trap worth knowing: the API
# model accepts `PendingWindowInDays` values the service refuses; the documented range is what counts.

# %%
rotation = kms.meta.service_model.operation_model("EnableKeyRotation").input_shape.members["RotationPeriodInDays"]
deletion = kms.meta.service_model.operation_model("ScheduleKeyDeletion").input_shape.members["PendingWindowInDays"]
print(f"RotationPeriodInDays: botocore model {rotation.metadata}, facts "
      f"{facts.value('kms.rotation_period_min_days')}..{facts.value('kms.rotation_period_max_days')}, "
      f"default {facts.value('kms.rotation_period_default_days')}")
print(f"PendingWindowInDays: botocore model {deletion.metadata} but the service takes "
      f"{facts.value('kms.deletion_window_min_days')}..{facts.value('kms.deletion_window_max_days')} "
      f"(default {facts.value('kms.deletion_window_default_days')})")
request = {"KeyId": "alias/orders", "RotationPeriodInDays": 180}
report = ParamValidator().validate(request, kms.meta.service_model.operation_model("EnableKeyRotation").input_shape)
print("EnableKeyRotation", request, "valid for botocore:", not report.has_errors())
print(f"On-demand rotations per key: {facts.value('kms.on_demand_rotations_max')}")

# %% [markdown]
# **Prices** (us-east-1): a monthly fee per customer managed key, and a price per 10,000 requests beyond a free
# monthly allowance (rows below). Each automatic rotation adds a key version that is billed like a key, but since
# 2024 only the first two rotations are charged (third-party pricing summary, T).

# %%
fact_table(service="KMS", table="prices")

# %% [markdown]
# > **Exam tip.** "Rotate yearly, with no code change" means automatic rotation of a customer managed key (or an
# > AWS managed key). "The key uses imported material and must rotate" means manual rotation with an alias. "A key
# > was scheduled for deletion by mistake yesterday" means `CancelKeyDeletion`: the waiting period (at least 7 days)
# > counts from the day the deletion was scheduled, so a key scheduled yesterday with the minimum window is still
# > pending for about six more days (thirty days by default).
#
# ## 4. SQS: queues that decouple producers and consumers
#
# Amazon SQS (one of the oldest AWS services) is a managed queue reached through a web API. Producers send
# messages; consumers **poll** for them (SQS never pushes: for push, use SNS or a Lambda event source mapping,
# which polls for you). A queue absorbs bursts: when producers are faster than consumers, messages wait, and the
# queue length (`ApproximateNumberOfMessagesVisible`, or the backlog per instance) is a good metric to scale the
# consumers on.
#
# A message body is text (JSON, XML, anything) up to the size limit below, plus typed **message attributes**
# (metadata outside the body). Bigger payloads go to S3 with a pointer in the message (the Extended Client Library
# does it). A JMS-compatible client library exists for Java applications.
#
# | | Standard queue | FIFO queue (name ends in `.fifo`) |
# |---|---|---|
# | delivery | **at least once**: a message can arrive twice | **exactly-once processing** within the deduplication interval |
# | order | best effort: may arrive out of order | first in, first out **within a message group** |
# | throughput | nearly unlimited | per-API-action quota, ×10 with batches of 10; high-throughput mode far more |
# | use when | throughput matters, consumers are idempotent | order or no duplicates matter (payments, commands) |
#
# The SQS rows of the fact table:

# %%
fact_table(service="SQS", table="facts")

# %% [markdown]
# - **Retention**: a message is deleted after the retention period if nobody deletes it first (minimum one minute,
#   default 4 days, maximum 14 days).
# - **Delay queues**: a queue-level `DelaySeconds` hides every new message for up to 15 minutes; a standard queue
#   can also delay single messages (message timers). FIFO queues only support the queue-level delay.
# - **Batching**: `SendMessageBatch`, `ReceiveMessage(MaxNumberOfMessages=...)` and `DeleteMessageBatch` handle up
#   to 10 messages per call: fewer requests, lower cost.
# - **Encryption**: SSE-SQS (SQS-owned keys) or SSE-KMS with a KMS key of your choice; producers then need
#   `kms:GenerateDataKey` and consumers `kms:Decrypt` on that key.
#
# FIFO throughput in numbers (the high-throughput figure depends on the Region):

# %%
fifo_tps = facts.value("sqs.fifo_api_tps")
batch = facts.value("sqs.batch_max_messages")
print(f"FIFO, default mode: {fifo_tps} calls/s per API action -> {fifo_tps * batch:,} messages/s with batches of {batch}")
high = facts.get("sqs.fifo_high_throughput_tps")
print(f"FIFO, high-throughput mode: up to {high.value:,} calls/s ({high.description}); "
      f"{high.value * batch:,} messages/s with full batches (derived arithmetic)")
print(f"2019 notes: {facts.get('sqs.fifo_api_tps').value_in_2019_notes} per second, batching and high throughput not mentioned")

# %% [markdown]
# ## 5. Visibility timeout, receive counts and dead-letter queues
#
# Receiving a message does not remove it. SQS hides it for the **visibility timeout** (default 30 s, up to 12 h)
# and hands the consumer a **receipt handle**. If the consumer calls `DeleteMessage` with that handle in time, the
# message is gone. If not (the consumer crashed, or was too slow), the message becomes **visible again** and
# another receive gets it: its **receive count** goes up. This is why standard queues deliver at least once, and
# why consumers must be idempotent.
#
# - Set the visibility timeout above the processing time (for a Lambda consumer, AWS's Lambda guide advises about
#   six times the function timeout; not re-checked for this course, U). A consumer that needs more time calls
#   `ChangeMessageVisibility` to extend it.
# - Too short a timeout shows up as the same message processed twice, and as a rising receive count.
#
# A **dead-letter queue (DLQ)** catches messages that keep failing (a *poison pill*). The source queue's
# **redrive policy** names the DLQ and a `maxReceiveCount`: when a message's receive count would go **above** that
# number, SQS moves it to the DLQ instead of delivering it again. The DLQ must be of the same type (FIFO for a
# FIFO queue) and in the same account and Region; give it a longer retention than the source queue, because for a
# standard queue the original enqueue time is kept. **DLQ redrive** (`StartMessageMoveTask`, or the console's
# "start DLQ redrive") moves messages back to the source queue once the bug is fixed.
#
# > **Exam tip.** "Messages are processed more than once" → the visibility timeout is shorter than the processing
# > time (or the consumer does not delete). "A malformed message blocks the consumer, retried forever" → a DLQ
# > with a `maxReceiveCount`. SNS, Lambda (asynchronous invocations) and EventBridge have their own DLQ settings.
#
# ### Exercise 5.3: replay a queue with a redrive policy (3 points)
#
# Write `simulate_queue(message_ids, polls, visibility_timeout, max_receive_count)` for a simplified standard queue:
#
# - every message of `message_ids` is sent at time 0, in that order; each has a receive count, initially 0;
# - `polls` is a list of `(time, outcome)` in time order. Each poll takes the **first message in send order that is
#   visible** at `time` (a message received at `t` is hidden while `time < t + visibility_timeout`, and visible
#   again from `t + visibility_timeout` on);
# - redrive: if that message's receive count already equals `max_receive_count`, it is **moved to the DLQ** (not
#   delivered, count unchanged), and the same poll goes on to the next visible message;
# - otherwise the message is delivered: its count goes up by one. With outcome `"ok"` the consumer deletes it
#   (processed); with `"fail"` it stays in the queue, hidden until its visibility timeout ends;
# - a poll that finds no visible message receives nothing.
#
# Return `{"processed": [...], "dead_letter": [...], "remaining": [...], "receive_counts": {id: count}}`: ids in
# the order they were processed or moved, the ids neither processed nor moved in send order, and the count of
# every message.
#
# <details><summary>Hint</summary>
#
# Keep for each message its count and the time it becomes visible again (0 at the start). For each poll, walk the
# messages still in the queue in send order; skip hidden ones; move over-limit ones to the DLQ and keep walking;
# deliver the first other one and stop. A message received at 0 with a 30 s timeout is visible again at 30.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex3_visibility_dlq", "solution": true}
def simulate_queue(message_ids, polls, visibility_timeout, max_receive_count):
    """Replay polls on a standard queue with a redrive policy; see the task for the rules."""
    ### BEGIN SOLUTION
    visible_at = {mid: 0 for mid in message_ids}  # messages still in the queue, in send order
    counts = {mid: 0 for mid in message_ids}
    processed, dead_letter = [], []
    for time, outcome in polls:
        for mid in list(visible_at):
            if time < visible_at[mid]:
                continue
            if counts[mid] >= max_receive_count:
                dead_letter.append(mid)
                del visible_at[mid]
                continue
            counts[mid] += 1
            visible_at[mid] = time + visibility_timeout
            if outcome == "ok":
                processed.append(mid)
                del visible_at[mid]
            break
    return {"processed": processed, "dead_letter": dead_letter, "remaining": list(visible_at),
            "receive_counts": counts}
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex3_visibility_dlq_tests", "points": 3}
with exercise("5.3 visibility timeout and DLQ"):
    result = simulate_queue(["m1", "m2"], [(0, "fail"), (1, "ok"), (31, "fail"), (62, "ok")],
                            visibility_timeout=30, max_receive_count=2)
    expect_equal(result, {"processed": ["m2"], "dead_letter": ["m1"], "remaining": [],
                          "receive_counts": {"m1": 2, "m2": 1}}, "a poison message reaches the DLQ")
    expect_equal(simulate_queue(["a"], [(0, "fail"), (30, "ok")], 30, 5),
                 {"processed": ["a"], "dead_letter": [], "remaining": [], "receive_counts": {"a": 2}},
                 "visible again exactly when the timeout ends")
### BEGIN HIDDEN TESTS
expect_equal(simulate_queue(["a"], [(0, "fail"), (10, "ok"), (29, "ok")], 30, 5),
             {"processed": [], "dead_letter": [], "remaining": ["a"], "receive_counts": {"a": 1}},
             "hidden during the visibility timeout", reveal=False)
expect_equal(simulate_queue(["a"], [(0, "fail"), (40, "ok")], 30, 1),
             {"processed": [], "dead_letter": ["a"], "remaining": [], "receive_counts": {"a": 1}},
             "maxReceiveCount 1: moved on the second receive", reveal=False)
expect_equal(simulate_queue(["a", "b"], [(0, "fail"), (100, "ok")], 30, 1),
             {"processed": ["b"], "dead_letter": ["a"], "remaining": [], "receive_counts": {"a": 1, "b": 1}},
             "the poll goes on after moving a message", reveal=False)
expect_equal(simulate_queue(["a", "b", "c"], [(0, "fail"), (1, "ok"), (40, "ok"), (41, "ok")], 30, 3),
             {"processed": ["b", "a", "c"], "dead_letter": [], "remaining": [], "receive_counts": {"a": 2, "b": 1, "c": 1}},
             "a message visible again comes before later ones", reveal=False)
expect_equal(simulate_queue(["a"], [(0, "fail"), (0, "fail"), (0, "ok")], 0, 2),
             {"processed": [], "dead_letter": ["a"], "remaining": [], "receive_counts": {"a": 2}},
             "a zero visibility timeout", reveal=False)
expect_equal(simulate_queue(["x", "y"], [], 30, 3),
             {"processed": [], "dead_letter": [], "remaining": ["x", "y"], "receive_counts": {"x": 0, "y": 0}},
             "no polls", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Short and long polling
#
# `ReceiveMessage` with `WaitTimeSeconds=0` (**short polling**, the default) asks a subset of SQS's servers and
# returns at once, often with nothing, even when the queue holds messages elsewhere. With `WaitTimeSeconds`
# between 1 and 20 (**long polling**) the call waits until at least one message is available or the wait ends, and
# queries all servers. Long polling means fewer empty responses, lower cost, and messages seen sooner. Enable it
# per call or for the queue (`ReceiveMessageWaitTimeSeconds`).
#
# The chart compares the monthly receive bill of one consumer on a quiet queue: a short-polling loop that asks once
# a second, against a long-polling loop with the maximum wait (it returns early when a message arrives). It uses
# the standard-queue price and ignores the free tier.

# %%
seconds_per_month = facts.value("time.hours_per_month") * 3600
wait = facts.value("sqs.long_poll_max_seconds")
price = facts.value("sqs.standard_per_million")
rates = [10 ** (k / 10) for k in range(-40, 1)]  # 0.0001 .. 1 message per second
short_usd = [max(1.0, r / batch) * seconds_per_month / 1e6 * price for r in rates]  # one call per second
long_usd = [r / (1 - math.exp(-wait * r)) * seconds_per_month / 1e6 * price for r in rates]  # a call per arrival or wait
fig = messaging_charts.polling_cost(
    rates, short_usd, long_usd, short_label="short polling, one call per second",
    long_label=f"long polling, WaitTimeSeconds={wait}",
    source="Price: sqs.standard_per_million (T, checked 2026-11), no free tier; wait: sqs.long_poll_max_seconds (O). "
           "Model: random (Poisson) arrivals, one consumer; course scenario.")
fig

# %% [markdown]
# > **Exam tip.** "Reduce the number of empty `ReceiveMessage` responses" or "reduce SQS cost for a queue that is
# > often empty" → long polling (`WaitTimeSeconds` up to 20). Short polling is only for a consumer that must never
# > block.
#
# ### Exercise 5.4: a long-polling consumer with boto3 (3 points)
#
# Write `drain_queue(sqs_client, queue_url, handle)` that processes a queue until it is empty:
#
# - call `sqs_client.receive_message` with `QueueUrl`, `MaxNumberOfMessages` set to the batch maximum
#   (`facts.value("sqs.batch_max_messages")`) and `WaitTimeSeconds` set to the long-poll maximum
#   (`facts.value("sqs.long_poll_max_seconds")`), and nothing else;
# - a response without messages (no `"Messages"` key, or an empty list) means the queue is drained: return;
# - otherwise call `handle(body)` for each message in order; it returns `True` when the message was processed;
# - delete the processed messages of the batch with **one** `delete_message_batch` call, entries
#   `{"Id": <the message's MessageId>, "ReceiptHandle": <its ReceiptHandle>}` in order; failed messages are not
#   deleted (they come back after their visibility timeout); no call when nothing in the batch was processed;
# - return the number of messages **SQS confirmed deleted** (the `Successful` entries of the delete responses).
#
# The checks run your function against the real SQS client with a `Stubber` that expects exact requests.
#
# <details><summary>Hint</summary>
#
# `response.get("Messages", [])` handles both empty forms. `delete_message_batch(QueueUrl=...,
# Entries=[...])` returns `{"Successful": [...], "Failed": [...]}`: a delete can fail (for example an expired
# receipt handle), so count `len(result["Successful"])`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex4_long_polling", "solution": true}
def drain_queue(sqs_client, queue_url, handle):
    """Long-poll the queue until empty; delete processed messages in batches; return the number deleted."""
    ### BEGIN SOLUTION
    deleted = 0
    while True:
        response = sqs_client.receive_message(QueueUrl=queue_url,
                                              MaxNumberOfMessages=facts.value("sqs.batch_max_messages"),
                                              WaitTimeSeconds=facts.value("sqs.long_poll_max_seconds"))
        messages = response.get("Messages", [])
        if not messages:
            return deleted
        done = [{"Id": m["MessageId"], "ReceiptHandle": m["ReceiptHandle"]} for m in messages if handle(m["Body"])]
        if done:
            result = sqs_client.delete_message_batch(QueueUrl=queue_url, Entries=done)
            deleted += len(result.get("Successful", []))
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex4_long_polling_helpers", "locked": true}
# The SQS calls and answers the checks below expect.
QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/111122223333/orders"
RECEIVE = {"QueueUrl": QUEUE_URL, "MaxNumberOfMessages": facts.value("sqs.batch_max_messages"),
           "WaitTimeSeconds": facts.value("sqs.long_poll_max_seconds")}


def sqs_messages(*bodies):
    return [{"MessageId": f"id-{b}", "ReceiptHandle": f"rh-{b}", "Body": b} for b in bodies]


def entries(*bodies):
    return [{"Id": f"id-{b}", "ReceiptHandle": f"rh-{b}"} for b in bodies]


def deleted_ok(*bodies):
    return {"Successful": [{"Id": f"id-{b}"} for b in bodies], "Failed": []}


def queue_receive(stub, *bodies):
    """A long-polling ReceiveMessage (RECEIVE: up to 10 messages, 20 s wait); SQS answers with these bodies
    (with none, SQS leaves the Messages key out)."""
    stub.add_response("receive_message", {"Messages": sqs_messages(*bodies)} if bodies else {}, RECEIVE)


def queue_delete_batch(stub, *bodies):
    """One DeleteMessageBatch of the messages with these bodies (by receipt handle); all are deleted."""
    stub.add_response("delete_message_batch", deleted_ok(*bodies), {"QueueUrl": QUEUE_URL, "Entries": entries(*bodies)})


# %% nbgrader={"grade": true, "grade_id": "ex4_long_polling_tests", "points": 3}
with exercise("5.4 long-polling consumer"):
    seen = []
    with Stubber(sqs) as stub:
        queue_receive(stub, "a", "b")
        queue_delete_batch(stub, "a", "b")
        queue_receive(stub, "c")
        queue_delete_batch(stub, "c")
        queue_receive(stub)  # no message: the queue is drained
        count = drain_queue(sqs, QUEUE_URL, lambda body: seen.append(body) is None)
        stub.assert_no_pending_responses()
    expect_equal(count, 3, "three messages deleted")
    expect_equal(seen, ["a", "b", "c"], "every body handled, in order")
    with Stubber(sqs) as stub:
        queue_receive(stub, "ok1", "bad", "ok2")
        queue_delete_batch(stub, "ok1", "ok2")
        queue_receive(stub)
        expect_equal(drain_queue(sqs, QUEUE_URL, lambda body: body != "bad"), 2, "a failed message is not deleted")
        stub.assert_no_pending_responses()
### BEGIN HIDDEN TESTS
with Stubber(sqs) as stub:
    stub.add_response("receive_message", {"Messages": sqs_messages("x")}, RECEIVE)
    stub.add_response("receive_message", {}, RECEIVE)
    expect_equal(drain_queue(sqs, QUEUE_URL, lambda body: False), 0, "no delete call when nothing succeeded",
                 reveal=False)
    stub.assert_no_pending_responses()
with Stubber(sqs) as stub:
    stub.add_response("receive_message", {"Messages": sqs_messages("p", "q")}, RECEIVE)
    one_failed = {"Successful": [{"Id": "id-p"}],
                  "Failed": [{"Id": "id-q", "SenderFault": True, "Code": "ReceiptHandleIsInvalid"}]}
    stub.add_response("delete_message_batch", one_failed, {"QueueUrl": QUEUE_URL, "Entries": entries("p", "q")})
    stub.add_response("receive_message", {}, RECEIVE)
    expect_equal(drain_queue(sqs, QUEUE_URL, lambda body: True), 1, "only confirmed deletes count", reveal=False)
    stub.assert_no_pending_responses()
with Stubber(sqs) as stub:
    stub.add_response("receive_message", {}, RECEIVE)
    expect_equal(drain_queue(sqs, QUEUE_URL, lambda body: True), 0, "an empty queue: one receive", reveal=False)
    stub.assert_no_pending_responses()
### END HIDDEN TESTS

# %% [markdown]
# ## 7. FIFO queues: deduplication and message groups
#
# **Deduplication.** Every message sent to a FIFO queue carries a `MessageDeduplicationId`, given by the producer,
# or computed by SQS as a SHA-256 hash of the body when the queue has **content-based deduplication** turned on.
# A later send with the same id within the **deduplication interval** (counted from the first successful send) is
# accepted but not delivered. So a producer can retry a send whose answer it lost without creating a duplicate. A
# duplicate does not restart the interval; after it, the same id is accepted as new. By default deduplication is
# queue-wide; high-throughput mode scopes it to the message group.
#
# **Message groups.** Each message has a `MessageGroupId`. Order is kept **within** a group; different groups are
# independent and can be processed in parallel. While a message of a group is in flight (received, not yet deleted
# and still invisible), SQS hands out **no other message of that group**, which is what keeps the order. So the
# number of groups bounds the parallelism: one group means one consumer at a time. Use a group per customer,
# per order or per device, not one for the whole queue.

# %%
window = facts.get("sqs.fifo_dedup_window_minutes")
print(f"Deduplication interval: {window.value} {window.unit} ({window.citation})")
fifo_model = sqs.meta.service_model.operation_model("SendMessage").input_shape
print("SendMessage FIFO parameters:", [m for m in fifo_model.members if m.startswith("Message") and "Id" in m])

# %% [markdown]
# > **Exam tip.** "Orders of one customer must be processed in order, customers in parallel" → FIFO with
# > `MessageGroupId` = customer id. "A producer's retry must not create a duplicate" → FIFO with a deduplication id
# > (or content-based deduplication). "More than 3,000 messages per second in order" → high-throughput FIFO, or
# > Kinesis.
#
# ### Exercise 5.5: deduplicate and receive like a FIFO queue (3 points)
#
# Write two functions:
#
# - `fifo_accept(sends)`: `sends` is a list of `(time_seconds, group_id, body, dedup_id)` in time order; `dedup_id`
#   is a string, or `None` for content-based deduplication (then the id is `hashlib.sha256(body.encode()).hexdigest()`).
#   Return the list of `(group_id, body)` that the queue **enqueues**, in order. A send is a duplicate (dropped)
#   when the same id was enqueued at `t0` and `time < t0 + interval`, with the interval
#   `facts.value("sqs.fifo_dedup_window_minutes")` minutes; duplicates do not restart the interval.
#   Deduplication is queue-wide (across groups).
# - `fifo_receive(queue, in_flight_groups, max_messages)`: `queue` is a list of `(group_id, body)` in queue order,
#   `in_flight_groups` a set of groups that have a message in flight. Return what one `ReceiveMessage` may hand
#   out: the messages of the other groups, in queue order, at most `max_messages`. Raise `ValueError` unless
#   `1 <= max_messages <= facts.value("sqs.batch_max_messages")`.
#
# <details><summary>Hint</summary>
#
# Keep `{dedup_id: time it was enqueued}`; update it only when a send is enqueued. At exactly `t0 + interval`
# the interval is over. In `fifo_receive`, skip a message when its group is in `in_flight_groups`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex5_fifo", "solution": true}
def fifo_accept(sends):
    """The (group_id, body) pairs a FIFO queue enqueues, applying the deduplication interval."""
    ### BEGIN SOLUTION
    interval = facts.value("sqs.fifo_dedup_window_minutes") * 60
    enqueued_at = {}
    accepted = []
    for time, group, body, dedup_id in sends:
        key = dedup_id if dedup_id is not None else hashlib.sha256(body.encode()).hexdigest()
        if key in enqueued_at and time < enqueued_at[key] + interval:
            continue
        enqueued_at[key] = time
        accepted.append((group, body))
    return accepted
    ### END SOLUTION


def fifo_receive(queue, in_flight_groups, max_messages):
    """The messages one ReceiveMessage may return: groups with a message in flight are blocked."""
    ### BEGIN SOLUTION
    if not 1 <= max_messages <= facts.value("sqs.batch_max_messages"):
        raise ValueError(f"max_messages must be 1..{facts.value('sqs.batch_max_messages')}, got {max_messages}")
    out = []
    for group, body in queue:
        if group in in_flight_groups:
            continue
        out.append((group, body))
        if len(out) == max_messages:
            break
    return out
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex5_fifo_helpers", "locked": true}
# The deduplication interval the checks below use.
INTERVAL = facts.value("sqs.fifo_dedup_window_minutes") * 60


# %% nbgrader={"grade": true, "grade_id": "ex5_fifo_tests", "points": 3}
with exercise("5.5 FIFO deduplication and groups"):
    sends = [(0, "cust-1", "pay 10", "p-1"), (20, "cust-1", "pay 10", "p-1"), (30, "cust-2", "pay 7", "p-2"),
             (INTERVAL + 5, "cust-1", "pay 10", "p-1")]
    queue = [("g1", "a"), ("g2", "b"), ("g1", "c"), ("g3", "d")]
    expect_equal(fifo_accept(sends), [("cust-1", "pay 10"), ("cust-2", "pay 7"), ("cust-1", "pay 10")],
                 "a retry within the interval is dropped, a resend after it is not")
    expect_equal(fifo_receive(queue, {"g1"}, 10), [("g2", "b"), ("g3", "d")], "group g1 has a message in flight")
    expect_equal(fifo_receive(queue, set(), 2), [("g1", "a"), ("g2", "b")], "at most two messages")
    expect_equal(fifo_accept([(0, "g", "x", "d"), (INTERVAL, "g", "x", "d")]), [("g", "x"), ("g", "x")],
                 "the interval is over at exactly its end")
### BEGIN HIDDEN TESTS
expect_equal(fifo_accept([(0, "g", "x", "d"), (INTERVAL - 1, "g", "x", "d")]), [("g", "x")],
             "one second before the end is still a duplicate", reveal=False)
expect_equal(fifo_accept([(0, "g", "x", "d"), (200, "g", "x", "d"), (INTERVAL + 10, "g", "x", "d")]),
             [("g", "x"), ("g", "x")], "a duplicate does not restart the interval", reveal=False)
expect_equal(fifo_accept([(0, "g1", "x", "same"), (1, "g2", "y", "same")]), [("g1", "x")],
             "deduplication is queue-wide", reveal=False)
expect_equal(fifo_accept([(0, "g", "hello", None), (1, "g", "hello", None), (2, "g", "world", None)]),
             [("g", "hello"), ("g", "world")], "content-based deduplication", reveal=False)
expect_equal(fifo_accept([]), [], "no sends", reveal=False)
expect_equal(fifo_receive(queue, {"g1", "g2", "g3"}, 10), [], "every group blocked", reveal=False)
expect_equal(fifo_receive(queue, {"g2"}, 2), [("g1", "a"), ("g1", "c")], "several messages of one group, in order",
             reveal=False)
expect_raises(ValueError, fifo_receive, queue, set(), 0, what="zero messages")
_ = expect_raises(ValueError, fifo_receive, queue, set(), facts.value("sqs.batch_max_messages") + 1,
                  what="more than a batch")
### END HIDDEN TESTS

# %% [markdown]
# ## 8. SNS: topics, fan-out and filter policies
#
# Amazon SNS is publish/subscribe with **push** delivery. A producer publishes a message to a **topic**; SNS
# stores it redundantly across Availability Zones and delivers a copy to every **subscription**. Protocols:
# HTTP/HTTPS endpoints, email and email-JSON, SMS, SQS queues, Lambda functions, Amazon Data Firehose, and mobile
# push (`application` endpoints for Apple, Google and other push services). A subscriber of email or HTTP must
# confirm the subscription first. SNS retries failed deliveries (HTTP with a configurable policy) and can send
# what still fails to a DLQ (an SQS queue set on the subscription).
#
# **Fan-out**: one topic with several SQS queues subscribed. Each queue gets its own copy, and each consumer
# processes at its own pace with the durability and retries of SQS. The classic example: an order event goes to a
# topic; a payment queue, a shipping queue and an analytics queue all receive it. The queue's access policy must
# allow the topic to `sqs:SendMessage` (and with an SSE-KMS queue, the key policy must let SNS use the key).
#
# **Filter policies**: each subscription may carry a JSON filter policy, so it receives only the messages it
# wants, instead of filtering in every consumer. By default the policy is matched against the message
# **attributes**; with `FilterPolicyScope` = `MessageBody` it is matched against the JSON body. A policy is a map
# from attribute names to lists of conditions:
#
# - all attribute names of the policy must match (AND); within one list, any condition may match (OR);
# - a plain string or number matches that exact value; `{"prefix": "eu-"}`; `{"anything-but": [...]}`;
#   `{"numeric": [">=", 100, "<", 500]}`; `{"exists": true}` / `{"exists": false}`;
# - an attribute the message does not have matches no condition, except `{"exists": false}`.
#
# SNS **FIFO topics** (name ending in `.fifo`) keep order and deduplicate, and deliver to SQS queues.
# Message size: up to a default maximum, with an optional larger maximum for some subscription types (rows below).

# %%
policy = {"region": [{"prefix": "eu-"}], "total": [{"numeric": [">=", 100]}], "priority": [{"exists": False}]}
with Stubber(sns) as stub:
    params = {"TopicArn": "arn:aws:sns:us-east-1:111122223333:orders", "Protocol": "sqs",
              "Endpoint": "arn:aws:sqs:us-east-1:111122223333:big-eu-orders",
              "Attributes": {"FilterPolicy": json.dumps(policy), "FilterPolicyScope": "MessageAttributes",
                             "RawMessageDelivery": "true"}, "ReturnSubscriptionArn": True}
    stub.add_response("subscribe", {"SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:orders:1a2b"}, params)
    print(sns.subscribe(**params)["SubscriptionArn"], "(stubbed; parameters checked by botocore)")
for key in ("sns.message_max_kib", "sns.message_max_large_kib"):
    print(f"{facts.get(key).description}: {facts.value(key)} {facts.get(key).unit}")

# %% [markdown]
# > **Exam tip.** "Several services must react to the same event, independently and reliably" → SNS fan-out to
# > SQS queues. "A consumer receives every message and discards most" → an SNS **filter policy** on its
# > subscription (less code, fewer deliveries, lower cost).
#
# ### Exercise 5.6: match an SNS filter policy (3 points)
#
# Write `matches(policy, attributes)` → `bool`. `attributes` maps names to values that are strings or numbers
# (`int` or `float`). `policy` maps names to lists of conditions, each one of:
#
# - a string: the attribute is a string equal to it; a number: the attribute is a number equal to it
#   (`"5"` and `5` never match each other);
# - `{"prefix": p}`: a string attribute that starts with `p`;
# - `{"anything-but": v}` (`v` a value or a list of values): the attribute exists and equals none of them (same
#   string/number rule);
# - `{"numeric": [op1, n1, op2, n2, ...]}`: a **number** attribute satisfying every comparison; `op` is one of
#   `=`, `<`, `<=`, `>`, `>=`;
# - `{"exists": True}` / `{"exists": False}`: the attribute is present / absent.
#
# A missing attribute only matches `{"exists": False}`. Every name of the policy must match (an empty policy
# matches everything). An unknown operator raises `ValueError`.
#
# <details><summary>Hint</summary>
#
# Write a helper `one(condition, present, value)`. For "is this a number", use `isinstance(v, (int, float))`.
# `operator.ge` and friends turn the symbols into functions. Pairs of a numeric list: `zip(spec[::2], spec[1::2])`.
# Then `all(any(one(c, ...) for c in conditions) for name, conditions in policy.items())`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_filter_policy", "solution": true}
def matches(policy, attributes):
    """True if the message attributes match the SNS filter policy."""
    ### BEGIN SOLUTION
    comparisons = {"=": operator.eq, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}

    def is_number(value):
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    def same(value, wanted):
        if is_number(wanted):
            return is_number(value) and value == wanted
        return isinstance(value, str) and value == wanted

    def one(condition, present, value):
        if not isinstance(condition, dict):
            return present and same(value, condition)
        (kind, spec), = condition.items()
        if kind == "exists":
            return present == spec
        if kind not in ("prefix", "anything-but", "numeric"):
            raise ValueError(f"unknown filter operator {kind!r}")
        if not present:
            return False
        if kind == "prefix":
            return isinstance(value, str) and value.startswith(spec)
        if kind == "anything-but":
            banned = spec if isinstance(spec, list) else [spec]
            return not any(same(value, b) for b in banned)
        if not is_number(value):
            return False
        for op, bound in zip(spec[::2], spec[1::2]):
            if op not in comparisons:
                raise ValueError(f"unknown numeric operator {op!r}")
            if not comparisons[op](value, bound):
                return False
        return True

    return all(any(one(c, name in attributes, attributes.get(name)) for c in conditions)
               for name, conditions in policy.items())
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex6_filter_policy_tests", "points": 3}
with exercise("5.6 SNS filter policy"):
    big_eu = {"region": [{"prefix": "eu-"}], "total": [{"numeric": [">=", 100, "<", 1000]}]}
    expect_equal(matches(big_eu, {"region": "eu-west-1", "total": 250}), True, "prefix and numeric range")
    expect_equal(matches(big_eu, {"region": "us-east-1", "total": 250}), False, "wrong prefix")
    expect_equal(matches(big_eu, {"region": "eu-west-1", "total": 1000}), False, "upper bound excluded")
    expect_equal(matches(big_eu, {"region": "eu-west-1"}), False, "a missing attribute does not match")
    expect_equal(matches({"event": ["order_placed", "order_paid"]}, {"event": "order_paid"}), True,
                 "exact strings, any of the list")
    not_test = {"stage": [{"anything-but": ["test", "dev"]}]}
    expect_equal(matches(not_test, {}), False, "anything-but needs the attribute")
### BEGIN HIDDEN TESTS
expect_equal(matches({}, {"anything": "x"}), True, "an empty policy", reveal=False)
expect_equal(matches({"a": ["x"], "b": ["y"]}, {"a": "x", "b": "z"}), False, "every name must match (AND)",
             reveal=False)
expect_equal(matches(not_test, {"stage": "prod"}), True, "anything-but, another value", reveal=False)
expect_equal(matches(not_test, {"stage": "dev"}), False, "anything-but, a listed value", reveal=False)
expect_equal(matches({"code": [{"anything-but": 404}]}, {"code": 500}), True, "anything-but with one number",
             reveal=False)
expect_equal(matches({"code": [{"anything-but": 404}]}, {"code": 404}), False, "anything-but, the number itself",
             reveal=False)
expect_equal(matches({"total": [{"numeric": [">", 10]}]}, {"total": "150"}), False,
             "a number in a string is not a number", reveal=False)
expect_equal(matches({"n": [5]}, {"n": "5"}), False, "number 5 vs string '5'", reveal=False)
expect_equal(matches({"n": ["5"]}, {"n": 5}), False, "string '5' vs number 5", reveal=False)
expect_equal(matches({"n": [5]}, {"n": 5.0}), True, "5 equals 5.0", reveal=False)
expect_equal(matches({"n": [{"numeric": ["=", 3]}]}, {"n": 3}), True, "numeric equality", reveal=False)
expect_equal(matches({"vip": [{"exists": True}]}, {"vip": "no"}), True, "exists true", reveal=False)
expect_equal(matches({"vip": [{"exists": False}]}, {}), True, "exists false, absent", reveal=False)
expect_equal(matches({"vip": [{"exists": False}]}, {"vip": "yes"}), False, "exists false, present", reveal=False)
expect_equal(matches({"r": [{"prefix": "eu"}, "us-east-1"]}, {"r": "us-east-1"}), True, "OR within a list",
             reveal=False)
expect_equal(matches({"r": [{"prefix": "1"}]}, {"r": 12}), False, "prefix needs a string", reveal=False)
_ = expect_raises(ValueError, matches, {"x": [{"suffix": "z"}]}, {"x": "abz"}, what="an unknown operator")
### END HIDDEN TESTS

# %% [markdown]
# ## 9. What SQS and SNS cost
#
# Both bill **requests**, and a request carries at most one billing chunk of payload: a bigger message counts as
# several requests (fact `sqs.billing_chunk_kib`, for SQS and SNS). For SQS every `SendMessage`, `ReceiveMessage`
# (empty ones too), `DeleteMessage` and `ChangeMessageVisibility` is a request; a batch of up to ten messages is
# one request, still billed by the chunks of its whole payload, so batching small messages cuts the bill.
# SNS bills publishes, plus deliveries by protocol: HTTP and email cost per delivery, deliveries to SQS and Lambda
# have no SNS delivery charge (an unverified row: you pay for the queue's requests or the function's invocations
# instead), and SMS depends on the country. The 2019 notes list the same publish, HTTP and email prices as today.

# %%
fact_table(service=["SQS", "SNS"], table="prices", changes=True)

# %% [markdown]
# The chart prices the delivery of 10 million notifications a month to one subscription of each protocol (the
# publish requests cost the same whatever the protocol, so they are left out). SMS is missing on purpose: its price
# depends on the destination country.

# %%
notifications = 10_000_000
protocol_keys = {"SQS": "sns.sqs_delivery_per_million", "Lambda": "sns.lambda_delivery_per_million",
                 "HTTP/S": "sns.http_per_million", "email": "sns.email_per_million"}
delivery_usd = [notifications / 1e6 * facts.value(key) for key in protocol_keys.values()]
fig = messaging_charts.cost_by_protocol(
    list(protocol_keys), delivery_usd, title="10 million SNS deliveries a month, by protocol",
    source="Prices: sns.http_per_million, sns.email_per_million (T, checked 2026-11); SQS and Lambda deliveries: "
           "no SNS charge (U). Free delivery tiers ignored. SMS: priced per country, not shown.")
fig

# %% [markdown]
# ### Exercise 5.7: a monthly bill for SQS and SNS (2 points)
#
# Write:
#
# - `sqs_monthly_cost(messages, message_kib, fifo=False)`: USD per month for `messages` messages of `message_kib`
#   KiB each, each one **sent once, received once and deleted once** (no batching). Send and receive are billed
#   by chunks of `facts.value("sqs.billing_chunk_kib")` KiB (rounded up); a delete is one request. Subtract the
#   free requests (`sqs.free_requests_month`, never below 0), then price per million with `sqs.standard_per_million`
#   or `sqs.fifo_per_million`. A size not above 0 or above `facts.value("sqs.message_max_kib")` raises `ValueError`.
# - `sns_monthly_cost(publishes, message_kib, subscriptions)`: `subscriptions` maps a protocol (`"http"`,
#   `"https"`, `"email"`, `"sqs"`, `"lambda"`) to a number of subscriptions, every one receiving every message.
#   Publishes are billed by chunks like SQS, minus `sns.free_publishes_month` (not below 0), at
#   `sns.publish_per_million`; each delivery is one delivery at its protocol's price (`sns.http_per_million` for
#   http and https, `sns.email_per_million`, `sns.sqs_delivery_per_million`, `sns.lambda_delivery_per_million`);
#   no free deliveries. `"sms"` raises `ValueError` (priced per country), as does any other protocol and a size not
#   above 0 or above `facts.value("sns.message_max_kib")`.
#
# <details><summary>Hint</summary>
#
# `chunks = math.ceil(message_kib / chunk)`: a 100 KiB message is 2 chunks, a 64 KiB message 1. SQS requests per
# message: `chunks` (send) + `chunks` (receive) + 1 (delete).
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex7_messaging_cost", "solution": true}
def sqs_monthly_cost(messages, message_kib, fifo=False):
    """USD per month to send, receive and delete `messages` messages of `message_kib` KiB."""
    ### BEGIN SOLUTION
    if not 0 < message_kib <= facts.value("sqs.message_max_kib"):
        raise ValueError(f"an SQS message is above 0 and at most {facts.value('sqs.message_max_kib')} KiB")
    chunks = math.ceil(message_kib / facts.value("sqs.billing_chunk_kib"))
    requests = messages * (2 * chunks + 1)
    billable = max(0, requests - facts.value("sqs.free_requests_month"))
    return billable / 1e6 * facts.value("sqs.fifo_per_million" if fifo else "sqs.standard_per_million")
    ### END SOLUTION


def sns_monthly_cost(publishes, message_kib, subscriptions):
    """USD per month to publish `publishes` messages and deliver each to every subscription."""
    ### BEGIN SOLUTION
    if not 0 < message_kib <= facts.value("sns.message_max_kib"):
        raise ValueError(f"an SNS message is above 0 and at most {facts.value('sns.message_max_kib')} KiB")
    prices = {"http": "sns.http_per_million", "https": "sns.http_per_million", "email": "sns.email_per_million",
              "sqs": "sns.sqs_delivery_per_million", "lambda": "sns.lambda_delivery_per_million"}
    chunks = math.ceil(message_kib / facts.value("sqs.billing_chunk_kib"))
    billable = max(0, publishes * chunks - facts.value("sns.free_publishes_month"))
    cost = billable / 1e6 * facts.value("sns.publish_per_million")
    for protocol, count in subscriptions.items():
        if protocol == "sms":
            raise ValueError("SMS is priced per destination country")
        if protocol not in prices:
            raise ValueError(f"unknown protocol {protocol!r}")
        cost += publishes * count / 1e6 * facts.value(prices[protocol])
    return cost
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex7_messaging_cost_helpers", "locked": true}
# Prices and free-tier figures the checks below use.
SQS_STD = facts.value("sqs.standard_per_million")
SQS_FIFO = facts.value("sqs.fifo_per_million")
SQS_FREE = facts.value("sqs.free_requests_month")
SNS_PUB = facts.value("sns.publish_per_million")
SNS_FREE = facts.value("sns.free_publishes_month")


# %% nbgrader={"grade": true, "grade_id": "ex7_messaging_cost_tests", "points": 2}
with exercise("5.7 SQS and SNS bill"):
    expect_equal(sqs_monthly_cost(10_000_000, 10), (30_000_000 - SQS_FREE) / 1e6 * SQS_STD,
                 "10 million small messages, standard queue")
    expect_equal(sns_monthly_cost(2_000_000, 4, {"http": 1, "sqs": 2}),
                 (2_000_000 - SNS_FREE) / 1e6 * SNS_PUB + 2 * facts.value("sns.http_per_million"),
                 "2 million publishes, one HTTP and two SQS subscriptions")
    expect_equal(sqs_monthly_cost(10_000_000, 100), (50_000_000 - SQS_FREE) / 1e6 * SQS_STD,
                 "100 KiB: two chunks to send and to receive, one delete")
### BEGIN HIDDEN TESTS
expect_equal(sqs_monthly_cost(1_000_000, 64), (3_000_000 - SQS_FREE) / 1e6 * SQS_STD, "exactly one chunk",
             reveal=False)
expect_equal(sqs_monthly_cost(2_000_000, 1, fifo=True), (6_000_000 - SQS_FREE) / 1e6 * SQS_FIFO, "FIFO price",
             reveal=False)
expect_equal(sqs_monthly_cost(100_000, 1), 0.0, "inside the free tier", reveal=False)
max_kib = facts.value("sqs.message_max_kib")
expect_equal(sqs_monthly_cost(1_000_000, max_kib), (1_000_000 * 33 - SQS_FREE) / 1e6 * SQS_STD,
             "the largest message (1 MiB): 16 chunks each way", reveal=False)
expect_raises(ValueError, sqs_monthly_cost, 10, max_kib + 1, what="above the SQS maximum")
expect_raises(ValueError, sqs_monthly_cost, 10, 0, what="a size of 0")
expect_equal(sns_monthly_cost(3_000_000, 100, {}), (6_000_000 - SNS_FREE) / 1e6 * SNS_PUB,
             "a 100 KiB publish is two requests", reveal=False)
expect_equal(sns_monthly_cost(500_000, 1, {"email": 2, "https": 1, "lambda": 3}),
             500_000 * 2 / 1e6 * facts.value("sns.email_per_million")
             + 500_000 / 1e6 * facts.value("sns.http_per_million"), "email, https and Lambda deliveries", reveal=False)
expect_raises(ValueError, sns_monthly_cost, 10, 1, {"sms": 1}, what="SMS has no single price")
expect_raises(ValueError, sns_monthly_cost, 10, 1, {"pigeon": 1}, what="an unknown protocol")
_ = expect_raises(ValueError, sns_monthly_cost, 10, facts.value("sns.message_max_kib") + 1, {},
                  what="above the SNS default maximum")
### END HIDDEN TESTS

# %% [markdown]
# ## 10. SES: email in and out
#
# Amazon Simple Email Service sends email from applications, both **transactional** (receipts, password resets,
# shipping notices) and **bulk/marketing**, through an API or SMTP. Unlike SNS email subscriptions, the recipients
# do not subscribe to anything: you just need their addresses. You verify the domains or addresses you send from;
# a new account starts in a **sandbox** that only sends to verified addresses, until you ask for production
# access. SES reports bounces, complaints and deliveries (to SNS, EventBridge or CloudWatch) and keeps a
# suppression list. It can also **receive** mail for your domain: receipt rules store messages in S3, or call SNS or
# Lambda.
#
# > **Exam tip.** "Send order confirmations to customers" → SES. "Notify the operations team by email when an alarm
# > fires" → SNS email subscription. The current exam guide's in-scope list, as far as we found, may no longer name
# > SES: check the official guide, and know the difference above anyway.
#
# ## 11. Kinesis Data Streams: shards, partition keys, order
#
# Kinesis is built for data that arrives continuously from many sources (thousands of devices, servers or
# browsers), each sending small records of a few kilobytes: clickstreams, logs, metrics, IoT readings.
#
# A **data stream** is an ordered log of records, kept for a retention period (24 hours by default, now up to 365
# days; the 2019 notes said 7 days at most) during which any number of consumers can read and re-read it. That is
# the difference from a queue: reading does not remove a record. Producers `PutRecord` / `PutRecords` with a
# **partition key**; Kinesis hashes the key with MD5 to a 128-bit number and stores the record in the **shard**
# whose hash key range contains it. Every record gets a **sequence number**; order is guaranteed **within a
# shard** only, so records that must stay in order share a partition key. (`SequenceNumberForOrdering` on
# `PutRecord` additionally orders consecutive puts of one producer for the same key.)
#
# **Capacity.** In **provisioned** mode you choose the number of shards, and each shard has fixed limits for
# writes and reads (rows below). Standard consumers of a shard share its read throughput (and a few `GetRecords`
# calls per second); **enhanced fan-out** consumers each get their own read throughput per shard, pushed over
# HTTP/2. Exceeding a limit gives `ProvisionedThroughputExceededException`: retry with backoff, spread keys better,
# or add shards (**resharding**: split a hot shard, merge cold ones). In **on-demand** mode (new since the notes)
# the stream scales by itself and you pay per GB instead of per shard.
#
# Records hold up to 1 MiB by default (up to 10 MiB if you opt in). Consumers: the **Kinesis Client Library**
# (KCL) balances shards across workers (one worker per shard lease at a time, checkpoints in DynamoDB), Lambda
# event source mappings, Amazon Data Firehose, and Managed Service for Apache Flink. The stream can be encrypted at
# rest with KMS.

# %%
fact_table(service="Kinesis", table="facts", changes=True)

# %% [markdown]
# **Sizing a provisioned stream** (AWS's own method): incoming KiB/s = average record size × records per second;
# outgoing KiB/s = incoming × number of standard consumers; shards = the larger of incoming ÷ a shard's write
# throughput and outgoing ÷ a shard's read throughput, rounded up. A shard's limit on records per second must
# hold too. The chart applies this to a stream of 50 KiB records.

# %%
write_kib = facts.value("kinesis.shard_write_mb_per_s") * 1024
read_kib = facts.value("kinesis.shard_read_mb_per_s") * 1024
record_limit = facts.value("kinesis.shard_write_records_per_s")
record_kib = 50  # the chart's scenario
throughputs = [i / 10 for i in range(0, 101)]  # 0 .. 10 MiB/s written
series = {}
for consumers in (1, 2, 4, 6):
    shard_counts = []
    for mib in throughputs:
        incoming = mib * 1024
        need = max(incoming / write_kib, incoming * consumers / read_kib, incoming / record_kib / record_limit)
        shard_counts.append(max(1, math.ceil(need)))
    series[f"{consumers} consumer{'s' if consumers > 1 else ''}"] = shard_counts
fig = messaging_charts.shards_vs_throughput(
    throughputs, series,
    source="Limits: kinesis.shard_write_mb_per_s, kinesis.shard_read_mb_per_s, kinesis.shard_write_records_per_s "
           "(docs.aws.amazon.com/streams/latest/dev, O, checked 2026-11). 50 KiB records, standard consumers.")
fig

# %% [markdown]
# With one or two consumers the writes decide; from three consumers on, the reads do. Enhanced fan-out removes
# the read term, at a price. A provisioned shard also costs money every hour (prices below, third-party sources).

# %%
fact_table(service="Kinesis", table="prices")

# %% [markdown]
# ### Exercise 5.8: how many shards? (2 points)
#
# Write `shards_needed(record_kib, records_per_second, consumers)` for a provisioned stream with `consumers`
# standard consumers (at least 1) that each read everything:
#
# - incoming KiB/s = `record_kib × records_per_second`; outgoing KiB/s = incoming × `consumers`;
# - shards = the smallest whole number that satisfies all three shard limits: write throughput
#   (`kinesis.shard_write_mb_per_s`, in MiB/s: 1 MiB = 1024 KiB), read throughput (`kinesis.shard_read_mb_per_s`)
#   and records per second (`kinesis.shard_write_records_per_s`); never fewer than 1;
# - a record size not above 0 or above the default maximum (`kinesis.record_max_mib` MiB) raises `ValueError`.
#
# Return an `int`.
#
# <details><summary>Hint</summary>
#
# `math.ceil(max(incoming / write_kib, outgoing / read_kib, records_per_second / records_limit))`, where
# `write_kib = facts.value("kinesis.shard_write_mb_per_s") * 1024`. Many tiny records can need more shards than
# their bytes suggest.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex8_shards", "solution": true}
def shards_needed(record_kib, records_per_second, consumers):
    """Shards a provisioned stream needs for this workload (int)."""
    ### BEGIN SOLUTION
    max_kib = facts.value("kinesis.record_max_mib") * 1024
    if not 0 < record_kib <= max_kib:
        raise ValueError(f"a record is above 0 and at most {max_kib} KiB")
    incoming = record_kib * records_per_second
    outgoing = incoming * consumers
    need = max(incoming / (facts.value("kinesis.shard_write_mb_per_s") * 1024),
               outgoing / (facts.value("kinesis.shard_read_mb_per_s") * 1024),
               records_per_second / facts.value("kinesis.shard_write_records_per_s"))
    return max(1, math.ceil(need))
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex8_shards_tests", "points": 2}
with exercise("5.8 shard count"):
    expect_equal(shards_needed(4, 1000, 1), 4, "4 KiB records, 1,000 per second, one consumer")
    expect_equal(shards_needed(4, 1000, 3), 6, "the same with three consumers")
    expect_equal(shards_needed(0.1, 5000, 1), 5, "tiny records: the records-per-second limit decides")
### BEGIN HIDDEN TESTS
expect_equal(shards_needed(2, 512, 1), 1, "exactly 1 MiB/s fits one shard (1 MiB = 1024 KiB)", reveal=False)
expect_equal(shards_needed(1, 1000, 2), 1, "two consumers of 1,000 KiB/s fit one shard", reveal=False)
expect_equal(shards_needed(1, 1000, 3), 2, "three consumers need a second shard", reveal=False)
expect_equal(shards_needed(1, 1, 1), 1, "a trickle still needs one shard", reveal=False)
expect_equal(shards_needed(1024, 10, 1), 10, "maximum-size records", reveal=False)
expect_equal(type(shards_needed(3, 333, 2)), int, "an int", reveal=False)
expect_raises(ValueError, shards_needed, 1025, 1, 1, what="a record above the default maximum")
_ = expect_raises(ValueError, shards_needed, 0, 1, 1, what="a size of 0")
### END HIDDEN TESTS

# %% [markdown]
# ### Which shard gets a partition key?
#
# A new stream with *n* shards splits the 128-bit hash key space `0 .. 2**128 - 1` into *n* even ranges. After a
# **split**, the parent shard is **closed** (its `SequenceNumberRange` gets an `EndingSequenceNumber`; it stays
# readable until its records expire) and two children share its range; new records go to the open shards only.
# `ListShards` shows all of this, with hash keys as decimal **strings**:

# %%
with Stubber(kinesis) as stub:
    stub.add_response("list_shards", {"Shards": [
        {"ShardId": "shardId-000000000000", "HashKeyRange": {"StartingHashKey": "0",
                                                             "EndingHashKey": str(2 ** 127 - 1)},
         "SequenceNumberRange": {"StartingSequenceNumber": "49600000000000000000000000000000000000000000000000000000"}},
        {"ShardId": "shardId-000000000001", "HashKeyRange": {"StartingHashKey": str(2 ** 127),
                                                             "EndingHashKey": str(2 ** 128 - 1)},
         "SequenceNumberRange": {"StartingSequenceNumber": "49600000000000000000000000000000000000000000000000000001"}},
    ]}, {"StreamName": "clicks"})
    demo_shards = kinesis.list_shards(StreamName="clicks")["Shards"]
for shard in demo_shards:
    print(shard["ShardId"], shard["HashKeyRange"])

# %% [markdown]
# ### Exercise 5.9: from partition key to shard (2 points)
#
# Write:
#
# - `even_shards(count)`: the `Shards` list of a new stream with `count` shards, as `ListShards` returns it: shard
#   `i` has `"ShardId"` `f"shardId-{i:012d}"`, a `"HashKeyRange"` from `i * space // count` to
#   `(i + 1) * space // count - 1` (as decimal strings), where `space = 2 ** facts.value("kinesis.hash_key_bits")`,
#   and `"SequenceNumberRange": {"StartingSequenceNumber": "0"}`.
# - `shard_for_key(partition_key, shards)`: hash the key like Kinesis (`hashlib.md5` of the UTF-8 bytes, read as a
#   128-bit integer: `int(digest_hex, 16)`) and return the `ShardId` of the **open** shard whose range contains it
#   (both ends included). A shard whose `SequenceNumberRange` has an `EndingSequenceNumber` is closed. Raise
#   `ValueError` when no open shard contains the hash.
#
# <details><summary>Hint</summary>
#
# The range bounds are strings: compare them as integers (`int(...)`), never as strings (`"9" > "10"`). Integer
# division (`//`) keeps the 39-digit numbers exact; a float would not.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex9_shard_for_key", "solution": true}
def even_shards(count):
    """The Shards list of a new stream with `count` shards."""
    ### BEGIN SOLUTION
    space = 2 ** facts.value("kinesis.hash_key_bits")
    return [{"ShardId": f"shardId-{i:012d}",
             "HashKeyRange": {"StartingHashKey": str(i * space // count),
                              "EndingHashKey": str((i + 1) * space // count - 1)},
             "SequenceNumberRange": {"StartingSequenceNumber": "0"}}
            for i in range(count)]
    ### END SOLUTION


def shard_for_key(partition_key, shards):
    """The ShardId of the open shard that receives records with this partition key."""
    ### BEGIN SOLUTION
    hashed = int(hashlib.md5(partition_key.encode("utf-8")).hexdigest(), 16)
    for shard in shards:
        if "EndingSequenceNumber" in shard.get("SequenceNumberRange", {}):
            continue
        key_range = shard["HashKeyRange"]
        if int(key_range["StartingHashKey"]) <= hashed <= int(key_range["EndingHashKey"]):
            return shard["ShardId"]
    raise ValueError(f"no open shard contains the hash of {partition_key!r}")
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex9_shard_for_key_helpers", "locked": true}
# stubbed_shards(shards): botocore checks your shards against the real ListShards answer.
def stubbed_shards(shards):
    """Send the shards through a stubbed ListShards: botocore checks their shape against the real API model."""
    with Stubber(kinesis) as stub:
        stub.add_response("list_shards", {"Shards": shards}, {"StreamName": "clicks"})
        return kinesis.list_shards(StreamName="clicks")["Shards"]


# %% nbgrader={"grade": true, "grade_id": "ex9_shard_for_key_tests", "points": 2}
with exercise("5.9 partition key to shard"):
    two = even_shards(2)
    expect_equal([s["ShardId"] for s in two], ["shardId-000000000000", "shardId-000000000001"], "shard ids")
    expect_equal([s["HashKeyRange"] for s in two],
                 [{"StartingHashKey": "0", "EndingHashKey": "170141183460469231731687303715884105727"},
                  {"StartingHashKey": "170141183460469231731687303715884105728",
                   "EndingHashKey": "340282366920938463463374607431768211455"}], "two even ranges")
    four = stubbed_shards(even_shards(4))
    expect_equal(shard_for_key("user-1", four), "shardId-000000000003", "user-1 on four shards")
    expect_equal(shard_for_key("user-2", four), "shardId-000000000000", "user-2 on four shards")
### BEGIN HIDDEN TESTS
three = stubbed_shards(even_shards(3))
expect_equal([s["HashKeyRange"]["EndingHashKey"] for s in three],
             ["113427455640312821154458202477256070484", "226854911280625642308916404954512140969",
              "340282366920938463463374607431768211455"], "three ranges, exact integers", reveal=False)
for n in (1, 5, 7, 16):
    shards = even_shards(n)
    assert len(shards) == n, "one entry per shard"
    assert shards[0]["HashKeyRange"]["StartingHashKey"] == "0", "the first range starts at 0"
    assert all(int(a["HashKeyRange"]["EndingHashKey"]) + 1 == int(b["HashKeyRange"]["StartingHashKey"])
               for a, b in zip(shards, shards[1:])), "ranges are contiguous and do not overlap"
    assert shards[-1]["HashKeyRange"]["EndingHashKey"] == str(2 ** 128 - 1), "the last range ends at 2**128 - 1"


def _expected_shard(key, shards):
    h = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16)
    return next(s["ShardId"] for s in shards if "EndingSequenceNumber" not in s["SequenceNumberRange"]
                and int(s["HashKeyRange"]["StartingHashKey"]) <= h <= int(s["HashKeyRange"]["EndingHashKey"]))


for key in ("sensor-17", "order#42", "ünïcode-clé", "a", "", "customer-000123"):
    for shards in (three, four, stubbed_shards(even_shards(7))):
        expect_equal(shard_for_key(key, shards), _expected_shard(key, shards), f"key {key!r}", reveal=False)
after_split = [
    {"ShardId": "shardId-000000000000", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": str(2 ** 128 - 1)},
     "SequenceNumberRange": {"StartingSequenceNumber": "1", "EndingSequenceNumber": "99"}},
    {"ShardId": "shardId-000000000001", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": str(10 ** 37)},
     "SequenceNumberRange": {"StartingSequenceNumber": "100"}},
    {"ShardId": "shardId-000000000002",
     "HashKeyRange": {"StartingHashKey": str(10 ** 37 + 1), "EndingHashKey": str(2 ** 128 - 1)},
     "SequenceNumberRange": {"StartingSequenceNumber": "101"}},
]
for key in ("user-1", "user-2", "sensor-17", "x"):
    expect_equal(shard_for_key(key, stubbed_shards(after_split)), _expected_shard(key, after_split),
                 f"after a split ({key})", reveal=False)
closed_only = [after_split[0]]
_ = expect_raises(ValueError, shard_for_key, "user-1", closed_only, what="only a closed shard")
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Amazon Data Firehose, stream analytics, and choosing a service
#
# **Amazon Data Firehose** (called Kinesis Data Firehose in the notes) is the no-administration way to **load**
# streaming data into a destination: S3, Redshift (through an S3 copy), OpenSearch, Splunk, HTTP endpoints and
# others. There are no shards to size; it scales by itself. It **buffers** records (by size or time) before
# writing, so delivery is near real time (seconds to minutes), not real time; it can transform records with a
# Lambda function, convert formats (JSON to Parquet/ORC) and compress. It keeps no data for replay: what it
# cannot deliver goes to an S3 backup. Its source can be direct PUTs or a Kinesis data stream.
#
# **Analytics on streams.** The notes' *Kinesis Data Analytics* (SQL on a stream) is **retired**: SQL applications
# could not be created from 15 October 2025 and were deleted from 27 January 2026. AWS's successor is **Amazon
# Managed Service for Apache Flink** (Java, Scala, Python or SQL through Flink); simple aggregations can also run
# in Lambda on a stream.
#
# | need | pick |
# |---|---|
# | decouple a producer from one consumer, each message handled once, retries, DLQ | **SQS** (standard; FIFO for order) |
# | one event to many independent subscribers, push, filtering | **SNS** (fan-out to SQS for durability) |
# | ordered per key, replay, several consumers reading the same data, real time | **Kinesis Data Streams** |
# | load streaming data into S3 / Redshift / OpenSearch with no code | **Amazon Data Firehose** |
# | email to customers | **SES** |
# | route events by content between AWS services and SaaS | EventBridge (week 2) |
#
# > **Exam tip.** "Real-time" with replay or several consumers → Data Streams. "Near real-time, into S3, least
# > operational effort" → Firehose. "Decouple and scale workers" → SQS. "Analyse the stream with SQL" in an old
# > question → today Managed Service for Apache Flink.
#
# ## 13. Written question: design a messaging pipeline (3 points, graded by hand)
#
# An online shop wants to react to every order placed on its website (about 50 orders per second at peak):
#
# 1. a payment service must charge each order **exactly once**, and the orders of one customer in the order they
#    were placed;
# 2. a warehouse service and an email service must each get every order, independently; the email service only
#    cares about orders above 100 EUR;
# 3. the data team wants every click of the website (about 3 MB/s) for real-time dashboards, with the ability to
#    re-read the last three days after a bug;
# 4. all messages must be encrypted at rest with a key the shop can audit and disable.
#
# Propose the services and their key settings (queue types, group ids, deduplication, visibility timeout, DLQs,
# filter policies, shards and retention, key type), and justify each choice in 150–250 words.

# %% [markdown] nbgrader={"grade": true, "grade_id": "written_pipeline", "solution": true, "points": 3}
# ### BEGIN SOLUTION
# **Model answer.** The website publishes each order to an **SNS topic** (fan-out). Payment: an **SQS FIFO
# queue** (the website sends to it directly, or the topic is an SNS FIFO topic), with `MessageGroupId` =
# customer id (order per customer, customers in parallel) and a `MessageDeduplicationId` = order id, so a retried
# publish inside the five-minute interval is not charged twice; the payment code stays idempotent (order id as a
# key) because deduplication only covers that interval. 50 orders/s is well within FIFO quotas.
#
# Warehouse and email: two **standard SQS queues** subscribed to the topic, each processing at its own pace. The
# email subscription carries a **filter policy** `{"total": [{"numeric": [">", 100]}]}` on a message attribute, so
# the email service never receives small orders.
#
# Every queue: visibility timeout above the worst processing time (about 6× a Lambda timeout), long polling, and a
# **DLQ** with a `maxReceiveCount` of a few attempts, with an alarm on its depth.
#
# Clicks: a **Kinesis data stream** (3 MB/s → at least 3 shards for writes, more for several dashboard consumers,
# or on-demand mode), retention raised to at least 72 hours for replay; partition key = session id. Firehose could
# also copy the stream to S3.
#
# Encryption: SSE-KMS with a **customer managed key** (auditable in CloudTrail, can be disabled, automatic
# rotation); its key policy must let SNS and the producers use it (`kms:GenerateDataKey`, `kms:Decrypt`).
#
# **Marking guide (3 points):** 1 point for FIFO with group id per customer and deduplication (or an equivalent
# exactly-once argument) for payments; 1 point for SNS fan-out to queues with a filter policy for email, plus
# DLQ/visibility settings; 1 point for Kinesis with a sensible shard count or on-demand and retention ≥ 3 days,
# and a customer managed KMS key with a reason.
# ### END SOLUTION

# %% [markdown]
# ## Summary
#
# - **KMS** keeps keys inside KMS; keys are regional (multi-Region keys replicate). Customer managed keys: your key
#   policy, optional automatic rotation with a period you choose (default a year) and on-demand rotation; deletion
#   after a 7–30 day waiting period. Imported material: manual rotation. CloudHSM for dedicated HSMs.
# - **Encrypt** takes at most 4 KB; bigger data uses **envelope encryption**: `GenerateDataKey` (plaintext +
#   encrypted data key), encrypt locally, store the encrypted key, `Decrypt` it later.
#   `GenerateDataKeyWithoutPlaintext` for later use, `ReEncrypt` to change keys without exposing plaintext.
# - **SQS**: poll-based; message up to 1 MiB (256 KiB in 2019); retention 1 min–14 days (default 4 days);
#   visibility timeout default 30 s, max 12 h; long polling up to 20 s; delay up to 15 min; DLQ after
#   `maxReceiveCount`; billed per request and per 64 KB chunk.
# - **FIFO**: order within a message group, deduplication for five minutes, 300 calls/s per action (×10 batched),
#   far more in high-throughput mode.
# - **SNS**: push pub/sub, fan-out to SQS, filter policies (AND across names, OR within a list); SMS priced per
#   country.
# - **SES**: application email out and in. **Kinesis Data Streams**: shards (1 MiB/s or 1,000 records/s in, 2 MiB/s
#   out), order per shard via the partition key's MD5 hash, retention up to 365 days, on-demand mode.
#   **Amazon Data Firehose** loads into destinations; Kinesis Data Analytics for SQL is retired (use Flink).
#
# ### Exam tips recap
#
# 1. Anything above 4 KB is encrypted with a data key, not with `Encrypt`.
# 2. Duplicate processing → visibility timeout too short, or missing delete; poison messages → DLQ.
# 3. Empty receives and high cost → long polling.
# 4. Order + no duplicates → FIFO with message groups and deduplication ids.
# 5. Many consumers of one event → SNS fan-out to SQS; consumers that want a subset → filter policies.
# 6. Shards = max(writes ÷ 1 MiB/s, reads ÷ 2 MiB/s, records ÷ 1,000/s), rounded up; order only within a shard.
#
# [← Week 4: DynamoDB](../week4_dynamodb/week4_dynamodb.ipynb) ·
# [Week 6: developer theory →](../week6_developer_theory/week6_developer_theory.ipynb)
