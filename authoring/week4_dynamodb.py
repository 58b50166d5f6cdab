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
# # Week 4: DynamoDB
#
# [← Week 3: build something serverless](../week3_serverless_build/week3_serverless_build.ipynb) ·
# [Week 5: KMS and other services →](../week5_kms_messaging/week5_kms_messaging.ipynb)
#
# DynamoDB is the database the Developer exam asks about most. Questions rarely ask what it *is*; they ask you to
# pick a key, an index, a read mode or a capacity setting for a described workload, to compute capacity units, or
# to explain why an application is throttled or reads old data. This week builds those skills with small,
# runnable pieces of Python, and with boto3 itself where it works without an AWS account.
#
# **Learning goals.** After this notebook you can:
#
# 1. choose a partition key (and sort key) with high cardinality, and pick an LSI or a GSI for a new access pattern;
# 2. say when a read is eventually or strongly consistent, and what each costs;
# 3. compute read and write capacity units for single, batch, query, scan and transactional operations;
# 4. compare on-demand and provisioned capacity for a workload;
# 5. handle throttling with exponential backoff and jitter, and finish a batch write despite `UnprocessedItems`;
# 6. build key conditions and projections with boto3, and read a query newest-first;
# 7. use TTL, Streams and caching (DAX, ElastiCache) correctly, including their stale-data traps;
# 8. restrict each user to their own items with `dynamodb:LeadingKeys`.
#
# **Exam domains served (DVA-C02).**
#
# | Domain | Task statement | Here |
# |---|---|---|
# | 1 Development with AWS Services | **T3 Use data stores** (primary): keys, indexes, consistency, query vs scan, caching | the whole notebook |
# | 1 Development with AWS Services | T1 Develop code: retries with exponential backoff and jitter, idempotency | 4.5, 4.7, transactions |
# | 2 Security | T1 Authentication and authorization: fine-grained, least-privilege access | `dynamodb:LeadingKeys` |
# | 4 Troubleshooting and Optimization | T3 Optimize: caching | DAX vs ElastiCache, 4.8 |
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

import copy
import json
import math
import random
from collections import Counter
from decimal import Decimal

import boto3
import pandas as pd
from boto3.dynamodb.conditions import Attr, ConditionExpressionBuilder, Key
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.stub import Stubber

from course.charts import dynamodb as dynamodb_charts

# One low-level client for the whole notebook. Calls only work inside a Stubber; anything else is blocked.
dynamodb = boto3.client("dynamodb", region_name="us-east-1")

# %% [markdown]
# ## 1. The data model: tables, items, attributes, keys
#
# A **table** holds **items**; an item is a set of named **attributes** (think: a row whose columns can differ
# from row to row). Apart from the key attributes there is no fixed schema. Values are typed: strings (`S`),
# numbers (`N`, sent as strings and returned to Python as `Decimal`), binary (`B`), booleans, null, lists, maps
# and sets. DynamoDB is both a key-value and a document store: a map attribute can hold a whole JSON document.
# An item, attribute names included, is limited in size (the first fact below), so large blobs belong in S3 with
# a pointer in the item.
#
# Every table has a **primary key**, chosen when the table is created and unchangeable afterwards:
#
# - **Partition key only** (also called the *hash* key). DynamoDB hashes the value to pick the physical partition
#   that stores the item. The value must be unique: one item per key.
# - **Composite key: partition key + sort key** (the sort key is also called the *range* key). Many items may
#   share a partition key; the pair must be unique. Items with the same partition key are stored together,
#   ordered by sort key, which is what makes range queries (`BETWEEN`, `begins_with`, `<`, `>`) cheap.
#
# A partition serves a limited throughput (facts below). All items with one partition key live in one partition,
# so a **high-cardinality** partition key (user id, order id, device id) spreads traffic; a low-cardinality one
# (status, country, today's date) makes a *hot partition* that throttles while the rest of the table idles.
#
# > **Exam tip.** "Which partition key gives the best performance?" The answer is the attribute with many distinct
# > values that requests hit evenly. A composite key such as `customer_id` + `order_date` serves "all orders of a
# > customer, by date" with one Query.
#
# Storage is on SSDs, replicated across three facilities (Availability Zones) in the Region. Every table is
# encrypted at rest; you choose the KMS key type (AWS owned, AWS managed or customer managed). Traffic uses TLS.
# **Global tables** replicate a table to other Regions, with every replica accepting writes
# (multi-Region, multi-active); conflicting writes are resolved by last writer wins.
#
# The DynamoDB rows of the course's fact table, with their sources, are below.

# %%
fact_table(service="DynamoDB", table="facts")

# %% [markdown]
# `source_grade` says how sure we are: **O** an official AWS page, **T** a third-party page, **U** no source was
# found (the per-table index quotas are such rows: treat them as likely, not certain).
#
# ### What changed since the 2019 notes
# This course started from a learner's notes written in 2019. Several DynamoDB figures have moved since. The
# table is built from the fact rows, so it always shows the values the course uses:

# %%
changed_table(service="DynamoDB")

# %% [markdown]
# ## 2. Secondary indexes: LSI and GSI
#
# A Query needs the partition key. When an access pattern needs a different key, add a **secondary index**: a
# copy of selected attributes, kept up to date by DynamoDB, organised under another key.
#
# | | Local secondary index (LSI) | Global secondary index (GSI) |
# |---|---|---|
# | key | **same** partition key, **different** sort key | **any** partition key and optional sort key |
# | when created | only **with the table**; cannot be added or removed later | any time (and deleted any time) |
# | consistency | eventual or **strong** | **eventual only** |
# | capacity | shares the table's capacity | its own capacity; a throttled GSI slows writes to the table |
# | scope | the items of one partition key | the whole table |
#
# **Projections.** An index stores the keys plus what you project: `KEYS_ONLY`, `INCLUDE` (listed attributes) or
# `ALL`. Querying an attribute that a GSI did not project means another read against the table, so project what
# the access pattern needs.
#
# > **Exam tip.** "Needs a strongly consistent read on an alternative sort order" means LSI, and an LSI must have
# > been defined when the table was created. "Query by an attribute that is not the partition key, on an existing
# > table" means GSI. Sparse indexes are a trick worth knowing: items without the index key attribute are simply
# > not in the GSI, which makes a cheap "only the flagged items" index.

# %%
print(f"LSIs per table: {facts.value('dynamodb.lsi_per_table')} ({facts.get('dynamodb.lsi_per_table').citation})")
print(f"GSIs per table: {facts.value('dynamodb.gsi_per_table')} ({facts.get('dynamodb.gsi_per_table').citation})")

# %% [markdown]
# ## 3. Consistency and transactions
#
# Writes are acknowledged once durable on a majority of copies; a read may hit a copy that has not caught up yet.
#
# - **Eventually consistent** reads are the **default** for `GetItem`, `BatchGetItem`, `Query` and `Scan`. They
#   usually see a write within about a second, and cost half as much.
# - **Strongly consistent** reads (`ConsistentRead=True`) always return the latest acknowledged write. They are
#   not available on GSIs or streams, and they cost a full read unit per 4 KB.
#
# **Transactions** (`TransactWriteItems`, `TransactGetItems`) group several actions, possibly across tables, into
# one all-or-nothing operation with ACID guarantees: atomic, consistent, isolated, durable. A typical example is a
# game purchase: debit the player's coins, add the item to the inventory, and record the sale, or do none of
# it. Each transactional read or write costs **twice** the normal capacity, because DynamoDB prepares and then
# commits. A `ClientRequestToken` makes `TransactWriteItems` **idempotent**: a retried call with the same token
# is not applied twice (the token is remembered only for a short window, so it is a retry aid, not a dedup store).

# %%
tx_items = facts.get("dynamodb.transaction_max_items")
print(f"One transaction: at most {tx_items.value} {tx_items.unit} and {facts.value('dynamodb.transaction_max_mb')} MB.")
print(f"The 2019 notes said {tx_items.value_in_2019_notes} items: {tx_items.changed}. Source: {tx_items.citation}")
print(f"Transactional reads and writes cost x{facts.value('dynamodb.transactional_factor')} the normal units.")

# %% [markdown]
# > **Exam tip.** "All-or-nothing update across two tables" means `TransactWriteItems`. "Check a condition on
# > another item as part of the write" means a `ConditionCheck` action inside the transaction. Conditional writes
# > (`ConditionExpression` on a single `PutItem`/`UpdateItem`) are enough for optimistic locking on one item with
# > a version attribute.
#
# ## 4. Time to live (TTL)
#
# TTL deletes items after a time you store in the item. You name one attribute as the table's TTL attribute; each
# item puts there a **Number** holding the expiry as **epoch seconds** (seconds since 1970-01-01 UTC, not
# milliseconds, not an ISO string). Items without the attribute, or whose value is not a Number, never expire.
# Expiry deletes are free (they consume no write capacity) and appear in the table's stream as system deletes.
#
# Deletion is a background job: an expired item is typically removed within a couple of days, and **until it is
# removed, reads, queries and scans still return it**. Code that must not see expired data filters it itself, for
# instance with a filter expression `expires_at > :now`, or in the application.

