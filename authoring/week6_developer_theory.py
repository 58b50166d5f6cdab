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
# # Week 6: deploying code (Elastic Beanstalk, CI/CD, CloudFormation, SAM)
#
# [← Week 5: KMS and other services](../week5_kms_messaging/week5_kms_messaging.ipynb) ·
# [Week 7: advanced IAM and monitoring →](../week7_advanced_iam_monitoring/week7_advanced_iam_monitoring.ipynb)
#
# Deployment is a quarter of the Developer exam. Its questions describe a situation ("the application must keep
# full capacity during a deployment", "roll back within minutes", "a build needs a database password") and ask
# which deployment policy, hook, template feature or command fits. This week covers the services those
# questions use: Elastic Beanstalk, the Code* family (CodeCommit, CodeBuild, CodeDeploy, CodePipeline),
# CloudFormation and SAM. You will simulate what a deployment does to capacity, resolve configuration, order the
# steps of a deployment, and build and check real CloudFormation requests with boto3, all without an AWS account.
#
# **Learning goals.** After this notebook you can:
#
# 1. pick an Elastic Beanstalk deployment policy (or a blue/green CNAME swap) from requirements on capacity,
#    cost, speed and rollback, and say how many instances are in service at each step;
# 2. predict which Beanstalk setting wins when defaults, `.ebextensions`, saved configurations and direct
#    settings disagree, and use version lifecycle policies, `cron.yaml` and RDS correctly;
# 3. write a valid `buildspec.yml` (phases, environment variables from Parameter Store or Secrets Manager,
#    artifacts);
# 4. order CodeDeploy's lifecycle hooks for EC2 in-place, EC2 blue/green and Lambda deployments, and read a
#    deployment configuration name as a traffic-shifting schedule;
# 5. read a CloudFormation template: sections, intrinsic functions, the order resources are created and deleted
#    in, capabilities, rollback, change sets, nested stacks and StackSets;
# 6. use SAM's transform, `Globals` and CLI (`sam build`, `sam deploy --guided`), and know which services were
#    retired or closed since the 2019 notes.
#
# **Exam domains served (DVA-C02).**
#
# | Domain | Task statement | Here |
# |---|---|---|
# | 3 Deployment | **T4 Deploy code by using AWS CI/CD services** (primary): deployment strategies, CodeDeploy, CodePipeline, Beanstalk | the whole notebook |
# | 3 Deployment | T1 Prepare application artifacts: Git repositories, build specs, packaging | CodeCommit, CodeBuild, 6.3 |
# | 3 Deployment | T2 Test applications in development environments: deploy SAM templates to staging, versions and aliases | SAM, 6.5, 6.9 |
# | 3 Deployment | T3 Automate deployment testing: infrastructure as code templates, change review | CloudFormation, 6.6–6.8 |
# | 2 Security | T3 Manage sensitive data: secrets from Parameter Store and Secrets Manager | buildspec `env`, 6.3 |
# | 4 Troubleshooting and Optimization | T1 Root-cause analysis: failed deployments and rollbacks | CodeDeploy rollback, CloudFormation rollback states |
#
# One scope note from the exam guide: *designing and creating* CI/CD pipelines is listed as out of scope for the
# job role. The exam expects you to **use** these services and choose between their options, which is what
# this week practises.
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
import re

import boto3
import pandas as pd
import yaml
from botocore.stub import Stubber
from botocore.validate import ParamValidator

from course.charts import deployment as deployment_charts

# One client per service for the whole notebook. Calls only work inside a Stubber; anything else is blocked.
cloudformation = boto3.client("cloudformation", region_name="us-east-1")
beanstalk = boto3.client("elasticbeanstalk", region_name="us-east-1")
codedeploy = boto3.client("codedeploy", region_name="us-east-1")

# %% [markdown]
# ## 1. What changed since the 2019 notes
#
# The notes this course started from describe a 2019 toolbox. Several pieces have moved: **CodeStar**, which the
# notes present as the umbrella service for the whole software lifecycle, was discontinued; **Cloud9**, the
# browser IDE, is closed to new customers; **CodeCommit** was closed to new customers in July 2024 and later
# returned to general availability (our source for the return is third-party: check the AWS DevOps blog before
# relying on it); Elastic Beanstalk gained a fifth deployment policy, **traffic splitting**, while the notes'
# "blue/green policy" was never a policy but a swap of two environments' URLs; and `sam deploy` now packages
# your code itself. The table is built from the course's fact rows, so it always shows the values used here:

# %%
WEEK6_KEYS = ("beanstalk.", "codebuild.", "codedeploy.", "codecommit.", "codestar.", "cloud9.", "cloudformation.",
              "sam.", "ec2.m5_large")
week6_keys = [f.key for f in fact_table().rows if f.key.startswith(WEEK6_KEYS)]
changed_table(week6_keys)

# %% [markdown]
# All of this week's rows, with their sources. `source_grade` says how sure we are: **O** an official AWS page
# (or botocore's own service model), **T** a third-party page, **U** no source was checked for the course (treat
# those as likely, not certain, and look at the current AWS page before an exam question depends on them).

# %%
fact_table(week6_keys)

# %% [markdown]
# > **Exam tip.** Practice questions written before 2024 may offer CodeStar or Cloud9 as the answer ("quickly set
# > up a project with a pipeline", "a cloud IDE"). Today the same needs are met by CodePipeline with CodeBuild
# > and CodeDeploy (or a project template), and by an IDE with the AWS Toolkit. If an answer depends on a retired
# > service, prefer the option built from services that still exist.
#
# ## 2. Elastic Beanstalk
#
# Elastic Beanstalk runs a web application for you: you upload code (a **source bundle**, a zip file, or a Docker
# image definition) and it creates and manages the EC2 instances, the Auto Scaling group, the load balancer, the
# security groups and the CloudWatch alarms, all as a CloudFormation stack it owns. Supported platforms include
# Java (Tomcat or SE), .NET on Windows/IIS or Linux, Node.js, PHP, Python, Ruby, Go and Docker; a platform
# bundles an OS, a language runtime and a web server (NGINX, Apache, IIS). **Managed platform updates** apply
# patch and minor platform versions in a weekly maintenance window you choose. Beanstalk itself costs nothing:
# you pay for the resources it creates.
#
# Vocabulary the exam uses:
#
# - **Application**: a container for versions and environments.
# - **Application version**: one labelled, uploaded source bundle (stored in S3). Every deployment creates one.
# - **Environment**: a running copy of one version, with its own URL (a CNAME under `elasticbeanstalk.com`).
#   A **web server tier** environment serves HTTP behind a load balancer (or as a single instance); a
#   **worker tier** environment pulls jobs from an SQS queue through a daemon on each instance.
# - **Environment configuration**: the settings (instance type, scaling, deployment policy...) as option
#   values grouped in namespaces such as `aws:autoscaling:asg` or `aws:elasticbeanstalk:command`.
#
# The **EB CLI** (`eb init`, `eb create`, `eb deploy`, `eb status`, `eb logs`, `eb swap`) drives all of it from a
# terminal. Terminating an environment deletes its whole stack, including anything created *inside* it.
#
# ### Deployment policies
#
# How a new version reaches the instances of an environment is its **deployment policy** (option
# `DeploymentPolicy` in `aws:elasticbeanstalk:command`). There are five:
#
# | policy | what happens | capacity during | extra cost | failure / rollback | time |
# |---|---|---|---|---|---|
# | **All at once** | every instance gets the new version at the same time | **drops to 0** (downtime) | none | instances left on a broken version: redeploy the old one | fastest |
# | **Rolling** | batches of instances go out of service, update, come back | reduced by one batch | none | some instances old, some new: redeploy | slower |
# | **Rolling with additional batch** | first launches one extra batch, then rolls | **full** | one batch of instances while it runs | as rolling | slower still |
# | **Immutable** | launches a full set of new instances in a temporary Auto Scaling group; when healthy they join the environment and the old ones are terminated | **full** (doubles for a while) | a whole fleet, briefly | fast and safe: terminate the new instances | slow |
# | **Traffic splitting** | like immutable, but first sends only a share of client traffic to the new instances for an evaluation period (a canary) | **full** | a whole fleet, briefly | automatic: traffic goes back to the old instances | slow |
#
# A **batch size** (a fixed number or a percentage of the fleet) applies to the rolling policies. All at once and
# immutable also work for single-instance environments. Rolling and all-at-once deploy *in place* on existing
# instances, so a failed deployment leaves a mix of versions that must be fixed by deploying again; immutable and
# traffic splitting deploy to *new* instances, so going back means terminating the new ones.
#
# **Blue/green is not a policy.** You create a second environment (green) running the new version, test it at its
# own URL, then **swap the environment URLs** (CNAMEs) so the production name points to green. Rollback is another
# swap. Because the swap is DNS, clients move over as their cached DNS answers expire. It also allows changes a
# policy cannot make in place, such as a new platform branch. Keep a database **outside** both environments, or
# the swap cannot share it (section 4).

# %%
policy_count = facts.get("beanstalk.deployment_policies")
print(f"Deployment policies today: {policy_count.value}; the 2019 notes: {policy_count.value_in_2019_notes}.")
print(f"Change: {policy_count.changed}. Source: {policy_count.citation}")
print(f"Traffic splitting defaults: {facts.value('beanstalk.traffic_split_default_percent')} % of traffic to the new "
      f"instances for {facts.value('beanstalk.traffic_split_default_evaluation_minutes')} minutes "
      f"({facts.get('beanstalk.traffic_split_default_percent').citation})")

# A blue/green swap as an API call: SwapEnvironmentCNAMEs, checked by botocore against the real API model.
with Stubber(beanstalk) as stub:
    stub.add_response("swap_environment_cnames", {},
                      {"SourceEnvironmentName": "shop-green", "DestinationEnvironmentName": "shop-blue"})
    beanstalk.swap_environment_cnames(SourceEnvironmentName="shop-green", DestinationEnvironmentName="shop-blue")
    stub.assert_no_pending_responses()
print("Stubbed SwapEnvironmentCNAMEs accepted: shop-blue's URL now serves the green environment.")

# %% [markdown]
# The chart follows one deployment of an 8-instance environment under each policy, with batches of 2 and a
# made-up 5 minutes for each step (launching instances, or updating a batch). It counts instances **in service**
# (registered with the load balancer and healthy), whatever version they run. Immutable and traffic splitting
# start the same way; traffic splitting then keeps both fleets through its evaluation period (only a share of
# the traffic reaches the new instances) and while all traffic moves over. The additional-batch line stays on the
# fleet line: that is its point.

# %%
fleet, batch, step = 8, 2, 5  # scenario: instances, batch size, minutes per step
batches = math.ceil(fleet / batch)
evaluation = facts.value("beanstalk.traffic_split_default_evaluation_minutes")
timeline_phases = {
    "all at once": [(step, fleet), (step, 0), (step, fleet)],
    "rolling": [(step, fleet)] + [(step, fleet - batch)] * batches + [(step, fleet)],
    "rolling + additional batch": [(step, fleet), (step, fleet)] + [(step, fleet)] * batches + [(step, fleet)],
    "immutable": [(step, fleet), (step, fleet), (step, 2 * fleet), (step, fleet)],
    "traffic splitting": [(step, fleet), (step, fleet), (evaluation, 2 * fleet), (step, 2 * fleet), (step, fleet)],
}
fig = deployment_charts.capacity_over_time(
    timeline_phases, fleet=fleet,
    source="Scenario: 8 instances, batches of 2, 5 min per step (made up). Evaluation time: fact "
           "beanstalk.traffic_split_default_evaluation_minutes (U).\nPolicies: docs.aws.amazon.com/elasticbeanstalk/"
           "latest/dg/using-features.rolling-version-deploy.html (O, checked 2026-11).")
fig