# %%
ttl = facts.get("dynamodb.ttl_delete_within_days")
print(f"Expired items are typically deleted within {ttl.value} {ttl.unit}; until then they are still readable.")
print(f"2019 notes: within 48 hours. Change: {ttl.changed}. Source: {ttl.citation}")

# %% [markdown]
# ## 5. Query, scan and the request options around them
#
# | | Query | Scan |
# |---|---|---|
# | reads | one partition key's items (optionally a sort-key range) | **every** item of the table or index |
# | needs | the partition key value (`KeyConditionExpression`) | nothing |
# | order | by sort key; `ScanIndexForward=False` for descending | no useful order |
# | cost | the items it reads | the whole table, whatever you filter |
#
# - `ProjectionExpression` returns only the listed attributes. It shrinks the response, **not** the capacity
#   consumed: capacity is counted on the items read.
# - `FilterExpression` is applied **after** the items are read, so it also saves nothing in capacity. Only a key
#   condition reduces what is read.
# - `ScanIndexForward` (default `True`, ascending) works **only on Query**, despite its name.
# - Both are eventually consistent by default; pass `ConsistentRead=True` for a strong read (not on a GSI).
# - **Pagination.** A single Query or Scan page reads at most a fixed amount of data (fact below), then returns
#   `LastEvaluatedKey`; pass it back as `ExclusiveStartKey` for the next page. `Limit` caps the items read per
#   page: a smaller **page size** makes each request lighter so a large scan does not eat a table's capacity in
#   one burst.
# - **Parallel scan.** `Segment` and `TotalSegments` split one scan into independent slices that several workers
#   read at the same time. Faster for big tables, but it burns capacity faster too, so use it when the table has
#   capacity to spare.
# - `GetItem` and `BatchGetItem` read items by their full primary key.
#
# > **Exam tip.** "The scan takes too long and slows the application" means a smaller page size (`Limit`) and
# > off-peak runs, or better, a Query on a well-chosen key or index. "Scan a big table as fast as possible" means
# > a parallel scan.
#
# The cell below prepares the requests of a four-segment parallel scan and lets botocore check them against the
# real DynamoDB API model (no call is sent).

# %%
from botocore.validate import ParamValidator

scan_model = dynamodb.meta.service_model.operation_model("Scan")
segments = [{"TableName": "Orders", "Segment": s, "TotalSegments": 4, "Limit": 100} for s in range(4)]
for params in segments:
    report = ParamValidator().validate(params, scan_model.input_shape)
    assert not report.has_errors(), report.generate_report()
print(f"{len(segments)} scan requests, valid for botocore; segment numbers start at 0:", [p["Segment"] for p in segments])
print(f"Each page reads at most {facts.value('dynamodb.query_page_max_mb')} MB "
      f"({facts.get('dynamodb.query_page_max_mb').citation})")

# %% [markdown]
# ## 6. Capacity: read and write units
#
# **Provisioned** capacity: you set read capacity units (RCU) and write capacity units (WCU) per second, optionally
# with auto scaling between a minimum and a maximum. **On-demand**: no capacity to set, you pay per request
# (read request units and write request units), and the table absorbs spikes. On-demand suits new, unknown or
# spiky workloads; provisioned is cheaper for steady, predictable traffic. The 2019 notes say you may switch
# modes once a day; AWS's current guide says a table can go from provisioned to on-demand up to four times in a
# rolling 24 hours, and back to provisioned at any time (fact `dynamodb.capacity_mode_switches_per_24h`, from the
# developer guide's `switching.capacitymode.html`, grade O, checked 2026-11).
#
# The arithmetic is the same in both modes:
#
# - **Reads:** round the item size **up** to the next 4 KB block. One block costs 1 unit strongly consistent,
#   half a unit eventually consistent, 2 units transactional. Round first, then apply the factor.
# - **Writes:** round up to the next 1 KB. One unit per KB, 2 per KB transactional.
# - **BatchGetItem / BatchWriteItem** count **each item** separately (each one rounded up).
# - **Query / Scan** add up the sizes of all items read and round the **total** once.
#
# The chart draws the read rule for item sizes up to 20 KB, straight from the fact rows.

# %%
rcu_block = facts.value("dynamodb.rcu_block_kb")
sizes = [i / 10 for i in range(1, 201)]  # 0.1 KB .. 20 KB
blocks = [math.ceil(s / rcu_block) for s in sizes]
fig = dynamodb_charts.capacity_by_item_size(
    sizes,
    {"strongly consistent": blocks,
     "eventually consistent": [b * facts.value("dynamodb.eventual_read_factor") for b in blocks],
     "transactional": [b * facts.value("dynamodb.transactional_factor") for b in blocks]},
    ylabel="read capacity units per read",
    source="Rules: facts dynamodb.rcu_block_kb, dynamodb.eventual_read_factor, dynamodb.transactional_factor "
           "(docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html, checked 2026-11)")
fig

# %% [markdown]
# ### Exercise 4.1: read and write units for one item (3 points)
#
# Write `read_units(size_kb, mode)` and `write_units(size_kb, transactional=False)`.
#
# - `read_units` returns the read capacity units of **one read** of an item of `size_kb` kilobytes, as a `float`.
#   `mode` is `"strong"`, `"eventual"` or `"transactional"`.
# - `write_units` returns the write capacity units of one write, as a `float`.
# - Both raise `ValueError` when the size is not above 0 or is above the maximum item size; the message must
#   contain the maximum (the number). `read_units` also raises `ValueError` for an unknown mode.
# - Take every constant from the fact table: `facts.value("dynamodb.rcu_block_kb")`, `"dynamodb.wcu_block_kb"`,
#   `"dynamodb.eventual_read_factor"`, `"dynamodb.transactional_factor"`, `"dynamodb.item_max_kb"`.
#
# <details><summary>Hint</summary>
#
# `math.ceil(size_kb / block)` counts the blocks. Apply the eventual or transactional factor **after** counting
# blocks: a 4 KB eventually consistent read costs half a unit, not a whole one. An item of exactly the maximum
# size is allowed.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex1_read_units", "solution": true}
def read_units(size_kb, mode):
    """Read capacity units (float) of one read of an item of `size_kb` KB in `mode`."""
    ### BEGIN SOLUTION
    max_kb = facts.value("dynamodb.item_max_kb")
    if not 0 < size_kb <= max_kb:
        raise ValueError(f"item size must be above 0 and at most {max_kb} KB, got {size_kb}")
    factors = {"strong": 1, "eventual": facts.value("dynamodb.eventual_read_factor"),
               "transactional": facts.value("dynamodb.transactional_factor")}
    if mode not in factors:
        raise ValueError(f"mode must be one of {sorted(factors)}, got {mode!r}")
    return float(math.ceil(size_kb / facts.value("dynamodb.rcu_block_kb")) * factors[mode])
    ### END SOLUTION


def write_units(size_kb, transactional=False):
    """Write capacity units (float) of one write of an item of `size_kb` KB."""
    ### BEGIN SOLUTION
    max_kb = facts.value("dynamodb.item_max_kb")
    if not 0 < size_kb <= max_kb:
        raise ValueError(f"item size must be above 0 and at most {max_kb} KB, got {size_kb}")
    factor = facts.value("dynamodb.transactional_factor") if transactional else 1
    return float(math.ceil(size_kb / facts.value("dynamodb.wcu_block_kb")) * factor)
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex1_read_units_helpers", "locked": true}
# The item size limit the checks below use.
MAX_KB = facts.value("dynamodb.item_max_kb")


# %% nbgrader={"grade": true, "grade_id": "ex1_read_units_tests", "points": 3}
with exercise("4.1 read and write units"):
    expect_equal(read_units(8, "strong"), 2.0, "an 8 KB strongly consistent read")
    expect_equal(read_units(8, "eventual"), 1.0, "an 8 KB eventually consistent read")
    expect_equal(read_units(8, "transactional"), 4.0, "an 8 KB transactional read")
    expect_equal(write_units(3), 3.0, "a 3 KB standard write")
    expect_equal(write_units(3, transactional=True), 6.0, "a 3 KB transactional write")
    expect_raises(ValueError, read_units, MAX_KB + 100, "strong", what="an item above the size limit",
                  match=str(MAX_KB))
    expect_equal(read_units(4, "eventual"), 0.5, "a 4 KB eventually consistent read costs half a unit")
### BEGIN HIDDEN TESTS
expect_equal(read_units(12, "eventual"), 1.5, "12 KB eventually consistent", reveal=False)
expect_equal(read_units(4.1, "eventual"), 1.0, "rounding up before halving", reveal=False)
expect_equal(read_units(4.1, "strong"), 2.0, "4.1 KB rounds up to 8 KB", reveal=False)
expect_equal(read_units(0.5, "strong"), 1.0, "a tiny item still costs one block", reveal=False)
expect_equal(read_units(5, "transactional"), 4.0, "5 KB transactional: two blocks, doubled", reveal=False)
expect_equal(read_units(MAX_KB, "strong"), float(MAX_KB / facts.value("dynamodb.rcu_block_kb")),
             "an item of exactly the maximum size is allowed", reveal=False)