# %% [markdown]
# ### Exercise 6.1: in-service capacity, step by step (3 points)
#
# Write `capacity_timeline(policy, instances, batch_size=1)` that returns a list of `(old, new)` tuples: the number
# of instances **in service** on the old and on the new version, before the deployment and after each step.
# `policy` is `"all_at_once"`, `"rolling"`, `"rolling_additional_batch"`, `"immutable"` or `"traffic_splitting"`.
# The model (simplified, one step at a time):
#
# - The list starts with `(instances, 0)` and ends with `(0, instances)`.
# - **all_at_once**: one step in which every instance is updating: `(0, 0)`.
# - **rolling**: the fleet is cut into batches of `batch_size` (the last one may be smaller). One step per batch,
#   in which that batch is out of service: `(old instances not yet updated and not updating, instances already
#   updated)`.
# - **rolling_additional_batch**: first a step in which `batch_size` extra instances launch (not in service yet),
#   then the same batches as rolling over the original instances, while the extra instances serve the new
#   version. After the last batch the extra instances are terminated (the final `(0, instances)`).
# - **immutable** and **traffic_splitting**: a step in which a whole new fleet launches (not in service yet), then
#   a step in which both fleets serve, then the old fleet is terminated.
# - Raise `ValueError` for any other policy (including `"blue_green"`: not a policy), for `instances < 1`, and,
#   for the two rolling policies, when `batch_size` is not between 1 and `instances`.
#
# Example: `capacity_timeline("rolling", 4, 2)` is `[(4, 0), (2, 0), (0, 2), (0, 4)]`.
#
# <details><summary>Hint</summary>
#
# Keep a count of instances already updated (`done`). Each rolling step takes `size = min(batch_size, instances -
# done)` instances out: the old ones still serving are `instances - done - size`. With the additional batch, add
# `batch_size` to the new-version count of every rolling step.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex1_beanstalk_capacity", "solution": true}
def capacity_timeline(policy, instances, batch_size=1):
    """[(old, new), ...]: instances in service on each version, before the deployment and after each step."""
    ### BEGIN SOLUTION
    if instances < 1:
        raise ValueError("an environment has at least one instance")
    timeline = [(instances, 0)]
    if policy == "all_at_once":
        timeline.append((0, 0))
    elif policy in ("rolling", "rolling_additional_batch"):
        if not 1 <= batch_size <= instances:
            raise ValueError(f"batch size must be between 1 and {instances}, got {batch_size}")
        extra = 0
        if policy == "rolling_additional_batch":
            extra = batch_size
            timeline.append((instances, 0))
        done = 0
        while done < instances:
            size = min(batch_size, instances - done)
            timeline.append((instances - done - size, extra + done))
            done += size
    elif policy in ("immutable", "traffic_splitting"):
        timeline += [(instances, 0), (instances, instances)]
    else:
        raise ValueError(f"unknown deployment policy {policy!r}")
    timeline.append((0, instances))
    return timeline
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex1_beanstalk_capacity_tests", "points": 3}
with exercise("6.1 in-service capacity"):
    expect_equal(capacity_timeline("rolling", 4, 2), [(4, 0), (2, 0), (0, 2), (0, 4)], "rolling, 4 instances, batch 2")
    expect_equal(capacity_timeline("all_at_once", 3), [(3, 0), (0, 0), (0, 3)], "all at once, 3 instances")
    expect_equal(capacity_timeline("rolling_additional_batch", 4, 2), [(4, 0), (4, 0), (2, 2), (0, 4), (0, 4)],
                 "rolling with additional batch keeps full capacity")
### BEGIN HIDDEN TESTS
expect_equal(capacity_timeline("rolling", 5, 2), [(5, 0), (3, 0), (1, 2), (0, 4), (0, 5)],
             "a smaller last batch", reveal=False)
expect_equal(capacity_timeline("rolling_additional_batch", 5, 2), [(5, 0), (5, 0), (3, 2), (1, 4), (0, 6), (0, 5)],
             "additional batch with a smaller last batch", reveal=False)
expect_equal(capacity_timeline("immutable", 3), [(3, 0), (3, 0), (3, 3), (0, 3)], "immutable", reveal=False)
expect_equal(capacity_timeline("traffic_splitting", 2, 1), [(2, 0), (2, 0), (2, 2), (0, 2)], "traffic splitting",
             reveal=False)
expect_equal(capacity_timeline("rolling", 3, 3), [(3, 0), (0, 0), (0, 3)], "one batch as big as the fleet",
             reveal=False)
expect_equal(capacity_timeline("rolling", 1, 1), [(1, 0), (0, 0), (0, 1)], "single instance, rolling", reveal=False)
expect_raises(ValueError, capacity_timeline, "blue_green", 4, 2, what="blue/green is not a deployment policy")
expect_raises(ValueError, capacity_timeline, "rolling", 4, 0, what="a batch size of 0")
expect_raises(ValueError, capacity_timeline, "rolling_additional_batch", 4, 5, what="a batch larger than the fleet")
_ = expect_raises(ValueError, capacity_timeline, "immutable", 0, what="an empty environment")
### END HIDDEN TESTS

# %% [markdown]
# **Time and money.** A rolling deployment takes one step per batch, so small batches keep more capacity but take
# longer; the additional batch adds one launch step. The chart plots the scenario's duration for a 20-instance
# fleet (same made-up 5 minutes per step).

# %%
big_fleet = 20
sizes = list(range(1, big_fleet + 1))
duration_minutes = {
    "rolling": [math.ceil(big_fleet / b) * step for b in sizes],
    "rolling + additional batch": [(math.ceil(big_fleet / b) + 1) * step for b in sizes],
    "all at once": [step for _ in sizes],
    "immutable": [2 * step for _ in sizes],
}
fig = deployment_charts.duration_vs_batch_size(
    sizes, duration_minutes, fleet=big_fleet,
    source="Scenario: 20 instances, 5 minutes per step (made up); immutable = launch + health check.")
fig

# %% [markdown]
# Full capacity is paid for with extra instances. The next chart prices the extra instance-hours of the
# 20-instance fleet (m5.large, us-east-1 on-demand, an unverified list price in our table) for a team that deploys
# twice a working day, with batches of 5. Linux instances are billed per second, so only the minutes the extra
# instances run count.

# %%
instance_hour = facts.value("ec2.m5_large_ondemand_hour")
deploys_per_month = 2 * 21  # scenario: twice a working day
batch_of_five = 5
minutes_extra = {  # (extra instances, minutes they run per deployment)
    "all at once": (0, 0),
    "rolling": (0, 0),
    "rolling + additional batch": (batch_of_five, (math.ceil(big_fleet / batch_of_five) + 1) * step),
    "immutable": (big_fleet, 2 * step),
    "traffic splitting": (big_fleet, 2 * step + facts.value("beanstalk.traffic_split_default_evaluation_minutes")),
}
monthly_extra = [n * minutes / 60 * instance_hour * deploys_per_month for n, minutes in minutes_extra.values()]
lowest_share = [0.0, (big_fleet - batch_of_five) / big_fleet, 1.0, 1.0, 1.0]
fig = deployment_charts.extra_instance_cost(
    list(minutes_extra), monthly_extra, lowest_share,
    source="Price: ec2.m5_large_ondemand_hour (U, us-east-1, checked 2026-11). Scenario: 20 instances, batches of "
           "5, 5 min per step, 42 deployments a month (made up).")
fig

# %% [markdown]
# > **Exam tip.** Match the requirement to the policy: "cheapest and fastest, downtime acceptable (dev/test)" →
# > all at once; "no extra cost, reduced capacity acceptable" → rolling; "keep full capacity, minimal extra cost" →
# > rolling with additional batch; "mission-critical, quickest safe rollback, new instances only" → immutable;
# > "test the new version on a share of real traffic first" → traffic splitting; "new environment, test, then
# > switch DNS; also for platform changes" → blue/green with a **CNAME swap**.
#
# ## 3. Configuring an environment: `.ebextensions` and option precedence
#
# Configuration can live **in the source bundle**: YAML or JSON files with the extension `.config` in a folder
# named `.ebextensions` at the **top level** of the bundle. Files are processed in **alphabetical order** of their
# names, which is why people number them (`01-packages.config`, `02-env.config`). Their keys include:
#
# - `option_settings`: option values by namespace (for example instance type in `aws:autoscaling:launchconfiguration`,
#   environment properties in `aws:elasticbeanstalk:application:environment`);
# - `packages`, `files`, `users`, `groups`, `services`: software and files on each instance;
# - `commands` (run before the application is extracted) and `container_commands` (run after it is extracted,
#   before it goes live; `leader_only: true` runs one on a single instance, handy for database migrations);
# - `Resources`: extra AWS resources in CloudFormation syntax (an SQS queue, a DynamoDB table) that become part
#   of the environment, and are deleted with it.
#
# The same option can be set in several places. From **highest** to **lowest** precedence:
#
# 1. settings applied **directly** to the environment (console, EB CLI, API, for example `eb setenv` or
#    `aws elasticbeanstalk update-environment`; options the console or EB CLI sets at creation also land here);
# 2. a **saved configuration** (a named template of settings you saved from an environment and apply to others);
# 3. **configuration files** in `.ebextensions`;
# 4. **default values**.
#
# So a value in `.ebextensions` has no effect while the same option is set directly on the environment: remove the
# direct setting (for example with `eb config` or the API's `OptionsToRemove`) to let the file's value apply.
#
# > **Exam tip.** "A developer changed the instance type in `.ebextensions`, but the environment keeps the old
# > type": a higher-precedence setting (direct or saved configuration) wins. The notes' order is right: defaults <
# > `.ebextensions` < saved configuration < direct settings.
#
# ### Exercise 6.2: which setting wins? (2 points)
#
# Write `effective_options(defaults, ebextensions, saved=None, direct=None)`. Options are named
# `"namespace:OptionName"` strings; `defaults`, `saved` and `direct` map option names to values (`None` means
# empty); `ebextensions` maps a **file name** to that file's `{option: value}`. Return `{option: (value, source)}`
# for every option set anywhere, where `source` is `"default"`, `".ebextensions/<file name>"`, `"saved"` or
# `"direct"`, following the precedence above. Among `.ebextensions` files, a file later in **alphabetical** order
# overrides an earlier one. Do not modify the arguments.
#
# <details><summary>Hint</summary>
#
# Apply the layers from lowest to highest precedence, each overwriting the previous: defaults, then the files in
# `sorted(...)` order, then saved, then direct. `sorted` compares strings character by character:
# `"10-x.config"` comes before `"2-y.config"`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex2_option_precedence", "solution": true}
def effective_options(defaults, ebextensions, saved=None, direct=None):
    """{option: (value, source)} after Elastic Beanstalk's precedence rules."""
    ### BEGIN SOLUTION
    result = {option: (value, "default") for option, value in defaults.items()}
    for name in sorted(ebextensions):
        for option, value in ebextensions[name].items():
            result[option] = (value, f".ebextensions/{name}")
    for label, layer in (("saved", saved), ("direct", direct)):
        for option, value in (layer or {}).items():
            result[option] = (value, label)
    return result
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex2_option_precedence_helpers", "locked": true}
# Option names the checks below use.
INSTANCE = "aws:autoscaling:launchconfiguration:InstanceType"
POLICY = "aws:elasticbeanstalk:command:DeploymentPolicy"


# %% nbgrader={"grade": true, "grade_id": "ex2_option_precedence_tests", "points": 2}
with exercise("6.2 option precedence"):
    got = effective_options({INSTANCE: "t3.micro", POLICY: "AllAtOnce"},
                            {"01-size.config": {INSTANCE: "m5.large"}}, direct={POLICY: "Immutable"})
    expect_equal(got, {INSTANCE: ("m5.large", ".ebextensions/01-size.config"), POLICY: ("Immutable", "direct")},
                 "a file overrides a default; a direct setting overrides the default")
    layers = effective_options({INSTANCE: "t3.micro"}, {"a.config": {INSTANCE: "m5.large"}},
                               saved={INSTANCE: "c5.large"})
    expect_equal(layers, {INSTANCE: ("c5.large", "saved")}, "a saved configuration beats .ebextensions")
### BEGIN HIDDEN TESTS
top = effective_options({}, {"a.config": {POLICY: "Rolling"}}, saved={POLICY: "Immutable"},
                        direct={POLICY: "RollingWithAdditionalBatch"})
expect_equal(top, {POLICY: ("RollingWithAdditionalBatch", "direct")}, "direct beats saved", reveal=False)
files = {"2-late.config": {INSTANCE: "c5.xlarge"}, "10-early.config": {INSTANCE: "m5.large"},
         "01-first.config": {INSTANCE: "t3.small", POLICY: "Rolling"}}
expect_equal(effective_options({}, files),
             {INSTANCE: ("c5.xlarge", ".ebextensions/2-late.config"), POLICY: ("Rolling", ".ebextensions/01-first.config")},
             "files apply in alphabetical order of their names", reveal=False)
expect_equal(effective_options({POLICY: "AllAtOnce"}, {}), {POLICY: ("AllAtOnce", "default")}, "only defaults",
             reveal=False)
original = {"01-size.config": {INSTANCE: "m5.large"}}
effective_options({INSTANCE: "t3.micro"}, original, saved={}, direct=None)
expect_equal(original, {"01-size.config": {INSTANCE: "m5.large"}}, "arguments are not modified", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Versions, periodic tasks and databases
#
# **Application version lifecycle.** Every deployment uploads a new application version, and an account has a
# quota of versions per Region (fact below). When it is reached, new deployments fail. A **version lifecycle
# policy** on the application deletes old versions automatically, by **count** (keep the newest *N*) or by **age**
# (delete versions older than *N* days), optionally keeping the source bundle in S3. Versions that a running
# environment uses are never deleted.

# %%
versions = facts.get("beanstalk.app_versions_quota")
print(f"Application versions per Region: {versions.value:,} ({versions.citation})")
lifecycle = {"ApplicationName": "shop", "ResourceLifecycleConfig": {
    "ServiceRole": "arn:aws:iam::111122223333:role/aws-elasticbeanstalk-service-role",
    "VersionLifecycleConfig": {"MaxCountRule": {"Enabled": True, "MaxCount": 200, "DeleteSourceFromS3": False},
                               "MaxAgeRule": {"Enabled": False, "MaxAgeInDays": 180}}}}
report = ParamValidator().validate(
    lifecycle, beanstalk.meta.service_model.operation_model("UpdateApplicationResourceLifecycle").input_shape)
print("UpdateApplicationResourceLifecycle request valid for botocore:", not report.has_errors())

# %% [markdown]
# **Periodic tasks: `cron.yaml`.** A **worker tier** environment can run scheduled jobs: put a `cron.yaml` at the
# top of the source bundle listing each task's name, a URL path and a cron schedule. Beanstalk posts a message to
# the environment's SQS queue on schedule, and the worker daemon forwards it as an HTTP POST to that path on your
# application. Only one instance (the leader) schedules, so each job runs once.
#
# ```yaml
# version: 1
# cron:
#  - name: "nightly-report"
#    url: "/tasks/report"
#    schedule: "0 3 * * *"
# ```
#
# **RDS inside or outside the environment.** Beanstalk can create an RDS database as part of an environment. That
# is convenient for development and tests, but the database's lifetime is then the environment's: terminating the
# environment deletes it (its **database deletion policy** can keep a snapshot, or retain it), and a blue/green
# swap cannot share it. For production, create the database **separately**, allow the environment's instances in
# through its security group, and pass the connection details as environment properties (or better, a secret in
# Secrets Manager). To move an existing coupled database out: take a snapshot, enable deletion protection, create
# a new environment that connects to the database, swap, then terminate the old environment with its database
# retained.
#
# > **Exam tip.** "The database must survive when the environment is terminated" or "blue/green with a shared
# > database" → RDS outside the environment, connection string in environment properties. "Deployments fail:
# > application version limit reached" → version lifecycle policy.
#
# ## 5. The Code* family: from commit to deployment
#
# The 2019 notes draw a pipeline: source → build → test → deploy → environments, orchestrated by one service. The
# pieces today:
#
# | stage | service | exam keywords |
# |---|---|---|
# | source | **CodeCommit** (managed Git), or GitHub, GitLab, Bitbucket through a connection, or S3 | Git credentials, HTTPS/SSH, triggers |
# | build and test | **CodeBuild** | `buildspec.yml`, phases, artifacts, container images |
# | deploy | **CodeDeploy** (EC2, on-premises, Lambda, ECS), or Beanstalk, CloudFormation, ECS, S3 | `appspec.yml`, hooks, deployment configurations, rollback |
# | orchestrate | **CodePipeline** | stages, actions, artifacts, manual approval |
# | packages | CodeArtifact | npm, PyPI, Maven repositories |
#
# **CodeCommit** hosts private Git repositories encrypted at rest with KMS. Access is controlled by IAM: over
# HTTPS with **Git credentials** generated for an IAM user, over SSH with a public key uploaded to the IAM user, or
# with the `git-remote-codecommit` helper using any IAM credentials (roles, federation). **Cross-account access**
# works through a role in the repository's account that users from the other account assume. Events (pushes, pull
# requests) go to **EventBridge** rules, notification rules (SNS, chat) or repository **triggers** (SNS or Lambda).

# %%
for key in ("codecommit.closed_to_new_customers_on", "codestar.discontinued_on", "cloud9.open_to_new_customers"):
    row = facts.get(key)
    print(f"{row.service}: {row.description}: {row.value} ({row.unit}). {row.changed} [{row.source_grade}]")

# %% [markdown]
# ## 6. CodeBuild and `buildspec.yml`
#
# CodeBuild runs builds in fresh containers: you pick a managed image (Amazon Linux, Ubuntu, Windows) or any
# Docker image (from ECR or Docker Hub) and a compute size, and pay per build minute. There are no build servers to
# keep. A **build project** names the source, the environment image, a service role, and the **buildspec**: by
# default the file `buildspec.yml` at the root of the source, or a buildspec stored in the project, or one passed
# with a single build (`buildspecOverride` on `StartBuild`).
#
# ```yaml
# version: 0.2
# env:
#   variables:                 # plain text: fine for settings, never for secrets
#     STAGE: "test"
#   parameter-store:           # read from SSM Parameter Store when the build starts
#     DB_HOST: "/shop/db/host"
#   secrets-manager:           # secret-id:json-key
#     DB_PASSWORD: "shop/db:password"
# phases:
#   install:
#     runtime-versions:
#       python: 3.12
#     commands:
#       - pip install -r requirements.txt
#   pre_build:
#     commands:
#       - pytest -q
#   build:
#     commands:
#       - sam build
#   post_build:
#     commands:
#       - echo "built on $(date)"
# artifacts:
#   files:
#     - '**/*'
#   base-directory: .aws-sam/build
# cache:
#   paths:
#     - '/root/.cache/pip/**/*'
# ```
#
# - **Phases** run in a fixed order: `install`, `pre_build`, `build`, `post_build`, each a list of shell
#   `commands` (plus an optional `finally` block). A failing command fails its phase; `post_build` still runs
#   after a failed `build`, so check `$CODEBUILD_BUILD_SUCCEEDING` there.
# - **env**: `variables` are plain text; `parameter-store` and `secrets-manager` fetch values at build time, so
#   secrets never sit in the buildspec or in the project's console (the service role needs permission to read
#   them, and KMS decrypt for encrypted values).
# - **artifacts**: the files to keep (uploaded to S3, or handed to the next CodePipeline stage); **cache**: paths
#   kept between builds (in S3 or locally) to speed them up.
# - **Logs** stream to CloudWatch Logs (and/or S3); the console shows the tail. A build that must reach resources
#   in a VPC (a private database) needs the project's **VPC configuration** (subnets and security groups).
# - Builds time out: the project setting accepts the range below (from botocore's model of the API).
# - You can run the same build on your machine with the CodeBuild local agent, to debug a buildspec.

# %%
print(f"Build timeout: {facts.value('codebuild.timeout_min_minutes')}–{facts.value('codebuild.timeout_max_minutes')} "
      f"minutes ({facts.get('codebuild.timeout_max_minutes').citation})")
timeout_shape = boto3.client("codebuild", region_name="us-east-1").meta.service_model.operation_model(
    "CreateProject").input_shape.members["timeoutInMinutes"]
print("The same range, read from botocore's service model:", timeout_shape.metadata)
print(f"Buildspec version to write: {facts.value('codebuild.buildspec_version')} "
      f"({facts.get('codebuild.buildspec_version').citation})")

# %% [markdown]
# > **Exam tip.** "The build needs a database password" → `parameter-store` (SecureString) or `secrets-manager`
# > in the buildspec's `env`, with read permission on the CodeBuild service role; never plaintext `variables`.
# > "Build cannot reach a private RDS instance" → VPC configuration on the project. "See the full build log" →
# > CloudWatch Logs.
#
# ### Exercise 6.3: a buildspec checker (3 points)
#
# Write `buildspec_problems(text)` that reads the YAML `text` of a buildspec and returns a **sorted list** of the
# problems it finds, as these exact strings (an empty list means none):
#
# - `"not a YAML mapping"` when the text is not valid YAML or its top level is not a mapping (return only this);
# - `"version must be 0.2"` unless `version` is the number or the string of `facts.value("codebuild.buildspec_version")`;
# - `"phases missing"` when there is no `phases` mapping or it is empty;
# - `"unknown phase: NAME"` for every phase whose name is not `install`, `pre_build`, `build` or `post_build`;
# - `"no commands in NAME"` for every known phase without a non-empty `commands` list (a rule of this exercise;
#   the real service also accepts an `install` phase with only `runtime-versions`);
# - `"plaintext secret: NAME"` for every name in `env.variables` that contains `PASSWORD`, `SECRET` or `TOKEN`
#   (in any case);
# - `"artifacts without files"` when an `artifacts` section is present without a non-empty `files` list.
#
# <details><summary>Hint</summary>
#
# `yaml.safe_load(text)` raises `yaml.YAMLError` on broken YAML; `isinstance(data, dict)` checks the top level.
# `str(data.get("version"))` turns `0.2` and `"0.2"` into the same text: compare it with
# `str(facts.value(...))`. Use `.get(..., {})` generously and `(x or {})` for sections present but empty.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex3_buildspec", "solution": true}
def buildspec_problems(text):
    """Sorted list of the problems found in a buildspec.yml text ([] when none)."""
    ### BEGIN SOLUTION
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return ["not a YAML mapping"]
    if not isinstance(data, dict):
        return ["not a YAML mapping"]
    problems = set()
    if str(data.get("version")) != str(facts.value("codebuild.buildspec_version")):
        problems.add("version must be 0.2")
    phases = data.get("phases")
    if not isinstance(phases, dict) or not phases:
        problems.add("phases missing")
        phases = {}
    known = ("install", "pre_build", "build", "post_build")
    for name, body in phases.items():
        if name not in known:
            problems.add(f"unknown phase: {name}")
            continue
        commands = body.get("commands") if isinstance(body, dict) else None
        if not isinstance(commands, list) or not commands:
            problems.add(f"no commands in {name}")
    env = data.get("env") or {}
    variables = env.get("variables") or {} if isinstance(env, dict) else {}
    for name in variables:
        if any(word in str(name).upper() for word in ("PASSWORD", "SECRET", "TOKEN")):
            problems.add(f"plaintext secret: {name}")
    if "artifacts" in data:
        artifacts = data["artifacts"]
        files = artifacts.get("files") if isinstance(artifacts, dict) else None
        if not isinstance(files, list) or not files:
            problems.add("artifacts without files")
    return sorted(problems)
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex3_buildspec_helpers", "locked": true}
# A valid buildspec for the checks below, and one with secrets in plain variables.
GOOD_BUILDSPEC = """
version: 0.2
env:
  variables:
    STAGE: test
  parameter-store:
    DB_PASSWORD: /shop/db/password
phases:
  install:
    commands:
      - pip install -r requirements.txt
  build:
    commands:
      - pytest -q
artifacts:
  files:
    - '**/*'
"""
secrets = ("version: 0.2\nenv:\n  variables:\n    db_password: hunter2\n    API_TOKEN: abc\n    REGION: us-east-1\n"
           "phases:\n  build:\n    commands: [make]\n")


# %% nbgrader={"grade": true, "grade_id": "ex3_buildspec_tests", "points": 3}
with exercise("6.3 buildspec checker"):
    expect_equal(buildspec_problems(GOOD_BUILDSPEC), [], "a valid buildspec")
    expect_equal(buildspec_problems("version: 0.1\nphases:\n  build:\n    commands: [make]\n"),
                 ["version must be 0.2"], "an old version")
    expect_equal(buildspec_problems("version: 0.2\nphases:\n  compile:\n    commands: [make]\n"),
                 ["unknown phase: compile"], "a phase that does not exist")
    expect_equal(buildspec_problems(secrets), ["plaintext secret: API_TOKEN", "plaintext secret: db_password"],
                 "secrets in plain variables, any case")
### BEGIN HIDDEN TESTS
expect_equal(buildspec_problems('version: "0.2"\nphases:\n  build:\n    commands: [make]\n'), [],
             "version as a quoted string is fine", reveal=False)
expect_equal(buildspec_problems("version: 0.2\nphases:\n  prebuild:\n    commands: [make]\n  build:\n    commands: []\n"),
             ["no commands in build", "unknown phase: prebuild"], "misspelt phase and empty commands", reveal=False)
expect_equal(buildspec_problems("version: 0.2\nphases:\n  build:\n    commands: [make]\nartifacts:\n  name: out\n"),
             ["artifacts without files"], "artifacts without files", reveal=False)
expect_equal(buildspec_problems("version: 0.2\n"), ["phases missing"], "no phases", reveal=False)
expect_equal(buildspec_problems("- just\n- a list\n"), ["not a YAML mapping"], "a YAML list", reveal=False)
expect_equal(buildspec_problems("version: [0.2\nphases: {"), ["not a YAML mapping"], "broken YAML", reveal=False)
expect_equal(buildspec_problems("phases:\n  post_build:\n    finally: [echo done]\n"),
             ["no commands in post_build", "version must be 0.2"], "no version, no commands", reveal=False)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. CodeDeploy
#
# CodeDeploy deploys a **revision** (your files plus an **AppSpec** file) to a **deployment group** of targets:
#
# - **EC2 / on-premises**: instances picked by tags or an Auto Scaling group. Each runs the **CodeDeploy agent**,
#   which polls CodeDeploy, downloads the revision from S3 or GitHub, and runs your scripts. The instances need an
#   instance profile that can read the revision; CodeDeploy itself acts through a **service role**.
# - **Lambda**: shifts traffic between two versions of a function through an alias. No agent.
# - **ECS**: shifts traffic from the old task set to a new one behind a load balancer.
#
# **Deployment types.** *In-place* (EC2 only): the application on each instance is stopped, updated and restarted,
# a batch of instances at a time; each instance is taken out of the load balancer while it updates; rolling back
# means deploying the previous revision again. *Blue/green*: on EC2, CodeDeploy provisions **replacement**
# instances (or uses ones you provide), installs the new revision there, reroutes the load balancer to them, and
# can terminate the **original** instances after a wait; on Lambda and ECS every deployment is blue/green, as
# traffic moves from the old version to the new.
#
# **Deployment configurations** set the pace and what counts as success:
#
# - EC2: `CodeDeployDefault.AllAtOnce`, `CodeDeployDefault.HalfAtATime`, `CodeDeployDefault.OneAtATime`, or a
#   custom minimum number or percentage of healthy hosts.
# - Lambda and ECS: **canary** (a first share of traffic, then the rest after a wait:
#   `CodeDeployDefault.LambdaCanary10Percent5Minutes`), **linear** (equal shares at equal intervals:
#   `CodeDeployDefault.LambdaLinear10PercentEvery1Minute`) or **all at once**.
#
# **The AppSpec file** (`appspec.yml` at the root of an EC2 revision; YAML or JSON for Lambda and ECS) has a
# `version` (always `0.0`), and for EC2: `os` (`linux` or `windows`), `files` (source → destination),
# `permissions`, and `hooks`: scripts per lifecycle event, each with an optional `timeout` and `runas`. For Lambda:
# `Resources` (the function, its alias, current and target versions) and `hooks` naming Lambda functions that
# validate the deployment.
#
# ```yaml
# version: 0.0
# os: linux
# files:
#   - source: /app
#     destination: /var/www/shop
# hooks:
#   ApplicationStop:
#     - location: scripts/stop.sh
#       timeout: 60
#   BeforeInstall:
#     - location: scripts/install_dependencies.sh
#       runas: root
#   ApplicationStart:
#     - location: scripts/start.sh
#   ValidateService:
#     - location: scripts/health_check.sh
#       timeout: 120
# ```
#
# **Lifecycle events in order** for one EC2 instance in an in-place deployment: `ApplicationStop` →
# `DownloadBundle` → `BeforeInstall` → `Install` → `AfterInstall` → `ApplicationStart` → `ValidateService`. With a
# load balancer, `BeforeBlockTraffic` → `BlockTraffic` → `AfterBlockTraffic` come **first** (the instance leaves the
# load balancer) and `BeforeAllowTraffic` → `AllowTraffic` → `AfterAllowTraffic` come **last**. You can attach scripts
# to every event except the ones the agent does itself: `DownloadBundle`, `Install`, `BlockTraffic`,
# `AllowTraffic` (and the `Start` and `End` markers). `ApplicationStop` runs the scripts of the **previously**
# deployed revision, so it does nothing on an instance's first deployment.
#
# In an EC2 blue/green deployment the **replacement** instances run the install events and then the allow-traffic
# events; then the **original** instances run the block-traffic events. A Lambda deployment only has
# `BeforeAllowTraffic` → `AllowTraffic` → `AfterAllowTraffic`; your hook functions report success or failure to
# CodeDeploy with `PutLifecycleEventHookExecutionStatus`.
#
# **Rollback.** A deployment group can roll back automatically when a deployment **fails** or when a CloudWatch
# **alarm** fires (for example on 5xx errors during a canary). A rollback is a **new deployment** of the last
# good revision, with a new deployment id. On Lambda and ECS it simply moves traffic back.

# %%
print(f"AppSpec version: {facts.value('codedeploy.appspec_version')} ({facts.get('codedeploy.appspec_version').citation})")
deploy_request = {
    "applicationName": "shop-api", "deploymentGroupName": "prod",
    "deploymentConfigName": "CodeDeployDefault.LambdaCanary10Percent5Minutes",
    "revision": {"revisionType": "AppSpecContent", "appSpecContent": {"content": json.dumps({
        "version": 0.0,
        "Resources": [{"api": {"Type": "AWS::Lambda::Function", "Properties": {
            "Name": "shop-api", "Alias": "live", "CurrentVersion": "7", "TargetVersion": "8"}}}],
        "Hooks": [{"BeforeAllowTraffic": "shop-api-smoke-test"}, {"AfterAllowTraffic": "shop-api-final-check"}]})}},
    "autoRollbackConfiguration": {"enabled": True, "events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]},
}
with Stubber(codedeploy) as stub:
    stub.add_response("create_deployment", {"deploymentId": "d-EXAMPLE11"}, deploy_request)
    print("Stubbed CreateDeployment:", codedeploy.create_deployment(**deploy_request)["deploymentId"])

# %% [markdown]
# > **Exam tip.** "Run a database migration before the new code starts" → `BeforeInstall` or `AfterInstall`
# > script; "check the service answers before traffic arrives" → `ValidateService` (EC2) or a `BeforeAllowTraffic`
# > function (Lambda); "deployment fails at `ApplicationStop`" → the previous revision's stop script is broken:
# > fix it, or deploy with `ignoreApplicationStopFailures`. "Roll back automatically when errors rise" → a
# > CloudWatch alarm on the deployment group with automatic rollback.
#
# ### Exercise 6.4: which hooks run, in which order? (3 points)
#
# Write `lifecycle_hooks(platform, deployment_type="in_place", load_balancer=False)` returning the list of
# lifecycle events **where you can attach scripts or functions**, in run order (leave out `DownloadBundle`,
# `Install`, `BlockTraffic`, `AllowTraffic`, `Start`, `End`).
#
# - `platform="ec2"`, `deployment_type="in_place"`: the install events; with `load_balancer=True` also the
#   block-traffic hooks before them and the allow-traffic hooks after them.
# - `platform="ec2"`, `deployment_type="blue_green"` (always behind a load balancer, whatever the flag says): the
#   replacement instances' hooks, then the original instances' hooks.
# - `platform="lambda"`: only `deployment_type="blue_green"` exists (its two traffic hooks).
# - Anything else (an unknown platform or type, or an in-place Lambda deployment): `ValueError`.
#
# <details><summary>Hint</summary>
#
# Start from three lists: `install = ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart",
# "ValidateService"]`, `block = ["BeforeBlockTraffic", "AfterBlockTraffic"]`, `allow = ["BeforeAllowTraffic",
# "AfterAllowTraffic"]`, and concatenate them per case.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex4_lifecycle_hooks", "solution": true}
def lifecycle_hooks(platform, deployment_type="in_place", load_balancer=False):
    """The lifecycle events you can hook, in run order, for one CodeDeploy deployment."""
    ### BEGIN SOLUTION
    install = ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"]
    block = ["BeforeBlockTraffic", "AfterBlockTraffic"]
    allow = ["BeforeAllowTraffic", "AfterAllowTraffic"]
    if platform == "ec2" and deployment_type == "in_place":
        return block + install + allow if load_balancer else install
    if platform == "ec2" and deployment_type == "blue_green":
        return install + allow + block
    if platform == "lambda" and deployment_type == "blue_green":
        return allow
    raise ValueError(f"no {deployment_type!r} deployments on {platform!r}")
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex4_lifecycle_hooks_tests", "points": 3}
with exercise("6.4 lifecycle hooks"):
    expect_equal(lifecycle_hooks("ec2"),
                 ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"],
                 "EC2 in-place, no load balancer")
    expect_equal(lifecycle_hooks("lambda", "blue_green"), ["BeforeAllowTraffic", "AfterAllowTraffic"], "Lambda")
    blue_green = ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService",
                  "BeforeAllowTraffic", "AfterAllowTraffic", "BeforeBlockTraffic", "AfterBlockTraffic"]
    expect_equal(lifecycle_hooks("ec2", "blue_green"), blue_green, "EC2 blue/green: replacement, then original")
### BEGIN HIDDEN TESTS
expect_equal(lifecycle_hooks("ec2", "in_place", load_balancer=True),
             ["BeforeBlockTraffic", "AfterBlockTraffic", "ApplicationStop", "BeforeInstall", "AfterInstall",
              "ApplicationStart", "ValidateService", "BeforeAllowTraffic", "AfterAllowTraffic"],
             "EC2 in-place behind a load balancer", reveal=False)
expect_equal(lifecycle_hooks("ec2", "blue_green", load_balancer=True), blue_green, "blue/green with the flag",
             reveal=False)
expect_raises(ValueError, lifecycle_hooks, "lambda", what="Lambda has no in-place deployments")
expect_raises(ValueError, lifecycle_hooks, "lambda", "in_place", True, what="Lambda in-place, explicitly")
expect_raises(ValueError, lifecycle_hooks, "ec2", "rolling", what="an unknown deployment type")
_ = expect_raises(ValueError, lifecycle_hooks, "fargate", "blue_green", what="an unknown platform")
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 6.5: read a deployment configuration as a schedule (2 points)
#
# Canary and linear configurations for Lambda and ECS encode their schedule in the name. Write
# `traffic_schedule(config_name)` returning a list of `(minute, percent)` pairs: at `minute` after the start,
# `percent` of traffic is on the new version. Names look like `CodeDeployDefault.<Lambda|ECS><rule>` where
# `<rule>` is one of
#
# - `AllAtOnce` → `[(0, 100)]`;
# - `Canary{P}Percent{M}Minutes` (or `Minute`) → `[(0, P), (M, 100)]`;
# - `Linear{P}PercentEvery{M}Minutes` (or `Minute`) → `P` at minute 0, then `P` more every `M` minutes, capped at
#   100, until 100 is reached.
#
# The function should work for any numbers in these patterns, not only AWS's predefined ones. Any other name
# (EC2 configurations such as `CodeDeployDefault.OneAtATime` included) raises `ValueError`. Percents and minutes
# are `int`s.
#
# <details><summary>Hint</summary>
#
# `re.fullmatch(r"CodeDeployDefault\.(Lambda|ECS)Canary(\d+)Percent(\d+)Minutes?", name)` captures the numbers
# as strings. For linear, loop: `percent = min(percent + p, 100)`, `minute += m`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex5_traffic_shifting", "solution": true}
def traffic_schedule(config_name):
    """[(minute, percent on the new version), ...] for a CodeDeploy Lambda or ECS deployment configuration."""
    ### BEGIN SOLUTION
    prefix = r"CodeDeployDefault\.(?:Lambda|ECS)"
    if re.fullmatch(prefix + "AllAtOnce", config_name):
        return [(0, 100)]
    canary = re.fullmatch(prefix + r"Canary(\d+)Percent(\d+)Minutes?", config_name)
    if canary:
        return [(0, int(canary.group(1))), (int(canary.group(2)), 100)]
    linear = re.fullmatch(prefix + r"Linear(\d+)PercentEvery(\d+)Minutes?", config_name)
    if linear:
        step_percent, every = int(linear.group(1)), int(linear.group(2))
        schedule, minute, percent = [], 0, 0
        while percent < 100:
            percent = min(percent + step_percent, 100)
            schedule.append((minute, percent))
            minute += every
        return schedule
    raise ValueError(f"not a canary, linear or all-at-once configuration: {config_name!r}")
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "ex5_traffic_shifting_tests", "points": 2}
with exercise("6.5 traffic schedule"):
    expect_equal(traffic_schedule("CodeDeployDefault.LambdaCanary10Percent5Minutes"), [(0, 10), (5, 100)], "canary")
    expect_equal(traffic_schedule("CodeDeployDefault.LambdaAllAtOnce"), [(0, 100)], "all at once")
    expect_equal(traffic_schedule("CodeDeployDefault.LambdaLinear10PercentEvery1Minute"),
                 [(m, 10 * (m + 1)) for m in range(10)], "linear, 10 % every minute")
    expect_equal(traffic_schedule("CodeDeployDefault.ECSLinear30PercentEvery2Minutes"),
                 [(0, 30), (2, 60), (4, 90), (6, 100)], "the last linear step is capped at 100")