expect_equal(write_units(1.5), 2.0, "1.5 KB write rounds up to 2 KB", reveal=False)
expect_equal(write_units(0.2, transactional=True), 2.0, "a small transactional write", reveal=False)
expect_equal(write_units(MAX_KB), float(MAX_KB), "a maximum-size write", reveal=False)
expect_raises(ValueError, read_units, MAX_KB + 0.5, "eventual", what="just above the limit (read)")
expect_raises(ValueError, write_units, MAX_KB + 1, what="above the limit (write)", match=str(MAX_KB))
expect_raises(ValueError, read_units, 0, "strong", what="a size of 0")
expect_raises(ValueError, write_units, -1, what="a negative size")
expect_raises(ValueError, read_units, 4, "fast", what="an unknown mode")
assert type(read_units(4, "strong")) is float, "read_units must return a float"
assert type(write_units(4)) is float, "write_units must return a float"
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 4.2: BatchGetItem or Query? (2 points)
#
# The same items can cost different amounts depending on how you read them. Write:
#
# - `batch_get_rcu(sizes_kb, consistent=False)`: the read units one `BatchGetItem` call consumes to return items of
#   the listed sizes. Raise `ValueError` if the list holds more items than one call may request
#   (`facts.value("dynamodb.batch_get_max_items")`).
# - `query_rcu(sizes_kb, consistent=False)`: the read units one Query consumes when it reads exactly these items.
#
# Both return a `float`; `consistent=False` (the API's default) means eventually consistent. `sizes_kb` is never
# empty. Every item is within the size limit; no need to re-check it.
#
# <details><summary>Hint</summary>
#
# Batch: round **each** item up to 4 KB, then add. Query: add the sizes, then round the **total** once. Then apply
# the eventual-consistency factor. Check: 1.5 KB + 6.5 KB strongly consistent is 3 units by BatchGetItem (4 KB +
# 8 KB) but 2 units by Query (8 KB in total).
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex2_batch_vs_query", "solution": true}
def batch_get_rcu(sizes_kb, consistent=False):
    """Read units (float) of one BatchGetItem returning items of these sizes."""
    ### BEGIN SOLUTION
    if len(sizes_kb) > facts.value("dynamodb.batch_get_max_items"):
        raise ValueError(f"BatchGetItem takes at most {facts.value('dynamodb.batch_get_max_items')} items")
    block = facts.value("dynamodb.rcu_block_kb")
    factor = 1 if consistent else facts.value("dynamodb.eventual_read_factor")
    return float(sum(math.ceil(s / block) for s in sizes_kb) * factor)
    ### END SOLUTION


def query_rcu(sizes_kb, consistent=False):
    """Read units (float) of one Query that reads items of these sizes."""
    ### BEGIN SOLUTION
    factor = 1 if consistent else facts.value("dynamodb.eventual_read_factor")
    return float(math.ceil(sum(sizes_kb) / facts.value("dynamodb.rcu_block_kb")) * factor)
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex2_batch_vs_query_tests", "points": 2}
with exercise("4.2 BatchGetItem or Query"):
    expect_equal(batch_get_rcu([1.5, 6.5], consistent=True), 3.0, "BatchGetItem of 1.5 KB + 6.5 KB, strong")
    expect_equal(query_rcu([1.5, 6.5], consistent=True), 2.0, "Query over 1.5 KB + 6.5 KB, strong")
    expect_equal(batch_get_rcu([1.5, 6.5]), 1.5, "BatchGetItem is eventually consistent by default")
### BEGIN HIDDEN TESTS
expect_equal(query_rcu([1.5, 6.5]), 1.0, "Query is eventually consistent by default", reveal=False)
expect_equal(batch_get_rcu([0.5] * 10, consistent=True), 10.0, "ten small items, each rounded", reveal=False)
expect_equal(batch_get_rcu([0.5] * 10), 5.0, "ten small items, eventual", reveal=False)
expect_equal(query_rcu([0.5] * 10, consistent=True), 2.0, "ten small items, total rounded once", reveal=False)
expect_equal(query_rcu([1] * 9), 1.5, "9 KB eventual: round to 12 KB, then halve", reveal=False)
expect_equal(query_rcu([3, 3, 3], consistent=True), 3.0, "9 KB strong", reveal=False)
expect_equal(batch_get_rcu([1] * facts.value("dynamodb.batch_get_max_items"), consistent=True),
             float(facts.value("dynamodb.batch_get_max_items")), "a full batch is allowed", reveal=False)
_ = expect_raises(ValueError, batch_get_rcu, [1] * (facts.value("dynamodb.batch_get_max_items") + 1),
              what="one item more than BatchGetItem accepts")
### END HIDDEN TESTS

# %% [markdown]
# ### On-demand or provisioned?
#
# Prices come from the price table (us-east-1). On-demand prices were **halved in November 2024**; the 2019 notes
# and many older practice questions use the old ones:

# %%
fact_table(service="DynamoDB", table="prices", changes=True)

# %% [markdown]
# A provisioned unit costs the same whether you use it or not; an on-demand request unit costs the same whenever
# you use it. So the question is **utilisation**: what share of the provisioned capacity does the workload use on
# average over the month? The chart prices a table provisioned at 1,000 WCU against the same traffic on demand.
# Below the break-even utilisation on-demand is cheaper; above it, provisioned. (Provisioned at 100 %
# utilisation is unrealistic: you need headroom for peaks, or auto scaling.)

# %%
hours = facts.value("time.hours_per_month")
seconds_per_hour = 60 * 60
per_million = 1_000_000
wcu_hour = facts.value("dynamodb.provisioned_wcu_hour")
wru_price = facts.value("dynamodb.ondemand_write_per_million")
provisioned_wcu = 1_000  # the scenario's table
utilisation = [u / 100 for u in range(0, 101)]
on_demand_cost = [u * provisioned_wcu * seconds_per_hour * hours / per_million * wru_price for u in utilisation]
provisioned_cost = [provisioned_wcu * wcu_hour * hours for _ in utilisation]
break_even = wcu_hour / (seconds_per_hour * wru_price / per_million)
fig = dynamodb_charts.cost_vs_utilisation(
    utilisation, on_demand_cost, provisioned_cost, crossover=break_even,
    capacity_label=f"{provisioned_wcu:,} WCU",
    source="Prices: dynamodb.ondemand_write_per_million, dynamodb.provisioned_wcu_hour (us-east-1, third-party "
           "sources, T, checked 2026-11); month = time.hours_per_month hours. Writes of items up to 1 KB.")
fig

# %% [markdown]
# ### Exercise 4.3: monthly cost of a daily traffic profile (2 points)
#
# A table receives only writes of items up to 1 KB (one write unit each). `hourly_writes` is a list of 24 numbers:
# the average writes per second in each hour of a day, and every day of the month looks the same.
#
# - `on_demand_monthly_cost(hourly_writes)`: the on-demand write cost of one month in USD.
# - `provisioned_monthly_cost(hourly_writes)`: the cost of provisioning a **fixed** number of WCU all month,
#   enough for the busiest hour (whole units only; no auto scaling).
# - `cheaper_mode(hourly_writes)`: `"on-demand"` if it is strictly cheaper, otherwise `"provisioned"`.
#
# Use `facts.value("time.hours_per_month")` for the length of the month, and the price rows
# `dynamodb.ondemand_write_per_million` and `dynamodb.provisioned_wcu_hour`.
#
# <details><summary>Hint</summary>
#
# Writes in one day: each hour contributes `rate × 3600`. A month holds `hours_per_month / 24` days. Provisioned
# capacity must cover the **peak** hour, rounded **up** to a whole WCU, and is paid for every hour of the month.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex3_capacity_cost", "solution": true}
def on_demand_monthly_cost(hourly_writes):
    """USD per month for these writes on an on-demand table."""
    ### BEGIN SOLUTION
    writes_per_day = sum(rate * 60 * 60 for rate in hourly_writes)
    writes_per_month = writes_per_day * facts.value("time.hours_per_month") / 24
    return writes_per_month / 1_000_000 * facts.value("dynamodb.ondemand_write_per_million")
    ### END SOLUTION


def provisioned_monthly_cost(hourly_writes):
    """USD per month for a fixed provisioned capacity that covers the busiest hour."""
    ### BEGIN SOLUTION
    wcu = math.ceil(max(hourly_writes))
    return wcu * facts.value("dynamodb.provisioned_wcu_hour") * facts.value("time.hours_per_month")
    ### END SOLUTION


def cheaper_mode(hourly_writes):
    """'on-demand' if strictly cheaper for this profile, else 'provisioned'."""
    ### BEGIN SOLUTION
    if on_demand_monthly_cost(hourly_writes) < provisioned_monthly_cost(hourly_writes):
        return "on-demand"
    return "provisioned"
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex3_capacity_cost_tests", "points": 2}
HOURS = facts.value("time.hours_per_month")
WRU = facts.value("dynamodb.ondemand_write_per_million")
WCU_HOUR = facts.value("dynamodb.provisioned_wcu_hour")
with exercise("4.3 monthly cost"):
    flat = [100] * 24
    expect_equal(on_demand_monthly_cost(flat), 100 * 3600 * HOURS / 1e6 * WRU, "100 writes/s all month, on-demand")
    expect_equal(provisioned_monthly_cost(flat), 100 * WCU_HOUR * HOURS, "100 writes/s all month, provisioned")
    expect_equal(cheaper_mode(flat), "provisioned", "steady traffic")
    spiky = [5] * 20 + [400] * 4
    expect_equal(provisioned_monthly_cost(spiky), 400 * WCU_HOUR * HOURS, "provisioned for the peak hour")