### BEGIN HIDDEN TESTS
expect_equal(traffic_schedule("CodeDeployDefault.ECSCanary25Percent15Minutes"), [(0, 25), (15, 100)], "ECS canary",
             reveal=False)
expect_equal(traffic_schedule("CodeDeployDefault.LambdaLinear10PercentEvery3Minutes")[-1], (27, 100),
             "linear every 3 minutes ends at minute 27", reveal=False)
expect_equal(traffic_schedule("CodeDeployDefault.ECSAllAtOnce"), [(0, 100)], "ECS all at once", reveal=False)
expect_equal(traffic_schedule("CodeDeployDefault.LambdaCanary50Percent1Minute"), [(0, 50), (1, 100)],
             "singular Minute", reveal=False)
expect_equal(traffic_schedule("CodeDeployDefault.LambdaLinear100PercentEvery5Minutes"), [(0, 100)],
             "one linear step of 100", reveal=False)
expect_raises(ValueError, traffic_schedule, "CodeDeployDefault.OneAtATime", what="an EC2 configuration")
_ = expect_raises(ValueError, traffic_schedule, "CodeDeployDefault.LambdaCanaryTenPercent5Minutes",
                  what="a malformed name")
### END HIDDEN TESTS

# %% [markdown]
# ## 8. CodePipeline
#
# A **pipeline** is a sequence of **stages** (Source, Build, Test, Deploy, ...), each holding one or more
# **actions** that run in sequence or in parallel: a CodeCommit, GitHub (through a CodeStar Connections /
# CodeConnections connection) or S3 source; a CodeBuild or Jenkins build; a deploy to CodeDeploy, Beanstalk,
# CloudFormation, ECS or S3; a Lambda invoke; a **manual approval** (with an SNS notification). Actions pass
# **artifacts** through an S3 bucket owned by the pipeline. A change in the source starts the pipeline (through
# EventBridge or a webhook; an S3 source needs versioning); a failed action stops its stage, and a stage can
# be retried. Each pipeline execution moves through the stages in order, and a newer execution can supersede an
# older one waiting at a stage. Cross-Region and cross-account actions use a KMS key and roles in the other
# account.
#
# > **Exam tip.** "Require a human sign-off before production" → a manual approval action. "Deploy the same
# > CloudFormation template to test, then prod" → CloudFormation deploy actions (create/replace a change set,
# > then execute it) in two stages. "Notify on pipeline failure" → EventBridge rule on pipeline state changes.
#
# ## 9. CloudFormation
#
# CloudFormation creates, updates and deletes a set of resources (a **stack**) from a **template**, in YAML or
# JSON, stored locally or in S3. Templates make infrastructure repeatable, reviewable and version-controlled.
# CloudFormation itself is free for AWS resource types; you pay for what it creates.
#
# **Template sections** (only `Resources` is required):
#
# | section | purpose |
# |---|---|
# | `AWSTemplateFormatVersion` | `"2010-09-09"`, the only value |
# | `Description` | text |
# | `Metadata` | extra information, also used by `AWS::CloudFormation::Init` (cfn-init) and the console |
# | `Parameters` | inputs given at stack creation or update (types, allowed values, `NoEcho` for secrets, SSM parameter types) |
# | `Rules` | checks on parameter combinations |
# | `Mappings` | fixed lookup tables, for example an AMI per Region, read with `Fn::FindInMap` |
# | `Conditions` | booleans from parameters (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Fn::If`) that decide whether a resource or property exists |
# | `Transform` | macros that process the template first: `AWS::Serverless-2016-10-31` (SAM), `AWS::Include` (insert a snippet from S3) |
# | `Resources` | the resources: logical id, `Type`, `Properties`, plus `DependsOn`, `DeletionPolicy`, `UpdateReplacePolicy`, `Condition`, `CreationPolicy` |
# | `Outputs` | values to show or to **export** for other stacks (`Fn::ImportValue`) |
#
# **Intrinsic functions** to know: `Ref` (a parameter's value, or a resource's main id), `Fn::GetAtt` (a
# resource's attribute, such as an ARN or a DNS name), `Fn::Sub` (string substitution, `${Name}` or
# `${Resource.Attribute}`), `Fn::Join`, `Fn::Split`, `Fn::Select`, `Fn::FindInMap`, `Fn::ImportValue`,
# `Fn::GetAZs`, `Fn::Base64` (EC2 user data), `Fn::Cidr`, and the condition functions. **Pseudo parameters**
# exist in every template: `AWS::Region`, `AWS::AccountId`, `AWS::StackName`, `AWS::StackId`, `AWS::Partition`,
# `AWS::URLSuffix`, `AWS::NoValue`.
#
# **Order.** CloudFormation reads the dependencies between resources from `Ref`, `Fn::GetAtt`, `Fn::Sub` and
# `DependsOn`, creates resources in parallel where nothing orders them, and deletes them in the reverse
# direction. `DependsOn` is needed when the dependency is not visible in a reference (for example, an EC2
# instance that needs an internet gateway attached before its user data downloads packages). A cycle of
# dependencies is an error: the template is rejected.

# %%
print(f"Resources per template: {facts.value('cloudformation.max_resources_per_template')} "
      f"({facts.get('cloudformation.max_resources_per_template').citation}); larger systems split into nested stacks.")

# %% [markdown]
# ### Exercise 6.6: creation and deletion order (4 points)
#
# A template is given as a dict (parsed JSON or YAML in long form). Resource `A` **depends on** resource `B` when,
# anywhere inside `A`'s definition, there is
#
# - `{"Ref": "B"}`;
# - `{"Fn::GetAtt": ["B", "Attr"]}` or `{"Fn::GetAtt": "B.Attr"}`;
# - `{"Fn::Sub": "...${B}..."}` or `${B.Attr}` in the string, or in the first element of the list form
#   `{"Fn::Sub": ["...", {variables}]}`, except names defined in that variables map (the map's values can
#   themselves hold `Ref`s);
# - `"DependsOn": "B"` or `"DependsOn": ["B", ...]`.
#
# References to parameters (names in `Parameters`) and pseudo parameters (names starting with `AWS::`) are not
# dependencies. A reference to any other name that is not a resource raises `ValueError` naming it.
#
# Write `creation_waves(template)`: a list of **waves**, each a sorted list of logical ids; a resource is in the
# first wave after all the resources it depends on (wave 1 holds the resources that depend on nothing).
# Write `deletion_waves(template)`: the same for deletion, where a resource can be deleted once every resource that
# depends on it has been deleted. Both raise `ValueError` with the word `circular` in the message when some
# resources can never be placed (a cycle, including a resource that refers to itself). The cell suggests two
# helpers, `resource_dependencies` and `waves`; use them or not, only `creation_waves` and `deletion_waves` are
# tested.
#
# <details><summary>Hint</summary>
#
# First build `deps = {resource: set of resources it depends on}` by walking each definition recursively (dicts and
# lists). `re.findall(r"\$\{([^}]+)\}", text)` finds the `${...}` variables; `name.split(".")[0]` drops an
# attribute. Then repeat: the next wave is every remaining resource whose dependencies are all placed; if there
# is none while resources remain, it is a cycle. For deletion, reverse the edges: `B` waits for every `A` with `B`
# in `deps[A]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex6_stack_order", "solution": true}
def resource_dependencies(template):
    """{logical id: set of the logical ids it depends on}; ValueError for a reference to nothing."""
    ### BEGIN SOLUTION
    resources = template.get("Resources", {})
    parameters = set(template.get("Parameters", {}))
    deps = {}
    for name, body in resources.items():
        found = set()

        def visit(node):
            if isinstance(node, list):
                for item in node:
                    visit(item)
            elif isinstance(node, dict):
                for key, value in node.items():
                    if key == "Ref" and isinstance(value, str):
                        found.add(value)
                    elif key == "Fn::GetAtt":
                        found.add(value.split(".")[0] if isinstance(value, str) else value[0])
                    elif key == "Fn::Sub":
                        text = value if isinstance(value, str) else value[0]
                        local = set(value[1]) if isinstance(value, list) and len(value) > 1 else set()
                        for variable in re.findall(r"\$\{([^}]+)\}", text):
                            target = variable.split(".")[0]
                            if target not in local and not target.startswith("!"):
                                found.add(target)
                    visit(value)

        visit({k: v for k, v in body.items() if k != "DependsOn"})
        depends_on = body.get("DependsOn", [])
        found |= {depends_on} if isinstance(depends_on, str) else set(depends_on)
        deps[name] = set()
        for target in found:
            if target in resources:
                deps[name].add(target)
            elif target not in parameters and not target.startswith("AWS::"):
                raise ValueError(f"{name} refers to {target}, which is not a resource or parameter")
    return deps
    ### END SOLUTION