### BEGIN HIDDEN TESTS
expect_equal(on_demand_monthly_cost(spiky), (5 * 20 + 400 * 4) * 3600 * HOURS / 24 / 1e6 * WRU,
             "spiky profile on-demand", reveal=False)
expect_equal(cheaper_mode(spiky), "on-demand", "short daily spike", reveal=False)
fractional = [10.2] * 24
expect_equal(provisioned_monthly_cost(fractional), 11 * WCU_HOUR * HOURS, "whole WCU, rounded up", reveal=False)
expect_equal(on_demand_monthly_cost([0] * 23 + [1]), 3600 * HOURS / 24 / 1e6 * WRU, "one busy hour", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Partitions, throttling and retries
#
# When requests exceed what a table, an index or a single partition can serve, DynamoDB rejects them with
# `ProvisionedThroughputExceededException` (HTTP 400; on-demand tables can throttle too, for example on a hot
# key or above a configured maximum). The partition limits below apply in **both** capacity modes: no amount of
# table capacity lets one partition key go beyond them.

# %%
print(f"One partition serves at most {facts.value('dynamodb.partition_max_rcu'):,} RCU "
      f"and {facts.value('dynamodb.partition_max_wcu'):,} WCU per second "
      f"({facts.get('dynamodb.partition_max_wcu').citation}).")
# A scenario: a leaderboard table written 4,000 times per second, where one key gets a large share.
scenario_shares = {"game#global": 0.40, "game#eu": 0.20, "game#us": 0.20, "game#asia": 0.12, "game#other": 0.08}
scenario_rate = 4_000
fig = dynamodb_charts.traffic_by_partition_key(
    list(scenario_shares), [share * scenario_rate for share in scenario_shares.values()],
    facts.value("dynamodb.partition_max_wcu"), unit="WCU",
    source="Limit: fact dynamodb.partition_max_wcu (docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
           "warm-throughput-scenarios.html, O, checked 2026-11). Traffic shares: a made-up scenario.")
fig

# %% [markdown]
# Fixes for a hot key: a key with more distinct values, **write sharding** (append a random or computed suffix
# `game#global#0..9` and read all shards), or caching reads in front of the table.
#
# ### Exercise 4.4: find the hot partition keys (2 points)
#
# You sampled the partition key of requests to a table. Each request consumes one capacity unit. Write
# `hot_keys(sample, requests_per_second, kind)` that estimates each key's units per second as
# *(its share of the sample) × requests_per_second* and returns a dict `{key: estimate}` of the keys whose
# estimate is **above** one partition's limit for `kind` (`"read"` uses the RCU limit, `"write"` the WCU limit;
# anything else raises `ValueError`). Use `facts.value("dynamodb.partition_max_rcu")` and `"...max_wcu"`.
#
# <details><summary>Hint</summary>
#
# `collections.Counter(sample)` counts the keys; the share is count / `len(sample)`. A key exactly at the limit is
# not above it.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex4_hot_partition", "solution": true}
def hot_keys(sample, requests_per_second, kind):
    """{partition key: estimated units/s} for the keys above one partition's limit."""
    ### BEGIN SOLUTION
    limits = {"read": facts.value("dynamodb.partition_max_rcu"), "write": facts.value("dynamodb.partition_max_wcu")}
    if kind not in limits:
        raise ValueError(f"kind must be 'read' or 'write', got {kind!r}")
    counts = Counter(sample)
    estimates = {key: count / len(sample) * requests_per_second for key, count in counts.items()}
    return {key: rate for key, rate in estimates.items() if rate > limits[kind]}
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex4_hot_partition_tests", "points": 2}
sample = ["user#1"] * 6 + ["user#2"] * 2 + ["user#3"] * 2
with exercise("4.4 hot partition keys"):
    expect_equal(hot_keys(sample, 6000, "read"), {"user#1": 3600.0}, "reads at 6,000/s")
    expect_equal(hot_keys(sample, 1000, "read"), {}, "reads at 1,000/s")
    expect_equal(hot_keys(sample, 2000, "write"), {"user#1": 1200.0}, "writes use the write limit")
### BEGIN HIDDEN TESTS
expect_equal(hot_keys(sample, 1500, "write"), {}, "writes just below the limit", reveal=False)
limit_rate = facts.value("dynamodb.partition_max_rcu") / 0.6
expect_equal(hot_keys(sample, limit_rate, "read"), {}, "exactly at the limit is not above it", reveal=False)
rng = random.Random(44)
big = rng.choices(["a", "b", "c", "d"], weights=[50, 30, 15, 5], k=2000)
counts = Counter(big)
expected = {k: c / 2000 * 5000 for k, c in counts.items() if c / 2000 * 5000 > facts.value("dynamodb.partition_max_wcu")}
expect_equal(hot_keys(big, 5000, "write"), expected, "a seeded sample of 2,000 requests", reveal=False)
_ = expect_raises(ValueError, hot_keys, sample, 10, "scan", what="an unknown kind")
### END HIDDEN TESTS

# %% [markdown]
# ### Retrying throttled requests
#
# The AWS SDKs **retry throttled and transient errors automatically**, with exponential backoff and jitter: each
# retry waits a random time between 0 and a cap that doubles after every failed attempt, up to a ceiling.
# Randomness (jitter) stops many clients from retrying in lockstep. In boto3's default **standard** retry mode the
# cap before retry *i* (i = 1 after the first failed attempt) is `min(base × 2^(i−1), ceiling)`; the base is 1 s
# for throttling errors and much smaller for other transient errors on DynamoDB; DynamoDB calls get one more
# attempt in total than most services. Code that calls DynamoDB through its own HTTP layer, or that retries
# *parts* of a batch (next section), must do the same by hand.

# %%
for key in ("sdk.standard_retry_max_attempts_dynamodb", "sdk.standard_retry_throttle_base_seconds",
            "sdk.standard_retry_base_seconds", "sdk.standard_retry_max_backoff_seconds"):
    row = facts.get(key)
    print(f"{row.description}: {row.value} {row.unit}")

# %% [markdown]
# > **Exam tip.** `ProvisionedThroughputExceededException` → "the SDK already retries with exponential backoff;
# > if it persists, add capacity (or on-demand), fix the hot key, or cache reads". Retrying immediately in a tight
# > loop is always the wrong answer.
#
# ### Exercise 4.5: exponential backoff with full jitter, as botocore does it (3 points)
#
# Reproduce botocore's standard retry mode for DynamoDB. The check cell compares your numbers with botocore's own
# `ExponentialBackoff` class.
#
# - `backoff_cap(attempt, throttled)`: the largest delay (seconds, `float`) before retrying after failed attempt
#   number `attempt` (1 = the first call failed). Base: `facts.value("sdk.standard_retry_throttle_base_seconds")`
#   when `throttled`, else `facts.value("sdk.standard_retry_base_seconds")`; ceiling:
#   `facts.value("sdk.standard_retry_max_backoff_seconds")`.
# - `backoff_delay(attempt, throttled, rand)`: full jitter, `rand()` (a number in [0, 1)) times the cap.
# - `retry_delays(throttled, rand)`: the list of delays one call goes through when every attempt fails: one delay
#   between each pair of attempts, for `facts.value("sdk.standard_retry_max_attempts_dynamodb")` attempts. Call
#   `rand()` once per delay, in order.
#
# <details><summary>Hint</summary>
#
# `min(base * 2 ** (attempt - 1), ceiling)`. With 4 attempts there are 3 waits. Full jitter means the delay can be
# anything from 0 up to the cap, not "half the cap plus a random half".
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex5_backoff", "solution": true}
def backoff_cap(attempt, throttled):
    """Upper bound (seconds) of the wait after failed attempt `attempt` (1-based)."""
    ### BEGIN SOLUTION
    base = facts.value("sdk.standard_retry_throttle_base_seconds" if throttled else "sdk.standard_retry_base_seconds")
    return float(min(base * 2 ** (attempt - 1), facts.value("sdk.standard_retry_max_backoff_seconds")))
    ### END SOLUTION


def backoff_delay(attempt, throttled, rand):
    """Full-jitter delay: rand() times the cap."""
    ### BEGIN SOLUTION
    return rand() * backoff_cap(attempt, throttled)
    ### END SOLUTION


def retry_delays(throttled, rand):
    """The waits of one DynamoDB call whose every attempt fails."""
    ### BEGIN SOLUTION
    attempts = facts.value("sdk.standard_retry_max_attempts_dynamodb")
    return [backoff_delay(a, throttled, rand) for a in range(1, attempts)]
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex5_backoff_helpers", "locked": true}
# botocore_delay(...): what botocore's standard retry mode waits, to compare yours with.
from botocore.retries.standard import ExponentialBackoff, RetryContext, RetryEventAdapter, ThrottlingErrorDetector


def botocore_delay(attempt, throttled, rand):
    """What botocore's standard mode waits for a DynamoDB error after `attempt` failed attempts."""
    backoff = ExponentialBackoff(random=rand, service_name="dynamodb",
                                 throttling_detector=ThrottlingErrorDetector(RetryEventAdapter()))
    code = "ProvisionedThroughputExceededException" if throttled else "InternalServerError"
    return backoff.delay_amount(RetryContext(attempt_number=attempt, parsed_response={"Error": {"Code": code}}))


# %% nbgrader={"grade": true, "grade_id": "ex5_backoff_tests", "points": 3}
with exercise("4.5 exponential backoff"):
    for attempt in range(1, 13):  # the cap after each failed attempt, as botocore computes it
        for throttled in (True, False):
            expect_equal(backoff_cap(attempt, throttled), botocore_delay(attempt, throttled, lambda: 1.0),
                         f"cap after attempt {attempt}, throttled={throttled}")
    expect_equal(backoff_delay(3, True, lambda: 1.0), botocore_delay(3, True, lambda: 1.0), "delay with rand() = 1")
    expect_equal(retry_delays(True, lambda: 1.0), [botocore_delay(a, True, lambda: 1.0) for a in (1, 2, 3)],
                 "the waits of one throttled call, upper bounds")
    for attempt in range(1, 13):
        for throttled in (True, False):
            expect_equal(backoff_delay(attempt, throttled, lambda: 0.0), 0.0, "full jitter can wait 0 s")
            expect_equal(backoff_delay(attempt, throttled, lambda: 0.5), botocore_delay(attempt, throttled, lambda: 0.5),
                         "half of the cap")
### BEGIN HIDDEN TESTS
mine, theirs = random.Random(7), random.Random(7)
expect_equal([backoff_delay(a, True, mine.random) for a in range(1, 9)],
             [botocore_delay(a, True, theirs.random) for a in range(1, 9)], "a seeded random sequence", reveal=False)
expect_equal(retry_delays(False, lambda: 0.5), [botocore_delay(a, False, lambda: 0.5) for a in (1, 2, 3)],
             "waits of one failing call, non-throttling", reveal=False)
expect_equal(len(retry_delays(True, random.random)), facts.value("sdk.standard_retry_max_attempts_dynamodb") - 1,
             "one wait between each pair of attempts", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Building requests with boto3: key conditions, projections, order
#
# boto3 has two layers. The **resource** layer (`boto3.resource("dynamodb").Table(...)`) takes plain Python values
# and conditions like `Key("pk").eq(x)`. The **client** layer (`boto3.client("dynamodb")`) speaks the wire format,
# DynamoDB JSON: every value is wrapped with its type, `{"S": "abc"}`, `{"N": "42"}`. The pieces the resource
# layer uses are available on their own: `ConditionExpressionBuilder` turns a condition into an expression string
# with `#n` name placeholders and `:v` value placeholders (placeholders also avoid clashes with reserved words such
# as `status` or `date`), and `TypeSerializer` / `TypeDeserializer` convert values (numbers as `Decimal`; floats
# are refused).

# %%
builder = ConditionExpressionBuilder()
demo = builder.build_expression(Key("pk").eq("user#7") & Key("sk").begins_with("2026-"), is_key_condition=True)
print(demo.condition_expression, demo.attribute_name_placeholders, demo.attribute_value_placeholders)
print(TypeSerializer().serialize(Decimal("19.99")), TypeDeserializer().deserialize({"N": "19.99"}))

# %% [markdown]
# `ReturnConsumedCapacity` asks DynamoDB to report what a request consumed: `NONE` (default), `TOTAL`, or
# `INDEXES` (total plus a breakdown per table and index). A stubbed example, showing the response shape:

# %%
with Stubber(dynamodb) as stub:
    stub.add_response(
        "query",
        {"Items": [], "Count": 0, "ScannedCount": 0,
         "ConsumedCapacity": {"TableName": "Orders", "CapacityUnits": 0.5, "Table": {"CapacityUnits": 0.5}}},
        {"TableName": "Orders", "KeyConditionExpression": "#pk = :pk",
         "ExpressionAttributeNames": {"#pk": "customer_id"}, "ExpressionAttributeValues": {":pk": {"S": "c-1"}},
         "ReturnConsumedCapacity": "INDEXES"})
    response = dynamodb.query(TableName="Orders", KeyConditionExpression="#pk = :pk",
                              ExpressionAttributeNames={"#pk": "customer_id"},
                              ExpressionAttributeValues={":pk": {"S": "c-1"}}, ReturnConsumedCapacity="INDEXES")
print(response["ConsumedCapacity"])

# %% [markdown]
# ### Exercise 4.6: a key condition for "a customer's orders in a date range, newest first" (3 points)
#
# Table `Orders` has partition key `customer_id` (string) and sort key `order_date` (ISO date string, e.g.
# `"2026-03-31"`). Write `orders_query(customer_id, start_date, end_date)` that returns the keyword arguments for
# `dynamodb.query(**kwargs)` (the **client**, so values in DynamoDB JSON):
#
# - `TableName`: `"Orders"`;
# - `KeyConditionExpression`, `ExpressionAttributeNames`, `ExpressionAttributeValues` built with a **new**
#   `ConditionExpressionBuilder` from `Key("customer_id").eq(...) & Key("order_date").between(...)` (both dates
#   included), with the values serialized by `TypeSerializer`;
# - newest first;
# - `ProjectionExpression` returning only `order_id`, `order_date` and `order_total` (plain names: none is a
#   reserved word).
#
# <details><summary>Hint</summary>
#
# `build_expression(condition, is_key_condition=True)` returns an object with `condition_expression`,
# `attribute_name_placeholders` and `attribute_value_placeholders`. A builder keeps counting its placeholders
# from call to call, so create it inside the function. `ScanIndexForward=False` gives descending sort-key order.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_key_condition", "solution": true}
def orders_query(customer_id, start_date, end_date):
    """kwargs for dynamodb.query: one customer's orders between two dates (inclusive), newest first."""
    ### BEGIN SOLUTION
    condition = Key("customer_id").eq(customer_id) & Key("order_date").between(start_date, end_date)
    built = ConditionExpressionBuilder().build_expression(condition, is_key_condition=True)
    serializer = TypeSerializer()
    return {
        "TableName": "Orders",
        "KeyConditionExpression": built.condition_expression,
        "ExpressionAttributeNames": built.attribute_name_placeholders,
        "ExpressionAttributeValues": {k: serializer.serialize(v) for k, v in built.attribute_value_placeholders.items()},
        "ScanIndexForward": False,
        "ProjectionExpression": "order_id, order_date, order_total",
    }
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex6_key_condition_helpers", "locked": true}
# run_stubbed_query(params, items): botocore checks your parameters against the real Query API.
def run_stubbed_query(params, items):
    """Send `params` to the stubbed client (botocore validates them against the real API model)."""
    with Stubber(dynamodb) as stub:
        stub.add_response("query", {"Items": items, "Count": len(items), "ScannedCount": len(items)}, params)
        response = dynamodb.query(**params)
        stub.assert_no_pending_responses()
    return response


# %% nbgrader={"grade": true, "grade_id": "ex6_key_condition_tests", "points": 3}
with exercise("4.6 key condition"):
    params = orders_query("c-42", "2026-01-01", "2026-03-31")
    expect_equal(params["TableName"], "Orders", "table name")
    expect_equal(params["KeyConditionExpression"], "(#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2)", "key condition")
    expect_equal(params["ExpressionAttributeNames"], {"#n0": "customer_id", "#n1": "order_date"}, "names")
    expect_equal(params["ExpressionAttributeValues"],
                 {":v0": {"S": "c-42"}, ":v1": {"S": "2026-01-01"}, ":v2": {"S": "2026-03-31"}}, "values")
    expect_equal(params["ScanIndexForward"], False, "newest first")
    expect_equal({p.strip() for p in params["ProjectionExpression"].split(",")},
                 {"order_id", "order_date", "order_total"}, "projected attributes")
    got = run_stubbed_query(params, [{"order_id": {"S": "o-9"}, "order_date": {"S": "2026-03-02"},
                                      "order_total": {"N": "25.50"}}])
    expect_equal(got["Count"], 1, "the stubbed query accepted your parameters")
    again = orders_query("c-7", "2025-12-01", "2025-12-31")
    expect_equal(again["KeyConditionExpression"], "(#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2)",
                 "placeholders start again at 0 for every call (a new builder each time)")
### BEGIN HIDDEN TESTS
expect_equal(again["ExpressionAttributeValues"],
             {":v0": {"S": "c-7"}, ":v1": {"S": "2025-12-01"}, ":v2": {"S": "2025-12-31"}}, "values, second call",
             reveal=False)
expect_equal(again["ExpressionAttributeNames"], {"#n0": "customer_id", "#n1": "order_date"}, "names, second call",
             reveal=False)
expect_true(again["ScanIndexForward"] is False, "descending order on every call")
expect_equal(set(again), {"TableName", "KeyConditionExpression", "ExpressionAttributeNames",
                          "ExpressionAttributeValues", "ScanIndexForward", "ProjectionExpression"},
             "exactly the requested arguments", reveal=False)
expect_equal(run_stubbed_query(again, [])["Count"], 0, "second query accepted by botocore", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Batches and `UnprocessedItems`
#
# `BatchWriteItem` puts or deletes up to a fixed number of items per call (and a total request size), across
# tables; `BatchGetItem` reads up to its own limit. A batch is **not** a transaction: each item succeeds or fails
# on its own. When part of a batch is throttled, the call still succeeds and returns the leftovers in
# `UnprocessedItems` (or `UnprocessedKeys` for reads). The SDK does **not** retry those for you: your code resends
# them, ideally with backoff (exercise 4.5). The resource layer's `table.batch_writer()` does this chunking and
# resending for you.

# %%
print(f"BatchWriteItem: {facts.value('dynamodb.batch_write_max_items')} put/delete requests and "
      f"{facts.value('dynamodb.batch_write_max_mb')} MB per call; "
      f"BatchGetItem: {facts.value('dynamodb.batch_get_max_items')} items per call.")

# %% [markdown]
# ### Exercise 4.7: a batch writer that finishes the job (3 points)
#
# Write `write_all(client, table_name, items, max_retries=3)` that puts every item with `client.batch_write_item`:
#
# - `items` are plain Python dicts (strings, ints, `Decimal`s): serialize each attribute with `TypeSerializer`;
# - send them in order, in chunks of at most `facts.value("dynamodb.batch_write_max_items")` put requests;
# - after each call, if the response's `UnprocessedItems` is not empty, send **exactly that** as the next
#   call's `RequestItems`, and repeat until nothing is left; then go on with the next chunk;
# - a chunk may be resent at most `max_retries` times; if items are still unprocessed after that, raise
#   `RuntimeError`;
# - return the number of `batch_write_item` calls made.
#
# (A production version would also wait with backoff before each resend; it is left out to keep the checks fast.)
# The checks run your function against a real boto3 client with a `Stubber` that expects precise requests.
#
# <details><summary>Hint</summary>
#
# `RequestItems={table_name: [{"PutRequest": {"Item": {...}}}, ...]}`. The response of a stubbed call contains
# `UnprocessedItems`, already in the same shape as `RequestItems`. `response.get("UnprocessedItems")` is falsy
# when nothing is left.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex7_batch_writer", "solution": true}
def write_all(client, table_name, items, max_retries=3):
    """Put all items with BatchWriteItem, resending UnprocessedItems; return the number of calls."""
    ### BEGIN SOLUTION
    serializer = TypeSerializer()
    chunk = facts.value("dynamodb.batch_write_max_items")
    calls = 0
    for start in range(0, len(items), chunk):
        request = {table_name: [{"PutRequest": {"Item": {k: serializer.serialize(v) for k, v in item.items()}}}
                                for item in items[start:start + chunk]]}
        retries = 0
        while True:
            response = client.batch_write_item(RequestItems=request)
            calls += 1
            request = response.get("UnprocessedItems") or {}
            if not request:
                break
            if retries == max_retries:
                raise RuntimeError(f"items still unprocessed after {max_retries} retries")
            retries += 1
    return calls
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex7_batch_writer_helpers", "locked": true}
# The BatchWriteItem requests your code must send, written out by hand.
def put_requests(numbers):
    """The PutRequests for scores #n, in DynamoDB JSON (written by hand, independent of TypeSerializer)."""
    return [{"PutRequest": {"Item": {"pk": {"S": f"score#{n}"}, "points": {"N": str(n)}}}} for n in numbers]


def score_items(count):
    return [{"pk": f"score#{n}", "points": n} for n in range(count)]


def queue_batch(stub, numbers, unprocessed=()):
    """One BatchWriteItem of the scores `numbers`; DynamoDB answers that `unprocessed` ones were not written."""
    left = {"Scores": put_requests(unprocessed)} if unprocessed else {}
    stub.add_response("batch_write_item", {"UnprocessedItems": left}, {"RequestItems": {"Scores": put_requests(numbers)}})


# %% nbgrader={"grade": true, "grade_id": "ex7_batch_writer_tests", "points": 3}
with exercise("4.7 batch writer"):
    with Stubber(dynamodb) as stub:
        queue_batch(stub, range(25))
        queue_batch(stub, range(25, 30))
        calls = write_all(dynamodb, "Scores", score_items(30))
        stub.assert_no_pending_responses()
    expect_equal(calls, 2, "30 items, nothing unprocessed")
    with Stubber(dynamodb) as stub:
        queue_batch(stub, range(25), unprocessed=[3, 17])
        queue_batch(stub, [3, 17])  # the leftovers are sent again before the next batch
        queue_batch(stub, range(25, 50))
        queue_batch(stub, range(50, 60))
        calls = write_all(dynamodb, "Scores", score_items(60))
        stub.assert_no_pending_responses()
### BEGIN HIDDEN TESTS
expect_equal(calls, 4, "60 items with two unprocessed in the first call", reveal=False)
with Stubber(dynamodb) as stub:
    stuck = {"Scores": put_requests([1])}
    stub.add_response("batch_write_item", {"UnprocessedItems": stuck}, {"RequestItems": {"Scores": put_requests(range(5))}})
    stub.add_response("batch_write_item", {"UnprocessedItems": stuck}, {"RequestItems": stuck})
    stub.add_response("batch_write_item", {"UnprocessedItems": stuck}, {"RequestItems": stuck})
    expect_raises(RuntimeError, write_all, dynamodb, "Scores", score_items(5), max_retries=2,
                  what="an item that stays unprocessed")
    stub.assert_no_pending_responses()
with Stubber(dynamodb) as stub:
    expect_equal(write_all(dynamodb, "Scores", []), 0, "no items, no calls", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 10. Caching: DAX and ElastiCache
#
# **DAX (DynamoDB Accelerator)** is an in-memory cache built for DynamoDB. You point the DAX client at the DAX
# cluster instead of the table, with the same API calls; reads that hit the cache return in microseconds
# instead of milliseconds. DAX is **write-through** for writes made through it, and on a read miss it fetches the
# item with an **eventually consistent** read and caches it with a TTL. Strongly consistent reads pass through to
# the table (not cached). Best for read-heavy or bursty reads of the same items; no help for write-heavy
# workloads or for reads that must be strongly consistent.
#
# **ElastiCache** (Redis OSS / Valkey or Memcached) is a general cache you manage in your code, so you pick the
# strategy:
#
# - **Lazy loading (cache-aside)**: read the cache; on a miss read the database and store the result. Only
#   requested data is cached (memory-efficient) and a cache failure is not fatal, but every miss costs three trips,
#   and the cached copy goes **stale** when the database changes. A **TTL** on cache entries bounds how long stale
#   data can live; it lowers the risk but does not remove it.
# - **Write-through**: every database write also updates the cache, so cached data is never stale, but every write
#   pays twice and the cache fills with data nobody may read (add a TTL). Usually combined with lazy loading for
#   misses.
# - Memcached: simple, multi-threaded, no replication or persistence. Redis: replication and Multi-AZ failover,
#   persistence, richer data types.
#
# > **Exam tip.** "Microsecond reads, no code change beyond the client, DynamoDB only" means DAX. "Cache results of
# > RDS queries or computed objects" means ElastiCache. "Users sometimes see old data after an update" under lazy
# > loading: add a TTL or switch to write-through (or delete the key on write).
#
# The chart shows the trade-off of lazy loading for one hot key, from a simple model (reads and writes arrive at
# random, on average 2 reads per second and one write a minute): a longer cache TTL raises the hit ratio but
# lets more reads return data the table has already replaced.

# %%
read_rate, write_rate = 2.0, 1 / 60  # scenario: per second, for one key
ttls = [2 ** (k / 2) for k in range(0, 25)]  # 1 s .. 4096 s
hit_ratio, stale_share = [], []
for t in ttls:
    hits_per_miss = read_rate * t  # a miss opens a window of length t in which every read hits
    stale_hits = read_rate * (t - (1 - math.exp(-write_rate * t)) / write_rate)  # hits after the first write
    hit_ratio.append(hits_per_miss / (1 + hits_per_miss))
    stale_share.append(stale_hits / (1 + hits_per_miss))
fig = dynamodb_charts.cache_ttl_tradeoff(
    ttls, hit_ratio, stale_share,
    source="Model: Poisson reads (2/s) and writes (1/min) on one key, lazy loading with a fixed TTL; "
           "course scenario, no AWS figures.")
fig

# %% [markdown]
# ### Exercise 4.8: lazy loading vs write-through (3 points)
#
# Write `simulate_cache(events, strategy, ttl_seconds, table)` returning `{"hits": h, "misses": m, "stale": s}`.
#
# - `table` is the database's starting content (`{key: value}`); do not modify the dict you are given.
# - `events` are `(time, op, key, value)` tuples in time order; `op` is `"read"` (value `None`) or `"write"`.
#   Every key read exists in the table.
# - The cache starts empty. An entry stored at time `t` is valid while `time < t + ttl_seconds`; with
#   `ttl_seconds=None` entries never expire.
# - **read**: a valid entry is a **hit**; it is also **stale** if its value differs from the table's current value.
#   Otherwise it is a **miss**: read the table and store the value in the cache (both strategies).
# - **write**: update the table. With `strategy="write-through"` also store the new value in the cache (a fresh
#   entry, so the TTL starts again). With `"lazy"` leave the cache alone. Any other strategy: `ValueError`.
#
# <details><summary>Hint</summary>
#
# Keep `cache = {key: (value, expires_at)}` with `expires_at = math.inf` when there is no TTL. Copy the table
# first (`dict(table)`). An entry expiring at 10 is no longer valid at time 10.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex8_cache", "solution": true}
def simulate_cache(events, strategy, ttl_seconds, table):
    """Replay reads and writes through a cache; count hits, misses and stale hits."""
    ### BEGIN SOLUTION
    if strategy not in ("lazy", "write-through"):
        raise ValueError(f"strategy must be 'lazy' or 'write-through', got {strategy!r}")
    db = dict(table)
    cache = {}
    counts = {"hits": 0, "misses": 0, "stale": 0}

    def expiry(time):
        return math.inf if ttl_seconds is None else time + ttl_seconds

    for time, op, key, value in events:
        if op == "write":
            db[key] = value
            if strategy == "write-through":
                cache[key] = (value, expiry(time))
        elif key in cache and time < cache[key][1]:
            counts["hits"] += 1
            if cache[key][0] != db[key]:
                counts["stale"] += 1
        else:
            counts["misses"] += 1
            cache[key] = (db[key], expiry(time))
    return counts
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex8_cache_tests", "points": 3}
with exercise("4.8 cache strategies"):
    reads = [(0, "read", "a", None), (1, "read", "a", None), (2, "read", "b", None), (3, "read", "a", None)]
    expect_equal(simulate_cache(reads, "lazy", None, {"a": 1, "b": 2}), {"hits": 2, "misses": 2, "stale": 0},
                 "lazy loading, reads only")
    with_write = [(0, "read", "a", None), (1, "write", "a", 5), (2, "read", "a", None)]
    expect_equal(simulate_cache(with_write, "write-through", None, {"a": 1}), {"hits": 1, "misses": 1, "stale": 0},
                 "write-through keeps the cache fresh")
    expect_equal(simulate_cache(with_write, "lazy", None, {"a": 1}), {"hits": 1, "misses": 1, "stale": 1},
                 "lazy loading serves the old value after a write")
### BEGIN HIDDEN TESTS
timed = [(0, "read", "a", None), (5, "read", "a", None), (10, "read", "a", None), (11, "read", "a", None)]
expect_equal(simulate_cache(timed, "lazy", 10, {"a": 1}), {"hits": 2, "misses": 2, "stale": 0},
             "entries expire after their TTL", reveal=False)
boundary = [(0, "read", "a", None), (5, "write", "a", 2), (10, "read", "a", None)]
expect_equal(simulate_cache(boundary, "lazy", 10, {"a": 1}), {"hits": 0, "misses": 2, "stale": 0},
             "an entry is no longer valid at the instant it expires", reveal=False)
ttl_fixes = [(0, "read", "a", None), (1, "write", "a", 2), (3, "read", "a", None), (6, "read", "a", None)]
expect_equal(simulate_cache(ttl_fixes, "lazy", 5, {"a": 1}), {"hits": 1, "misses": 2, "stale": 1},
             "a TTL bounds how long stale data lives", reveal=False)
refresh = [(0, "read", "a", None), (8, "write", "a", 3), (12, "read", "a", None)]
expect_equal(simulate_cache(refresh, "write-through", 10, {"a": 1}), {"hits": 1, "misses": 1, "stale": 0},
             "a write-through write starts a fresh TTL", reveal=False)
original = {"a": 1}
simulate_cache(with_write, "lazy", None, original)
expect_equal(original, {"a": 1}, "the table passed in is not modified", reveal=False)
_ = expect_raises(ValueError, simulate_cache, reads, "write-back", None, {"a": 1, "b": 2}, what="unknown strategy")
### END HIDDEN TESTS

# %% [markdown]
# ## 11. DynamoDB Streams
#
# A stream is an ordered log of the item-level changes to a table: one record per insert, update or delete,
# kept for a limited time (below). The **view type** chooses what a record carries: `KEYS_ONLY`, `NEW_IMAGE`,
# `OLD_IMAGE` or `NEW_AND_OLD_IMAGES`. Records of one item appear in the order of its changes.
#
# Typical uses: a **Lambda trigger** (Lambda polls the stream through an event source mapping and invokes your
# function with batches of records), replication, auditing, notifications, and **materialised views**:
# aggregates such as "total spent per customer" kept up to date in another table. Kinesis Data Streams can
# receive the changes instead, when you need longer retention or more consumers.

# %%
streams = facts.get("dynamodb.stream_retention_hours")
print(f"Stream records are kept for {streams.value} {streams.unit} ({streams.citation}).")
example_record = {"eventName": "MODIFY", "dynamodb": {
    "Keys": {"customer_id": {"S": "c-1"}, "order_id": {"S": "o-1"}},
    "OldImage": {"customer_id": {"S": "c-1"}, "order_id": {"S": "o-1"}, "order_total": {"N": "20"}},
    "NewImage": {"customer_id": {"S": "c-1"}, "order_id": {"S": "o-1"}, "order_total": {"N": "25.5"}},
    "StreamViewType": "NEW_AND_OLD_IMAGES"}}
deserializer = TypeDeserializer()
print({k: deserializer.deserialize(v) for k, v in example_record["dynamodb"]["NewImage"].items()})

# %% [markdown]
# ### Exercise 4.9: keep a materialised view from stream records (3 points)
#
# Orders (partition key `customer_id`, sort key `order_id`, attribute `order_total`) stream with
# `NEW_AND_OLD_IMAGES`. Write `apply_stream_records(view, records)` that returns a **new** view
# `{customer_id: {"orders": int, "total": Decimal}}` after applying `records` in order:
#
# - `INSERT`: one more order for the customer of `NewImage`, `total` increased by its `order_total`;
# - `MODIFY`: the order count is unchanged; `total` changes by new `order_total` minus old `order_total`;
# - `REMOVE`: one order fewer, `total` decreased by the `OldImage` `order_total`; a customer whose count reaches 0
#   disappears from the view.
#
# Deserialize images with `TypeDeserializer` (numbers arrive as `Decimal`; keep them `Decimal`). Do not modify the
# `view` passed in (nor the dicts inside it).
#
# <details><summary>Hint</summary>
#
# `copy.deepcopy(view)` first. `{k: deserializer.deserialize(v) for k, v in image.items()}` turns an image into a
# plain dict. `view.setdefault(customer, {"orders": 0, "total": Decimal(0)})` starts a new customer.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex9_streams", "solution": true}
def apply_stream_records(view, records):
    """Return a new {customer_id: {"orders": int, "total": Decimal}} after applying the stream records."""
    ### BEGIN SOLUTION
    result = copy.deepcopy(view)
    deserializer = TypeDeserializer()

    def image(record, name):
        return {k: deserializer.deserialize(v) for k, v in record["dynamodb"][name].items()}

    for record in records:
        event = record["eventName"]
        if event == "INSERT":
            new = image(record, "NewImage")
            entry = result.setdefault(new["customer_id"], {"orders": 0, "total": Decimal(0)})
            entry["orders"] += 1
            entry["total"] += new["order_total"]
        elif event == "MODIFY":
            old, new = image(record, "OldImage"), image(record, "NewImage")
            result[new["customer_id"]]["total"] += new["order_total"] - old["order_total"]
        elif event == "REMOVE":
            old = image(record, "OldImage")
            entry = result[old["customer_id"]]
            entry["orders"] -= 1
            entry["total"] -= old["order_total"]
            if entry["orders"] == 0:
                del result[old["customer_id"]]
    return result
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex9_streams_helpers", "locked": true}
# stream_record(...): one DynamoDB Streams record with old and new images.
def order_image(customer, order, total):
    return {"customer_id": {"S": customer}, "order_id": {"S": order}, "order_total": {"N": total}}


def stream_record(event, old=None, new=None):
    body = {"StreamViewType": "NEW_AND_OLD_IMAGES"}
    if old:
        body["OldImage"] = order_image(*old)
    if new:
        body["NewImage"] = order_image(*new)
    return {"eventName": event, "dynamodb": body}


# %% nbgrader={"grade": true, "grade_id": "ex9_streams_tests", "points": 3}
with exercise("4.9 materialised view"):
    records = [stream_record("INSERT", new=("c1", "o1", "10.50")), stream_record("INSERT", new=("c1", "o2", "4.50")),
               stream_record("INSERT", new=("c2", "o3", "7")), stream_record("REMOVE", old=("c1", "o1", "10.50"))]
    start = {"c1": {"orders": 2, "total": Decimal("30")}}
    modify = [stream_record("MODIFY", old=("c1", "o1", "10"), new=("c1", "o1", "12.25"))]
    expect_equal(apply_stream_records({}, records),
                 {"c1": {"orders": 1, "total": Decimal("4.50")}, "c2": {"orders": 1, "total": Decimal("7")}},
                 "inserts and one remove")
    expect_equal(apply_stream_records(start, modify), {"c1": {"orders": 2, "total": Decimal("32.25")}},
                 "MODIFY changes the total by new minus old")
### BEGIN HIDDEN TESTS
expect_equal(start, {"c1": {"orders": 2, "total": Decimal("30")}}, "the view passed in is not modified", reveal=False)
gone = [stream_record("REMOVE", old=("c1", "o1", "10")), stream_record("REMOVE", old=("c1", "o2", "20"))]
expect_equal(apply_stream_records(start, gone), {}, "a customer with no orders left disappears", reveal=False)
mixed = [stream_record("INSERT", new=("c3", "o9", "1.10")),
         stream_record("MODIFY", old=("c3", "o9", "1.10"), new=("c3", "o9", "2.20")),
         stream_record("INSERT", new=("c3", "o10", "0.05"))]
expect_equal(apply_stream_records({}, mixed), {"c3": {"orders": 2, "total": Decimal("2.25")}}, "insert, modify, insert",
             reveal=False)
expect_true(type(apply_stream_records({}, mixed)["c3"]["total"]) is Decimal, "totals stay Decimal")
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 4.10: don't show expired items (2 points)
#
# Because expired items stay readable until TTL deletes them, a session store must filter its query results.
# Write `live_items(items, now, ttl_attribute="expires_at")`: `items` are query results as the resource layer
# returns them (plain dicts, numbers as `Decimal`), `now` is the current time in epoch seconds. Return the items,
# in their original order, **except** those whose TTL attribute is a number (`int` or `Decimal`) **at or before**
# `now`. Items without the attribute, or whose attribute is not a number, never expire.
#
# <details><summary>Hint</summary>
#
# `isinstance(value, (int, Decimal))` tells numbers from strings. "At or before" means `value <= now` is expired.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex10_ttl", "solution": true}
def live_items(items, now, ttl_attribute="expires_at"):
    """The items that have not expired at `now` (epoch seconds), in order."""
    ### BEGIN SOLUTION
    def expired(item):
        value = item.get(ttl_attribute)
        return isinstance(value, (int, Decimal)) and not isinstance(value, bool) and value <= now

    return [item for item in items if not expired(item)]
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex10_ttl_tests", "points": 2}
with exercise("4.10 TTL filter"):
    sessions = [{"id": "a", "expires_at": Decimal(100)}, {"id": "b", "expires_at": Decimal(300)}, {"id": "c"}]
    expect_equal(live_items(sessions, 200), [{"id": "b", "expires_at": Decimal(300)}, {"id": "c"}],
                 "one expired, one live, one without TTL")
    expect_equal(live_items(sessions, 300), [{"id": "c"}], "an item expiring exactly now is expired")
### BEGIN HIDDEN TESTS
expect_equal(live_items(sessions, 50), sessions, "nothing expired yet", reveal=False)
texty = [{"id": "t", "expires_at": "100"}, {"id": "n", "expires_at": 100}]
expect_equal(live_items(texty, 200), [{"id": "t", "expires_at": "100"}], "a string TTL value never expires",
             reveal=False)
custom = [{"id": "x", "ttl": Decimal(10)}, {"id": "y", "ttl": Decimal(1000)}, {"id": "z", "expires_at": Decimal(1)}]
expect_equal(live_items(custom, 500, ttl_attribute="ttl"), [custom[1], custom[2]], "another TTL attribute name",
             reveal=False)
expect_equal(live_items([], 500), [], "no items", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 12. Fine-grained access control
#
# IAM policies can limit a principal to **some items** of a table. The condition key `dynamodb:LeadingKeys`
# compares the partition key of every item a request touches with a value; with a policy variable as the value,
# each user reaches only the items whose partition key is their own id. For users of a Cognito identity pool the
# variable is `${cognito-identity.amazonaws.com:sub}` (their identity id); for other federated or IAM users
# `${aws:userid}` plays the same role. `dynamodb:Attributes` (with `dynamodb:Select`) can also limit **which
# attributes** they may read or write. The pattern requires a partition key that holds the user id.

# %%
per_user_policy = {
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "OwnItemsOnly",
        "Effect": "Allow",
        "Action": ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
                   "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"],
        "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/UserNotes",
        "Condition": {"ForAllValues:StringEquals": {
            "dynamodb:LeadingKeys": ["${cognito-identity.amazonaws.com:sub}"]}},
    }],
}
print(json.dumps(per_user_policy, indent=2))

# %% [markdown]
# > **Exam tip.** "Each mobile user may only read and write their own records" means a Cognito identity pool
# > role whose policy uses `dynamodb:LeadingKeys` with `${cognito-identity.amazonaws.com:sub}`. The policy
# > variable and the partition key design go together. `Scan` is not in the action list above: it cannot be
# > limited to one key.
#
# ## 13. Written question: design keys for an access pattern (3 points, graded by hand)
#
# A support-ticket application stores tickets in DynamoDB. Each ticket has `ticket_id`, `customer_id`,
# `created_at` (ISO timestamp), `status` (`OPEN`, `PENDING`, `CLOSED`), `assignee` (an agent id, only while the
# ticket is assigned) and a body of up to a few KB. The application needs to:
#
# 1. fetch one ticket by its id;
# 2. list a customer's tickets, newest first, optionally only those created in a date range;
# 3. list the tickets currently assigned to an agent, oldest first.
#
# Propose the table's primary key and the secondary index(es), say for each access pattern which operation
# (GetItem / Query / Scan) on which key serves it, and justify your choices (cardinality, LSI vs GSI, what you
# project, consistency). Then name one design you would **avoid** and why. About 150–250 words.

# %% [markdown] nbgrader={"grade": true, "grade_id": "written_design", "solution": true, "points": 3}
# ### BEGIN SOLUTION
# **Model answer.** Table key: partition key `customer_id`, sort key `created_at#ticket_id` (the id suffix keeps
# two tickets created in the same instant unique). Pattern 2 is then a Query on `customer_id` with
# `ScanIndexForward=False`, plus `BETWEEN` on the sort key for a date range. Customer ids have high cardinality,
# so traffic spreads over partitions.
#
# Pattern 1 needs the ticket id alone, so add **GSI 1** with partition key `ticket_id` (projection `ALL`, or keys
# only plus a GetItem on the table), queried with `Query` (a GSI has no GetItem). Alternatively the table key can
# be `ticket_id` and pattern 2 moves to a GSI on `customer_id` + `created_at`; either is fine if justified.
#
# Pattern 3: **GSI 2** with partition key `assignee` and sort key `created_at`, Query ascending (the default).
# It is a **sparse** index: unassigned tickets have no `assignee`, so they are not in it. Project only what the
# agent's list shows (`INCLUDE` status, title) to keep the index cheap.
#
# These must be GSIs: the partition keys differ from the table's, and they can be added later; they are
# eventually consistent, which is acceptable for lists. An LSI would only help for another sort order of one
# customer's tickets, and must be defined at table creation.
#
# **Avoid:** `status` as a partition key (three values → hot partitions) and Scan with a filter for any of the
# patterns (reads the whole table; filters do not reduce consumed capacity).
#
# **Marking guide (3 points):** 1 point for a workable table key with high-cardinality partition key and a
# sort key that serves pattern 2 (Query, descending); 1 point for a GSI (not LSI, with reason) for patterns 1 and 3
# with the right operation for each; 1 point for justification: cardinality or hot partitions, consistency or
# projection, and a sensible design to avoid.
# ### END SOLUTION

# %% [markdown]
# ## Summary
#
# - Items live in partitions chosen by the **partition key**; a **sort key** orders items within one partition
#   key and enables range queries. Pick high-cardinality partition keys; a hot key throttles whatever the table's
#   capacity.
# - **LSI**: same partition key, other sort key, created with the table, strong reads possible. **GSI**: any key,
#   any time, eventually consistent, its own capacity.
# - Reads: 4 KB blocks, rounded up; eventual ½, strong 1, transactional 2. Writes: 1 KB blocks; transactional 2.
#   Batch operations round per item; Query and Scan round the total.
# - **Query** over **Scan**; filters and projections do not reduce consumed capacity; `ScanIndexForward` only on
#   Query; paginate with `LastEvaluatedKey`; shrink the page size or run a parallel scan when you must scan.
# - Throttling (`ProvisionedThroughputExceededException`): the SDK retries with exponential backoff and full jitter;
#   you retry `UnprocessedItems` yourself.
# - **Transactions**: all-or-nothing, double capacity, now up to 100 items / 4 MB (25 items in 2019).
# - **TTL**: a Number attribute in epoch seconds; deletion typically within about two days, and expired items stay
#   readable until then, so filter them.
# - **DAX**: write-through DynamoDB cache with microsecond reads; **ElastiCache**: lazy loading (stale risk, TTL)
#   or write-through.
# - **Streams**: ordered change records kept 24 hours, consumed by Lambda for triggers and materialised views.
# - **Fine-grained access**: `dynamodb:LeadingKeys` with `${cognito-identity.amazonaws.com:sub}`.
#
# ### Exam tips recap
#
# 1. Compute capacity by rounding the size up **before** applying the ½ or ×2 factor.
# 2. "Strongly consistent read on a new access pattern" → only an LSI, and only if it existed from table
#    creation; otherwise a GSI with eventual consistency.
# 3. On-demand prices were halved in November 2024; practice questions may still use the old ones.
# 4. Throttling → backoff (already in the SDK), capacity, better keys or a cache; never a tight retry loop.
# 5. DAX does not help writes or strongly consistent reads.
# 6. A filter expression does not save read capacity; a key condition does.
#
# [← Week 3: build something serverless](../week3_serverless_build/week3_serverless_build.ipynb) ·
# [Week 5: KMS and other services →](../week5_kms_messaging/week5_kms_messaging.ipynb)