def waves(needs):
    """Sorted waves of names, each name after every name in needs[name]; ValueError ('circular') if impossible."""
    ### BEGIN SOLUTION
    remaining = {name: set(before) for name, before in needs.items()}
    placed, result = set(), []
    while remaining:
        ready = sorted(name for name, before in remaining.items() if before <= placed)
        if not ready:
            raise ValueError(f"circular dependency among {', '.join(sorted(remaining))}")
        result.append(ready)
        placed |= set(ready)
        for name in ready:
            del remaining[name]
    return result
    ### END SOLUTION


def creation_waves(template):
    """Waves of logical ids (each sorted) in which CloudFormation can create the template's resources."""
    ### BEGIN SOLUTION
    return waves(resource_dependencies(template))
    ### END SOLUTION


def deletion_waves(template):
    """Waves of logical ids (each sorted) in which the resources can be deleted."""
    ### BEGIN SOLUTION
    deps = resource_dependencies(template)
    return waves({name: {other for other, before in deps.items() if name in before} for name in deps})
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex6_stack_order_helpers", "locked": true}
# A small web stack: its references (Ref, Fn::GetAtt, DependsOn) decide the order.
WEB_TEMPLATE = {
    "Parameters": {"Env": {"Type": "String"}},
    "Resources": {
        "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
        "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}}},
        "Gateway": {"Type": "AWS::EC2::InternetGateway"},
        "Attach": {"Type": "AWS::EC2::VPCGatewayAttachment",
                   "Properties": {"VpcId": {"Ref": "Vpc"}, "InternetGatewayId": {"Ref": "Gateway"}}},
        "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "env", "Value": {"Ref": "Env"}}]}},
        "Server": {"Type": "AWS::EC2::Instance", "DependsOn": "Attach",
                   "Properties": {"SubnetId": {"Ref": "Subnet"},
                                  "Tags": [{"Key": "logs", "Value": {"Fn::GetAtt": ["Bucket", "Arn"]}}]}},
    },
}


# %% nbgrader={"grade": true, "grade_id": "ex6_stack_order_tests", "points": 4}
with exercise("6.6 creation and deletion order"):
    expect_equal(creation_waves(WEB_TEMPLATE), [["Bucket", "Gateway", "Vpc"], ["Attach", "Subnet"], ["Server"]],
                 "creation waves of a small web stack")
    expect_equal(deletion_waves(WEB_TEMPLATE), [["Server"], ["Attach", "Bucket", "Subnet"], ["Gateway", "Vpc"]],
                 "deletion waves are not simply the creation waves reversed")
### BEGIN HIDDEN TESTS
independent = {"Resources": {"A": {"Type": "AWS::SNS::Topic"},
                             "B": {"Type": "AWS::SQS::Queue", "Properties": {"Name": {"Fn::GetAtt": "A.TopicName"}}},
                             "C": {"Type": "AWS::SQS::Queue"}}}
expect_equal(creation_waves(independent), [["A", "C"], ["B"]], "GetAtt in its string form", reveal=False)
expect_equal(deletion_waves(independent), [["B", "C"], ["A"]], "independent resources go in the first wave",
             reveal=False)
subbed = {"Parameters": {"Stage": {"Type": "String"}}, "Resources": {
    "Table": {"Type": "AWS::DynamoDB::Table"},
    "Role": {"Type": "AWS::IAM::Role"},
    "Fn": {"Type": "AWS::Lambda::Function", "Properties": {
        "Description": {"Fn::Sub": "${Table} in ${AWS::Region} for ${Stage}"},
        "Role": {"Fn::Sub": ["${RoleArn}", {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}]}}},
    "Alarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": {"Fn::Sub": "${Fn.Arn}-errors"}}}}}
expect_equal(creation_waves(subbed), [["Role", "Table"], ["Fn"], ["Alarm"]],
             "Fn::Sub strings, attributes, local variables and pseudo parameters", reveal=False)
listed = {"Resources": {"A": {"Type": "X"}, "B": {"Type": "X"}, "C": {"Type": "X", "DependsOn": ["A", "B"]}}}
expect_equal(creation_waves(listed), [["A", "B"], ["C"]], "DependsOn as a list", reveal=False)
expect_equal(deletion_waves(listed), [["C"], ["A", "B"]], "deletion with DependsOn as a list", reveal=False)
cycle = {"Resources": {"A": {"Type": "X", "Properties": {"P": {"Ref": "B"}}},
                       "B": {"Type": "X", "Properties": {"P": {"Fn::GetAtt": ["A", "Arn"]}}},
                       "C": {"Type": "X"}}}
expect_raises(ValueError, creation_waves, cycle, what="a cycle", match="circular")
expect_raises(ValueError, deletion_waves, cycle, what="a cycle (deletion)", match="circular")
expect_raises(ValueError, creation_waves, {"Resources": {"A": {"Type": "X", "DependsOn": "A"}}},
              what="a resource depending on itself", match="circular")
_ = expect_raises(ValueError, creation_waves, {"Resources": {"A": {"Type": "X", "Properties": {"P": {"Ref": "Ghost"}}}}},
                  what="a reference to nothing", match="Ghost")
### END HIDDEN TESTS

# %% [markdown]
# ### Stacks in practice: rollback, change sets, capabilities, nested stacks, StackSets
#
# - **Rollback.** If creating a stack fails, CloudFormation by default **rolls back**: it deletes what it created
#   (`ROLLBACK_COMPLETE`; such a stack can only be deleted). For debugging you can keep the failed resources:
#   `--disable-rollback` on the CLI, `DisableRollback=True` or `OnFailure="DO_NOTHING"` in the API. A failed
#   **update** rolls back to the previous template (`UPDATE_ROLLBACK_COMPLETE`); if that rollback itself fails
#   (`UPDATE_ROLLBACK_FAILED`), fix the cause and use **continue update rollback**. **Rollback triggers** watch
#   CloudWatch alarms during an update and for a monitoring time afterwards.
# - **Change sets** preview an update: CloudFormation compares the new template and parameters with the stack and
#   lists each resource to be added, modified or removed, and whether a modification **replaces** the resource (a
#   new physical resource: new id, data lost for a database), then you execute or delete the change set.
# - **Capabilities.** A template that creates IAM resources needs your explicit acknowledgement:
#   `CAPABILITY_IAM`, or `CAPABILITY_NAMED_IAM` if those resources have custom names; a template with macros
#   (including the SAM transform) created directly needs `CAPABILITY_AUTO_EXPAND`. Without them the call fails
#   with `InsufficientCapabilitiesException`.
# - **Deletion.** `DeletionPolicy: Retain` keeps a resource when the stack is deleted, `Snapshot` keeps a snapshot
#   (RDS, EBS, ElastiCache...), `Delete` is the default for most types. An S3 bucket must be empty to be deleted.
#   **Termination protection** stops a whole stack from being deleted; a **stack policy** protects resources from
#   updates.
# - **Nested stacks** are resources of type `AWS::CloudFormation::Stack` with a `TemplateURL` (and parameters):
#   reusable components owned by a parent stack, and a way past the per-template resource limit. **Cross-stack
#   references** instead export an output (`Export: Name`) that other, independent stacks import with
#   `Fn::ImportValue`; an exported value cannot be deleted or changed while imported.
# - **StackSets** deploy one template as stacks across **several accounts and Regions** from an administrator
#   account (with AWS Organizations, automatically to new accounts).
# - **Drift detection** reports resources changed outside CloudFormation. `cfn-init`, `cfn-signal` and
#   `cfn-hup` configure EC2 instances from template metadata and signal success to a `CreationPolicy` or
#   `WaitCondition`.
#
# > **Exam tip.** "Preview whether an update will replace the database" → a change set. "Same template in many
# > accounts and Regions" → StackSets. "Reuse a load balancer template in many stacks" → nested stacks; "share a
# > VPC id with other stacks" → export + `Fn::ImportValue`. "Keep the data when the stack is deleted" →
# > `DeletionPolicy: Retain` or `Snapshot`.
#
# The parameters of a real API call can be checked against botocore's model of CloudFormation without sending
# anything: a wrong name, a number where a string is expected, or a capability that does not exist (checked here
# by looking at the model's list of allowed values).

# %% nbgrader={"grade": false, "grade_id": "create_stack_model", "locked": true}
create_stack_model = cloudformation.meta.service_model.operation_model("CreateStack")
print("Allowed capabilities:", create_stack_model.input_shape.members["Capabilities"].member.enum)
bad_request = {"StackName": "shop", "TemplateBody": "{}", "Parameters": [{"ParameterKey": "Size", "ParameterValue": 3}],
               "Capabilities": ["CAPABILITY_IAM"], "Rollback": False}
print(ParamValidator().validate(bad_request, create_stack_model.input_shape).generate_report())

# %% [markdown]
# ### Exercise 6.7: capabilities and a valid `CreateStack` request (3 points)
#
# The cell below lists the IAM resource types that need a capability and the properties that give them a custom
# name. Write
#
# - `required_capabilities(template)`: a sorted list: `"CAPABILITY_NAMED_IAM"` if any resource of an IAM type has
#   one of the name properties, otherwise `"CAPABILITY_IAM"` if there is any IAM resource; plus
#   `"CAPABILITY_AUTO_EXPAND"` if the template has a `Transform` section. An empty list if none applies.
# - `create_stack_params(stack_name, template, parameters, debug=False)`: the keyword arguments of
#   `cloudformation.create_stack`: `StackName`; `TemplateBody` (the template as JSON text); `Parameters` as
#   `[{"ParameterKey": ..., "ParameterValue": ...}]` sorted by key, where every value becomes a string (a list
#   becomes its items joined by commas, for `CommaDelimitedList` parameters); `Capabilities` from
#   `required_capabilities`. Leave out `Parameters` and `Capabilities` when they would be empty. With
#   `debug=True` add `DisableRollback: True` (keep failed resources for investigation); otherwise no such key.
#
# The check cell validates your request with botocore's `ParamValidator` and sends it to a stubbed client.
#
# <details><summary>Hint</summary>
#
# `json.dumps(template)`. `",".join(str(v) for v in value)` for lists, `str(value)` otherwise. Build the dict
# step by step and add the optional keys only when they have content.
# </details>

# %%
IAM_RESOURCE_TYPES = {"AWS::IAM::AccessKey", "AWS::IAM::Group", "AWS::IAM::InstanceProfile",
                      "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::User",
                      "AWS::IAM::UserToGroupAddition"}
IAM_NAME_PROPERTIES = {"RoleName", "UserName", "GroupName", "ManagedPolicyName", "InstanceProfileName"}


# %% nbgrader={"grade": false, "grade_id": "ex7_capabilities", "solution": true}
def required_capabilities(template):
    """Sorted list of the capabilities CreateStack needs for this template."""
    ### BEGIN SOLUTION
    capabilities = []
    iam = [r for r in template.get("Resources", {}).values() if r.get("Type") in IAM_RESOURCE_TYPES]
    if any(IAM_NAME_PROPERTIES & set(r.get("Properties", {})) for r in iam):
        capabilities.append("CAPABILITY_NAMED_IAM")
    elif iam:
        capabilities.append("CAPABILITY_IAM")
    if "Transform" in template:
        capabilities.append("CAPABILITY_AUTO_EXPAND")
    return sorted(capabilities)
    ### END SOLUTION


def create_stack_params(stack_name, template, parameters, debug=False):
    """Keyword arguments for cloudformation.create_stack."""
    ### BEGIN SOLUTION
    params = {"StackName": stack_name, "TemplateBody": json.dumps(template)}
    if parameters:
        params["Parameters"] = [
            {"ParameterKey": key,
             "ParameterValue": ",".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)}
            for key, value in sorted(parameters.items())]
    capabilities = required_capabilities(template)
    if capabilities:
        params["Capabilities"] = capabilities
    if debug:
        params["DisableRollback"] = True
    return params
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex7_capabilities_helpers", "locked": true}
# botocore_accepts(params): botocore's CreateStack model accepts them and a stubbed call goes through.
def botocore_accepts(params):
    """True when botocore's model of CreateStack accepts these parameters, and a stubbed call goes through."""
    report = ParamValidator().validate(params, create_stack_model.input_shape)
    if report.has_errors():
        print(report.generate_report())
        return False
    with Stubber(cloudformation) as stub:
        stub.add_response("create_stack", {"StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/x/1"},
                          params)
        cloudformation.create_stack(**params)
        stub.assert_no_pending_responses()
    return True


ROLE_TEMPLATE = {"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}},
                               "Queue": {"Type": "AWS::SQS::Queue"}}}


# %% nbgrader={"grade": true, "grade_id": "ex7_capabilities_tests", "points": 3}
with exercise("6.7 capabilities and CreateStack"):
    expect_equal(required_capabilities(ROLE_TEMPLATE), ["CAPABILITY_IAM"], "an unnamed IAM role")
    expect_equal(required_capabilities({"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}), [], "no IAM resources")
    request = create_stack_params("shop", ROLE_TEMPLATE, {"Stage": "test"})
    expect_equal(request["Parameters"], [{"ParameterKey": "Stage", "ParameterValue": "test"}], "parameters")
    expect_equal(json.loads(request["TemplateBody"]), ROLE_TEMPLATE, "the template as JSON text")
    expect_true(botocore_accepts(request), "botocore accepts the request")
    named = {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "shop-role"}}}}
    typed = create_stack_params("shop", named, {"Size": 3, "Zones": ["a", "b"], "Name": "x"}, debug=True)
    expect_equal(typed["Parameters"], [{"ParameterKey": "Name", "ParameterValue": "x"},
                                       {"ParameterKey": "Size", "ParameterValue": "3"},
                                       {"ParameterKey": "Zones", "ParameterValue": "a,b"}],
                 "values become strings, lists are comma-joined, sorted by key")
### BEGIN HIDDEN TESTS
expect_equal(required_capabilities(named), ["CAPABILITY_NAMED_IAM"], "a named role needs NAMED_IAM only",
             reveal=False)
sam = {"Transform": "AWS::Serverless-2016-10-31",
       "Resources": {"U": {"Type": "AWS::IAM::User"}, "F": {"Type": "AWS::Serverless::Function"}}}
expect_equal(required_capabilities(sam), ["CAPABILITY_AUTO_EXPAND", "CAPABILITY_IAM"], "IAM plus a transform",
             reveal=False)
expect_equal(required_capabilities({"Transform": ["AWS::Include"], "Resources": {}}), ["CAPABILITY_AUTO_EXPAND"],
             "a transform alone", reveal=False)
expect_equal(typed["Capabilities"], ["CAPABILITY_NAMED_IAM"], "capabilities in the request", reveal=False)
expect_true(typed.get("DisableRollback") is True, "debug keeps failed resources")
expect_true(botocore_accepts(typed), "botocore accepts the typed request")
plain = create_stack_params("plain", {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}, {})
expect_equal(set(plain), {"StackName", "TemplateBody"}, "no empty Parameters or Capabilities, no DisableRollback",
             reveal=False)
expect_true(botocore_accepts(plain), "botocore accepts the plain request")
### END HIDDEN TESTS

# %% [markdown]
# ### Exercise 6.8: review a change set before executing it (3 points)
#
# Write `review_change_set(client, stack_name, change_set_name)` that reads a change set with
# `describe_change_set` and returns `{"add": [...], "modify": [...], "remove": [...], "replace": [...]}`, each a
# sorted list of logical resource ids:
#
# - read **every page**: a long change set comes in pages linked by `NextToken` (a paginator does this for you:
#   `client.get_paginator("describe_change_set")`);
# - if any page has `Status` `"FAILED"`, raise `RuntimeError` whose message contains the page's `StatusReason`;
# - each change of `Type` `"Resource"` has a `ResourceChange` with `Action` `"Add"`, `"Modify"` or `"Remove"`
#   (ignore other actions) and `LogicalResourceId`; a `Modify` whose `Replacement` is `"True"` or `"Conditional"`
#   (it may replace the resource) is listed under `"modify"` **and** `"replace"`.
#
# The check cell runs your function on a real CloudFormation client with a `Stubber`.
#
# <details><summary>Hint</summary>
#
# `for page in client.get_paginator("describe_change_set").paginate(StackName=..., ChangeSetName=...):` then
# `page.get("Changes", [])`. Map `{"Add": "add", "Modify": "modify", "Remove": "remove"}`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex8_change_set", "solution": true}
def review_change_set(client, stack_name, change_set_name):
    """{"add", "modify", "remove", "replace"}: sorted logical ids from every page of the change set."""
    ### BEGIN SOLUTION
    summary = {"add": [], "modify": [], "remove": [], "replace": []}
    actions = {"Add": "add", "Modify": "modify", "Remove": "remove"}
    paginator = client.get_paginator("describe_change_set")
    for page in paginator.paginate(StackName=stack_name, ChangeSetName=change_set_name):
        if page.get("Status") == "FAILED":
            raise RuntimeError(f"change set failed: {page.get('StatusReason', '')}")
        for change in page.get("Changes", []):
            if change.get("Type") != "Resource":
                continue
            resource = change["ResourceChange"]
            action = actions.get(resource.get("Action"))
            if action is None:
                continue
            summary[action].append(resource["LogicalResourceId"])
            if action == "modify" and resource.get("Replacement") in ("True", "Conditional"):
                summary["replace"].append(resource["LogicalResourceId"])
    return {key: sorted(ids) for key, ids in summary.items()}
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex8_change_set_helpers", "locked": true}
# Change-set pages as DescribeChangeSet returns them; run_review(pages) runs your function on them.
def change(action, logical_id, replacement=None):
    resource = {"Action": action, "LogicalResourceId": logical_id, "ResourceType": "AWS::S3::Bucket"}
    if replacement:
        resource["Replacement"] = replacement
    return {"Type": "Resource", "ResourceChange": resource}


def change_set_page(changes, status="CREATE_COMPLETE", next_token=None, reason=None):
    page = {"ChangeSetName": "cs1", "StackName": "shop", "Status": status, "ExecutionStatus": "AVAILABLE",
            "Changes": changes}
    if next_token:
        page["NextToken"] = next_token
    if reason:
        page["StatusReason"] = reason
    return page


def run_review(pages):
    """review_change_set on a stubbed client that answers with these pages, in order."""
    with Stubber(cloudformation) as stub:
        token = None
        for page in pages:
            expected = {"StackName": "shop", "ChangeSetName": "cs1"}
            if token:
                expected["NextToken"] = token
            stub.add_response("describe_change_set", page, expected)
            token = page.get("NextToken")
        result = review_change_set(cloudformation, "shop", "cs1")
        stub.assert_no_pending_responses()
    return result


# %% nbgrader={"grade": true, "grade_id": "ex8_change_set_tests", "points": 3}
with exercise("6.8 change set review"):
    one_page = [change_set_page([change("Add", "Queue"), change("Modify", "Table", "True"),
                                 change("Modify", "Function", "False"), change("Remove", "OldTopic")])]
    expect_equal(run_review(one_page), {"add": ["Queue"], "modify": ["Function", "Table"], "remove": ["OldTopic"],
                                        "replace": ["Table"]}, "one page of changes")
    two_pages = [change_set_page([change("Add", "B"), change("Modify", "Db", "Conditional")], next_token="t-2"),
                 change_set_page([change("Add", "A"), change("Remove", "C"), change("Import", "Legacy")])]
    expect_equal(run_review(two_pages), {"add": ["A", "B"], "modify": ["Db"], "remove": ["C"], "replace": ["Db"]},
                 "every page, conditional replacement, other actions ignored")
### BEGIN HIDDEN TESTS
expect_equal(run_review([change_set_page([])]), {"add": [], "modify": [], "remove": [], "replace": []},
             "an empty change set", reveal=False)
failed = [change_set_page([], status="FAILED", reason="The submitted information didn't contain changes.")]
with Stubber(cloudformation) as stub:
    stub.add_response("describe_change_set", failed[0], {"StackName": "shop", "ChangeSetName": "cs1"})
    _ = expect_raises(RuntimeError, review_change_set, cloudformation, "shop", "cs1", what="a failed change set",
                      match="didn't contain changes")
### END HIDDEN TESTS

# %% [markdown]
# ## 10. SAM: the Serverless Application Model
#
# SAM is CloudFormation with a shorthand for serverless resources. The line
# `Transform: AWS::Serverless-2016-10-31` tells CloudFormation to expand the template first: an
# `AWS::Serverless::Function` becomes a Lambda function, its execution role (unless you give one), event source
# mappings or permissions for its `Events`, and with `AutoPublishAlias` a version and an alias; with
# `DeploymentPreference` (`Type: Canary10Percent5Minutes`, `Linear10PercentEvery1Minute`...) it also creates the
# CodeDeploy application and deployment group that shift traffic to the new version, with optional hook
# functions and alarms (exercise 6.5's schedules). Other types: `AWS::Serverless::Api`, `HttpApi`,
# `SimpleTable`, `LayerVersion`, `StateMachine`, `Application` (nested applications from the Serverless
# Application Repository). A `Globals` section sets properties shared by every function (runtime, memory,
# timeout, environment variables). **Policy templates** (`DynamoDBCrudPolicy: {TableName: ...}`) give a
# function least-privilege permissions in one line.
#
# The SAM CLI:
#
# - `sam init` (start from a template), `sam build` (install dependencies, prepare artifacts in `.aws-sam/build`),
# - `sam local invoke` / `sam local start-api` (run functions in Docker on your machine, with test events from
#   `sam local generate-event`),
# - `sam deploy`: uploads code to S3 and deploys the stack through a change set. **Since SAM CLI v0.33.1 it
#   packages automatically**: the notes' `sam package` then `sam deploy` is no longer needed.
#   `sam deploy --guided` asks for the stack name, Region, parameters and capabilities and saves the answers in
#   `samconfig.toml` for the next run;
# - `sam sync --watch` pushes code changes to a development stack quickly; `sam logs`, `sam delete`.

# %%
sam_row = facts.get("sam.deploy_packages_automatically")
print(f"{sam_row.description}. 2019 notes: {sam_row.value_in_2019_notes}; now: {sam_row.value}. {sam_row.changed}.")
print(f"Source: {sam_row.citation}")

# %% [markdown]
# > **Exam tip.** "Deploy a serverless app with canary traffic shifting and automatic rollback on alarms" → SAM
# > `AutoPublishAlias` + `DeploymentPreference` (CodeDeploy under the hood). "Test a function locally" →
# > `sam local invoke`. Questions that list `sam package` + `sam deploy` describe the old two-step flow; both
# > still work, but `sam deploy` alone is enough.
#
# ### Exercise 6.9: what each function really gets from `Globals` (3 points)
#
# Write `sam_functions(template)` returning `{logical_id: properties}` for every resource of type
# `AWS::Serverless::Function`, with the `Globals` → `Function` section merged in as SAM does it:
#
# - a property only in one of them is taken from there;
# - when both have it: **maps** (dicts) are merged key by key with the same rules (the function wins on a
#   conflict), **lists** are concatenated (the globals' items first), anything else is taken from the function.
#
# Raise `ValueError` mentioning `Transform` if the template's `Transform` is not `"AWS::Serverless-2016-10-31"`
# nor a list containing it, and `ValueError` naming the function if, after merging, a function lacks `Handler`
# or `Runtime` (except functions with `PackageType: Image`, which need neither). Do not modify the template
# (return copies).
#
# <details><summary>Hint</summary>
#
# A recursive `merge(glob, own)`: if both are dicts, start from a deep copy of `glob` and merge each key of
# `own`; if both are lists, `glob + own`; otherwise `own`. `copy.deepcopy` protects the input.
# </details>

# %% nbgrader={"grade": false, "grade_id": "ex9_sam_globals", "solution": true}
def sam_functions(template):
    """{logical_id: merged properties} of the template's AWS::Serverless::Function resources."""
    ### BEGIN SOLUTION
    transform = template.get("Transform")
    transforms = transform if isinstance(transform, list) else [transform]
    if "AWS::Serverless-2016-10-31" not in transforms:
        raise ValueError("not a SAM template: Transform AWS::Serverless-2016-10-31 is missing")

    def merge(glob, own):
        if isinstance(glob, dict) and isinstance(own, dict):
            merged = copy.deepcopy(glob)
            for key, value in own.items():
                merged[key] = merge(glob[key], value) if key in glob else copy.deepcopy(value)
            return merged
        if isinstance(glob, list) and isinstance(own, list):
            return copy.deepcopy(glob) + copy.deepcopy(own)
        return copy.deepcopy(own)

    shared = template.get("Globals", {}).get("Function", {})
    functions = {}
    for name, resource in template.get("Resources", {}).items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        properties = merge(shared, resource.get("Properties", {}))
        if properties.get("PackageType") != "Image":
            missing = [p for p in ("Handler", "Runtime") if p not in properties]
            if missing:
                raise ValueError(f"function {name} has no {' or '.join(missing)}")
        functions[name] = properties
    return functions
    ### END SOLUTION


# %% nbgrader={"grade": false, "grade_id": "ex9_sam_globals_helpers", "locked": true}
# A SAM template with Globals and two functions.
SAM_TEMPLATE = {
    "Transform": "AWS::Serverless-2016-10-31",
    "Globals": {"Function": {"Runtime": "python3.12", "Timeout": 10, "MemorySize": 256,
                             "Environment": {"Variables": {"TABLE": "orders", "STAGE": "prod"}},
                             "Layers": ["arn:aws:lambda:us-east-1:111122223333:layer:common:3"]}},
    "Resources": {
        "Api": {"Type": "AWS::Serverless::Function",
                "Properties": {"Handler": "api.handler", "CodeUri": "src/", "Timeout": 29}},
        "Worker": {"Type": "AWS::Serverless::Function",
                   "Properties": {"Handler": "worker.handler", "CodeUri": "src/", "MemorySize": 1024,
                                  "Environment": {"Variables": {"STAGE": "batch", "QUEUE": "jobs"}},
                                  "Layers": ["arn:aws:lambda:us-east-1:111122223333:layer:pandas:1"]}},
        "Table": {"Type": "AWS::Serverless::SimpleTable"},
    },
}


# %% nbgrader={"grade": true, "grade_id": "ex9_sam_globals_tests", "points": 3}
with exercise("6.9 SAM globals"):
    got = sam_functions(SAM_TEMPLATE)
    expect_equal(sorted(got), ["Api", "Worker"], "only the functions")
    expect_equal(got["Api"]["Timeout"], 29, "the function's own value wins")
    expect_equal(got["Api"]["Runtime"], "python3.12", "a value taken from Globals")
    expect_equal(got["Worker"]["MemorySize"], 1024, "the function's memory")
    expect_equal(got["Worker"]["Environment"], {"Variables": {"TABLE": "orders", "STAGE": "batch", "QUEUE": "jobs"}},
                 "maps are merged key by key")
### BEGIN HIDDEN TESTS
expect_equal(got["Worker"]["Layers"], ["arn:aws:lambda:us-east-1:111122223333:layer:common:3",
                                       "arn:aws:lambda:us-east-1:111122223333:layer:pandas:1"],
             "lists are concatenated, globals first", reveal=False)
expect_equal(got["Api"]["Environment"], {"Variables": {"TABLE": "orders", "STAGE": "prod"}},
             "a map only in Globals", reveal=False)
got["Api"]["Environment"]["Variables"]["TABLE"] = "changed"
got["Worker"]["Layers"].append("extra")
expect_equal(SAM_TEMPLATE["Globals"]["Function"]["Environment"]["Variables"]["TABLE"], "orders",
             "the template is not modified through the result", reveal=False)
expect_equal(len(SAM_TEMPLATE["Globals"]["Function"]["Layers"]), 1, "globals' list not modified", reveal=False)
as_list = dict(SAM_TEMPLATE, Transform=["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"])
expect_equal(sorted(sam_functions(as_list)), ["Api", "Worker"], "Transform given as a list", reveal=False)
image = {"Transform": "AWS::Serverless-2016-10-31",
         "Resources": {"Img": {"Type": "AWS::Serverless::Function", "Properties": {"PackageType": "Image",
                                                                                  "ImageUri": "repo:1"}}}}
expect_equal(sam_functions(image), {"Img": {"PackageType": "Image", "ImageUri": "repo:1"}},
             "an image function needs no handler", reveal=False)
expect_raises(ValueError, sam_functions, {"Resources": {}}, what="no Transform", match="Transform")
no_runtime = {"Transform": "AWS::Serverless-2016-10-31",
              "Resources": {"Lonely": {"Type": "AWS::Serverless::Function", "Properties": {"Handler": "h.h"}}}}
_ = expect_raises(ValueError, sam_functions, no_runtime, what="a function without a runtime", match="Lonely")
### END HIDDEN TESTS

# %% [markdown]
# ## 11. Written question: choose a release process (3 points, graded by hand)
#
# A team runs a customer-facing web shop on Elastic Beanstalk (12 instances behind a load balancer, Amazon
# Linux platform, an RDS database created **inside** the environment). The checkout backend is a Lambda function
# behind API Gateway, defined in a SAM template. Releases go out weekly; last month a release with a bad
# configuration took the shop down for 20 minutes, and rolling back took another 30. Management asks for: no loss
# of capacity during releases, rollback in minutes, a human approval before production, and no database passwords
# in build definitions.
#
# Propose how the team should build and release both parts: the Beanstalk deployment policy (or blue/green) and
# why, what to do about the database, how the Lambda function should be released, and the pipeline (services,
# stages, where secrets come from). Name one option you would reject and why. About 150–250 words.

# %% [markdown] nbgrader={"grade": true, "grade_id": "written_release_process", "solution": true, "points": 3}
# ### BEGIN SOLUTION
# **Model answer.** Web tier: the **immutable** policy (or traffic splitting, which adds a canary share of real
# traffic): the new version goes to a fresh set of instances in a temporary Auto Scaling group, so capacity never
# drops, and a failed release is undone by terminating the new instances, in minutes, without touching the old
# ones. The extra instances only cost money while the deployment runs. Blue/green with a CNAME swap is also
# acceptable (swap back to roll back), but then the database **must** first leave the environment: snapshot it,
# run it as a separate RDS instance with deletion protection, allow the instances' security group, and pass the
# connection details through environment properties or Secrets Manager. Decoupling the database is wise in any
# case, since terminating the environment would delete it.
#
# Lambda: SAM `AutoPublishAlias` with `DeploymentPreference` (for example `Canary10Percent5Minutes`), a
# `PreTraffic` hook function that smoke-tests, and CloudWatch alarms on errors so CodeDeploy moves traffic back
# automatically.
#
# Pipeline: CodePipeline with a source stage (CodeCommit or GitHub), a CodeBuild stage running tests and
# `sam build`, deployment to a staging environment/stack, a **manual approval** action, then production (Beanstalk
# deploy action; CloudFormation change set or `sam deploy` for the API). Secrets come from Parameter Store
# SecureString or Secrets Manager via the buildspec `env` and the service role, never from plaintext variables.
#
# **Reject:** all at once (downtime, slow rollback, the incident they had) or rolling (reduced capacity, mixed
# versions on failure).
#
# **Marking guide (3 points):** 1 point for a policy that keeps full capacity with a fast rollback (immutable,
# traffic splitting, or blue/green with the database decoupled), justified; 1 point for handling the database
# (outside the environment) and for a Lambda release with traffic shifting and automatic rollback; 1 point for a
# pipeline with build, a manual approval before production and secrets from Parameter Store / Secrets Manager,
# plus a sensible rejected option.
# ### END SOLUTION

# %% [markdown]
# ## Summary
#
# - **Beanstalk policies**: all at once (downtime), rolling (reduced capacity), rolling with additional batch
#   (full capacity, one extra batch), immutable (new instances in a temporary ASG, safest rollback), traffic
#   splitting (immutable with a canary). **Blue/green** = two environments and a CNAME swap, not a policy.
# - **Configuration precedence**: direct settings > saved configuration > `.ebextensions` (alphabetical files)
#   > defaults. `.ebextensions/*.config` live at the top of the source bundle.
# - Versions pile up to a quota: a **version lifecycle policy** deletes old ones. `cron.yaml` schedules jobs in a
#   **worker** environment. Production databases live **outside** the environment.
# - **CodeBuild**: `buildspec.yml` version 0.2, phases `install` → `pre_build` → `build` → `post_build`, secrets
#   from `parameter-store` / `secrets-manager`, `artifacts`, `cache`, logs in CloudWatch Logs.
# - **CodeDeploy**: `appspec.yml` (version 0.0); EC2 in-place hook order ApplicationStop → BeforeInstall →
#   AfterInstall → ApplicationStart → ValidateService (traffic hooks around them with a load balancer); Lambda
#   and ECS shift traffic canary / linear / all at once; rollback = a new deployment of the last good revision.
# - **CodePipeline**: stages of actions passing artifacts through S3, manual approvals, EventBridge triggers.
# - **CloudFormation**: only `Resources` is required; dependencies from `Ref`, `GetAtt`, `Sub`, `DependsOn`;
#   rollback on failure by default; change sets preview replacements; capabilities for IAM and macros; nested
#   stacks for reuse, exports for sharing, StackSets for many accounts and Regions.
# - **SAM**: `Transform: AWS::Serverless-2016-10-31`, `Globals` (maps merged, lists concatenated), `sam build`,
#   `sam deploy --guided` (packages by itself since v0.33.1), `sam local`, traffic shifting via
#   `DeploymentPreference`.
# - **Retired or closed since 2019**: CodeStar (discontinued 2024-07-31), Cloud9 (closed to new customers);
#   CodeCommit closed to new customers in July 2024 and later returned to general availability.
#
# ### Exam tips recap
#
# 1. "Full capacity and quick rollback" → immutable (or traffic splitting); "no extra cost" → rolling; "fastest,
#    downtime fine" → all at once; "switch URLs / platform change" → blue/green CNAME swap.
# 2. An option in `.ebextensions` that "does not apply" is overridden by a direct or saved setting.
# 3. Secrets in builds come from Parameter Store or Secrets Manager, never plaintext `env.variables`.
# 4. `ApplicationStop` uses the **previous** revision's scripts; `ValidateService` is the last install hook.
# 5. Lambda deployments are always traffic shifting: canary, linear, all at once; no in-place.
# 6. "Will this update replace my database?" → change set. IAM resources → `CAPABILITY_IAM` /
#    `CAPABILITY_NAMED_IAM`; SAM or macros created directly → `CAPABILITY_AUTO_EXPAND`.
#
# [← Week 5: KMS and other services](../week5_kms_messaging/week5_kms_messaging.ipynb) ·
# [Week 7: advanced IAM and monitoring →](../week7_advanced_iam_monitoring/week7_advanced_iam_monitoring.ipynb)
