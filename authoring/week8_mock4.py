# %% [markdown]
# # Practice exam 4 of 4
#
# [← Practice exams: drills and readiness](../week8_practice_exams/week8_practice_exams.ipynb)
#
# 65 original questions in the proportions of the DVA-C02 exam guide's four domains. Allow
# 130 minutes, as in the real exam, and do not look anything up.
#
# **How to answer.** Read the questions, then fill in the **answer sheet** at the end: it has one line per
# question, `1: "",`; put one letter between the quotes for a single-response question (`"B"`) and the
# letters for a multiple-response one (`"AD"`, or a list `["A", "D"]`). A line left `""` is unanswered.
# Then run the check cell below the sheet: it says which answers are blank or malformed (a letter the
# question does not have, two letters for a single answer, the wrong count for "Select TWO") and nothing
# about whether an answer is right.
#
# **How it is scored.** As on the exam: a question counts only when you pick exactly its keys (no partial
# credit, so the score estimates the real one); unanswered questions count as wrong; there is no penalty
# for guessing. After grading, your feedback explains every option of every question, and
# `python -m course.exam.readiness week8_mock4` turns your result into a readiness report (scaled score, domains,
# what to study next).

# %% [markdown]
# ### Q1
# *Domain 3, task 3.4 · Single response*
#
# A game studio's API runs on AWS Elastic Beanstalk behind an Application Load Balancer. For the next release, the team wants 15% of client traffic to go to instances with the new version for a 10-minute evaluation, after which Elastic Beanstalk either shifts all traffic or rolls back automatically if the new instances fail health checks. Which deployment policy meets these requirements with the LEAST development effort?
#
# - **A.** Rolling with additional batch, with a batch size of 15%
# - **B.** Traffic splitting, with 15% of traffic and a 10-minute evaluation time
# - **C.** Immutable, with a health check grace period of 10 minutes on the new instances
# - **D.** Blue/green with a Route 53 weighted record of 15%

# %% [markdown]
# ### Q2
# *Domain 2, task 2.2 · Single response*
#
# A developer serves a static site from Amazon S3 through an Amazon CloudFront distribution and wants the custom domain www.example.com to use HTTPS with a free certificate from AWS Certificate Manager. The team's resources are in eu-west-1. In which Region must the developer request the certificate?
#
# - **A.** eu-west-1, the Region of the S3 bucket that is the origin.
# - **B.** Any Region, because CloudFront replicates ACM certificates to every edge location automatically.
# - **C.** Every Region that has a CloudFront edge location in use.
# - **D.** us-east-1 (N. Virginia), the Region CloudFront reads ACM certificates from.

# %% [markdown]
# ### Q3
# *Domain 2, task 2.1 · Single response*
#
# A developer's script on an Amazon EC2 instance fails to start another instance. The error says the request was not authorized and includes a long encoded message. The developer wants to see which policy statement and context caused the denial. Which action gives this information with the LEAST effort?
#
# - **A.** Search the AWS CloudTrail event history for the request and read the decoded message in the errorMessage field.
# - **B.** Run aws iam simulate-principal-policy for the instance's role and supply the encoded message as the context entry.
# - **C.** Pass the encoded message to aws sts decode-authorization-message as a principal allowed to decode it.
# - **D.** Base64-decode the message locally, because it is only the plain policy document in encoded form.

# %% [markdown]
# ### Q4
# *Domain 4, task 4.1 · Single response*
#
# A Lambda function calls PutMetricData on every invocation to publish a business metric (cart value per payment method). The calls add latency, sometimes fail with throttling, and cost money at high volume. The team wants to keep the metric with the LEAST overhead. Which solution meets these requirements?
#
# - **A.** Create a CloudTrail trail that records the PutMetricData calls.
# - **B.** Publish the metric as an X-Ray annotation.
# - **C.** Batch all metrics in memory and call PutMetricData once per hour from each execution environment.
# - **D.** Write the metric to stdout in CloudWatch embedded metric format (EMF).

# %% [markdown]
# ### Q5
# *Domain 1, task 1.2 · Select 2*
#
# A ticket-sales company expects a flash sale to jump from near-zero to about 6,000 concurrent requests on one Lambda function within a minute. The account has the default concurrency quota of 1,000. The team must avoid throttling at the start of the sale. Which combination of actions MOST reliably avoids throttling at the start of the sale? (Select TWO.)
#
# - **A.** Configure provisioned concurrency on the function's alias ahead of the sale, sized for the expected peak.
# - **B.** Increase the function's memory so that each execution environment handles more requests in parallel.
# - **C.** Invoke the function asynchronously so that throttled requests are retried automatically.
# - **D.** Request an increase of the account's concurrent executions quota well before the sale.
# - **E.** Set the function's reserved concurrency to 6,000 without changing the account quota.

# %% [markdown]
# ### Q6
# *Domain 2, task 2.1 · Select 2*
#
# A data team in account 111122223333 owns an Amazon S3 bucket with ACLs disabled. A developer in account 444455556666 must download objects from the bucket by using an IAM role in their own account. Which combination of steps grants this access with the LEAST privilege? (Select TWO.)
#
# - **A.** Add a bucket policy statement that allows s3:GetObject for the developer's role ARN.
# - **B.** Enable Requester Pays on the bucket so that the other account is allowed to read it.
# - **C.** Give the objects a public-read ACL and turn off Block Public Access.
# - **D.** Attach an identity policy to the developer's role that allows s3:GetObject on the bucket's objects.
# - **E.** Create an S3 access point in account 444455556666 that points at the bucket.

# %% [markdown]
# ### Q7
# *Domain 2, task 2.1 · Single response*
#
# A company requires MFA for any AWS CLI command that terminates Amazon EC2 instances. The IAM policy that allows ec2:TerminateInstances has a condition that aws:MultiFactorAuthPresent is true. A developer with an IAM user and a virtual MFA device gets Access Denied from the CLI. What should the developer do?
#
# - **A.** Call aws sts get-session-token with the MFA serial number and current code, then use the returned credentials.
# - **B.** Add the MFA code to the --cli-input-json parameter of the terminate-instances command.
# - **C.** Create new access keys while signed in to the console with MFA, so that the new keys are marked as MFA-enabled.
# - **D.** Sign in to the console with MFA; the CLI session is then marked as MFA-authenticated.

# %% [markdown]
# ### Q8
# *Domain 1, task 1.2 · Single response*
#
# A mobile back end calls a Lambda function synchronously with the AWS SDK (InvocationType RequestResponse). The developer expected Lambda to retry the function automatically when it raises an unhandled exception, but failed requests are simply reported back to the app. Which statement explains this behavior?
#
# - **A.** Lambda retries synchronous invocations only when the function's reserved concurrency is greater than 0.
# - **B.** Lambda does not retry function errors on synchronous invocations; the caller decides whether to retry.
# - **C.** Lambda retries synchronous invocations twice, but only when a dead-letter queue is configured.
# - **D.** The SDK has automatic retries disabled for Lambda, so Lambda itself does not retry.

# %% [markdown]
# ### Q9
# *Domain 1, task 1.3 · Single response*
#
# A voting app for a live TV show stores votes in a DynamoDB table keyed by candidateId. During the show, one popular candidate receives far more than 1,000 votes per second and writes for that key are throttled even though the table's total capacity is sufficient. The app only needs vote totals per candidate after the show. Which design removes the throttling MOST effectively?
#
# - **A.** Write to candidateId#N with a random N from 1 to 20 and sum the shards on read.
# - **B.** Add a global secondary index with candidateId as its partition key to absorb writes.
# - **C.** Use strongly consistent reads when reading the totals.
# - **D.** Switch the table to on-demand capacity mode so that it scales with the votes.

# %% [markdown]
# ### Q10
# *Domain 1, task 1.1 · Single response*
#
# A retail company's order service emits an event each time an order is placed. Today the loyalty, analytics and warehouse teams each ask the order team to add a new API call when they need the data. The company wants new consumers to start receiving order events without any change to the order service, and each consumer should receive only the event types it cares about. Which approach meets these requirements with the LEAST operational overhead?
#
# - **A.** Publish the events to an EventBridge custom event bus; each team adds its own rule with an event pattern.
# - **B.** Create an AWS Step Functions workflow that calls every consumer in parallel from a Parallel state after each order is saved.
# - **C.** Store the orders in an Amazon S3 bucket and let each team list the bucket every minute for new objects.
# - **D.** Have the order service invoke each consumer's Lambda function synchronously after saving the order.

# %% [markdown]
# ### Q11
# *Domain 2, task 2.2 · Select 2*
#
# A developer is choosing between the AWS managed key aws/sqs and a customer managed key for an Amazon SQS queue. The security team needs to write its own key policy and be able to schedule the key for deletion if the project ends. Which capabilities are available only with a customer managed key? (Select TWO.)
#
# - **A.** Writing and changing the key policy.
# - **B.** Having every use of the key logged in AWS CloudTrail.
# - **C.** Having the key material rotated automatically.
# - **D.** Disabling the key or scheduling it for deletion.
# - **E.** Using the key for server-side encryption of the queue.

# %% [markdown]
# ### Q12
# *Domain 3, task 3.4 · Select 2*
#
# A company runs its customer portal in an AWS Elastic Beanstalk environment. For a major upgrade, it wants to run the new version on a completely separate set of resources, test it, and then switch users to it with the option of switching back quickly. Which combination of steps meets these requirements with the LEAST downtime? (Select TWO.)
#
# - **A.** Clone the current environment (or create a new one) and deploy the new version to it.
# - **B.** Change the environment's deployment policy to Rolling with a batch size of 100%.
# - **C.** Edit the instances' launch template directly so that new instances start the new version.
# - **D.** After testing, swap the environment URLs so that the CNAMEs of the two environments are exchanged.
# - **E.** Add the new version to the .ebextensions folder of the current environment.

# %% [markdown]
# ### Q13
# *Domain 1, task 1.2 · Single response*
#
# A video-processing Lambda function downloads source files of up to 4 GB from Amazon S3, transcodes them locally, and uploads the result. It fails with "No space left on device". Which change fixes the problem with the FEWEST changes to the code?
#
# - **A.** Mount the S3 bucket as a layer so the file can be read from /opt.
# - **B.** Increase the function's memory to 10,240 MB so that the file can be held in RAM.
# - **C.** Write the file to the /var/task directory instead.
# - **D.** Increase the function's ephemeral storage (/tmp) to more than the largest file.

# %% [markdown]
# ### Q14
# *Domain 1, task 1.3 · Single response*
#
# A reporting job queries a DynamoDB table for all of a region's sales for a month. Testers notice that the job returns only part of the expected items, and the response includes a LastEvaluatedKey attribute. Which change returns every item with the FEWEST code changes?
#
# - **A.** Increase the table's provisioned read capacity so that each Query returns more items.
# - **B.** Set ConsistentRead to true so that all items are returned.
# - **C.** Repeat the Query with ExclusiveStartKey set to LastEvaluatedKey until none is returned.
# - **D.** Switch from Query to Scan so that all the items are returned in a single call.

# %% [markdown]
# ### Q15
# *Domain 3, task 3.4 · Single response*
#
# An online bookshop runs on AWS Elastic Beanstalk with eight instances that are always busy. New versions must be deployed without reducing the number of instances serving traffic, and the team wants to pay for as few extra instances as possible during the deployment. Which deployment policy meets these requirements MOST cost-effectively?
#
# - **A.** Deploy with All at once so that the release finishes in a single step on all eight instances.
# - **B.** Deploy with Rolling so that batches of the existing instances are updated while the rest keep serving.
# - **C.** Deploy with Rolling with additional batch so that one extra batch is launched before any update.
# - **D.** Deploy with Immutable so that a complete new set of instances is launched and checked before the switch.

# %% [markdown]
# ### Q16
# *Domain 4, task 4.2 · Select 2*
#
# An online bank wants the on-call team to be paged by email and SMS when more than 5 percent of invocations of a critical Lambda function fail for 3 of the last 5 minutes. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Configure an on-failure destination on the function that emails the team.
# - **B.** Alarm on the metric math expression 100 * Errors / Invocations > 5 for 3 of 5 datapoints.
# - **C.** Create an alarm on the Errors metric with a threshold of 5 errors per minute for 3 of 5 minutes.
# - **D.** Create a CloudTrail trail that sends failed Invoke calls to the on-call team.
# - **E.** Publish a custom metric from the function's code that counts failed invocations per minute.
# - **F.** Set the alarm action to an SNS topic with email and SMS subscriptions.

# %% [markdown]
# ### Q17
# *Domain 2, task 2.3 · Single response*
#
# An AWS CloudFormation template creates an Amazon RDS instance whose master password is currently a template parameter with a default value. The template is stored in Git. The team wants the password out of the template and out of the repository. Which change meets this requirement with the LEAST effort?
#
# - **A.** Keep the parameter but set NoEcho to true, so that the default value is hidden.
# - **B.** Base64-encode the default value with the Fn::Base64 intrinsic function so that it is not stored in plain text.
# - **C.** Move the password into the template's Mappings section and reference it with Fn::FindInMap.
# - **D.** Create the password in AWS Secrets Manager and use a {{resolve:secretsmanager:...}} dynamic reference.

# %% [markdown]
# ### Q18
# *Domain 3, task 3.4 · Single response*
#
# An analytics company wants its AWS Lambda releases to reach users in equal steps: 10% more of the traffic every minute until the new version takes all of it, so that problems show up gradually. Which AWS CodeDeploy deployment configuration matches with the LEAST effort?
#
# - **A.** Use CodeDeployDefault.LambdaCanary10Percent10Minutes, which starts with a 10 % share of traffic.
# - **B.** Use CodeDeployDefault.LambdaAllAtOnce, and watch the error alarms closely after each release.
# - **C.** Use CodeDeployDefault.OneAtATime, which updates the function's traffic one step at a time.
# - **D.** Use CodeDeployDefault.LambdaLinear10PercentEvery1Minute for the deployment group.

# %% [markdown]
# ### Q19
# *Domain 2, task 2.2 · Single response*
#
# A batch system pre-creates data keys during a nightly job and hands them to worker instances that will encrypt records days later. The nightly job itself must never hold a usable plaintext key. Which approach meets this requirement with the FEWEST KMS calls?
#
# - **A.** GenerateRandom, then encrypt the random bytes with the KMS Encrypt API.
# - **B.** GenerateDataKey, then delete the Plaintext field from the response before storing it.
# - **C.** CreateKey, to create a separate KMS key for each batch of records.
# - **D.** GenerateDataKeyWithoutPlaintext, which returns only the encrypted data key.

# %% [markdown]
# ### Q20
# *Domain 3, task 3.4 · Single response*
#
# A startup deploys to AWS Elastic Beanstalk several times a day. Deployments now fail because the application has reached its quota of application versions. The team wants old versions cleaned up automatically. Which solution meets this requirement with the LEAST operational overhead?
#
# - **A.** Configure an application version lifecycle policy based on version count or age.
# - **B.** Delete the environment and create it again each week.
# - **C.** Switch the environment's deployment policy to Immutable so that old versions are replaced.
# - **D.** Add an S3 lifecycle rule that deletes the source bundles in the Elastic Beanstalk bucket.

# %% [markdown]
# ### Q21
# *Domain 1, task 1.2 · Single response*
#
# A reporting Lambda function builds large CSV exports of up to 50 MB and returns them through a Lambda function URL. Users wait for the whole file before anything appears, and larger exports fail because of the response size limit. The team wants users to start receiving data quickly and to support these sizes. Which solution meets these requirements with the FEWEST changes?
#
# - **A.** Set the function URL's invoke mode to RESPONSE_STREAM and stream the export as it is built.
# - **B.** Invoke the function asynchronously and return the file in the response.
# - **C.** Increase the function's memory so that the export is buffered faster.
# - **D.** Put Amazon API Gateway in front of the function with a REST API and the default integration.

# %% [markdown]
# ### Q22
# *Domain 4, task 4.3 · Single response*
#
# A travel website serves its pages through Amazon CloudFront. The origin returns content in different languages based on the Accept-Language request header, but visitors sometimes receive a cached page in the wrong language. Which change fixes this while keeping the HIGHEST cache hit ratio, with the FEWEST changes?
#
# - **A.** Add Accept-Language to the cache key in the cache policy.
# - **B.** Create an invalidation for /* every hour with a scheduled job.
# - **C.** Forward all viewer headers to the origin with a legacy cache setting.
# - **D.** Set the default TTL to 0 seconds.

# %% [markdown]
# ### Q23
# *Domain 4, task 4.1 · Single response*
#
# An image-upload Lambda function intermittently fails. The log stream for a failed request shows "Task timed out after 3.00 seconds" followed by a REPORT line with Duration 3000.00 ms and Max Memory Used 92 MB of 1024 MB. What is the MOST likely root cause?
#
# - **A.** The function's execution role is missing S3 permissions.
# - **B.** The function still has the default 3-second timeout.
# - **C.** The function was throttled because of concurrency limits.
# - **D.** The function ran out of memory.

# %% [markdown]
# ### Q24
# *Domain 1, task 1.1 · Single response*
#
# A travel agency is building a booking backend from five Lambda functions: check availability, hold seat, charge card, issue ticket, and send itinerary. Support staff must be able to see at a glance which step each booking is on and why a booking failed, and the order of the steps must be defined in one place rather than spread across the services. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Model the process as an AWS Step Functions state machine that invokes each function as a Task state.
# - **B.** Put an Amazon SQS queue between each pair of functions and track progress in CloudWatch metrics.
# - **C.** Have each function publish an event to an Amazon EventBridge bus, with one rule per step that triggers the next function.
# - **D.** Chain the functions by having each one call the next with an asynchronous Lambda Invoke API call.

# %% [markdown]
# ### Q25
# *Domain 3, task 3.4 · Single response*
#
# A marketplace deploys to an Amazon EC2 Auto Scaling group with AWS CodeDeploy. Last week a release passed its hooks but doubled the checkout error rate, and someone had to redeploy the old version by hand. How can the team make CodeDeploy undo such a release automatically with the LEAST development effort?
#
# - **A.** Add a ValidateService hook script that sleeps for 30 minutes and then checks the error rate once before it reports success.
# - **B.** Turn on automatic rollback on failure and on alarm, with the error-rate alarm on the deployment group.
# - **C.** Switch to the AllAtOnce deployment configuration so that bad releases are noticed sooner.
# - **D.** Enable termination protection on the Auto Scaling group so that the old instances are never replaced.

# %% [markdown]
# ### Q26
# *Domain 1, task 1.1 · Single response*
#
# An insurance platform routes policy events through an Amazon EventBridge custom bus to several consumers. A bug in the pricing consumer mishandled events for 6 hours yesterday. After deploying a fix, the team wants to send those same events to the consumers again without asking the producers to resend them. The team wants this ability for future incidents as well. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Create an archive on the event bus, and replay the affected time window from it when needed.
# - **B.** Enable CloudTrail on the event bus and resubmit the events found in the trail.
# - **C.** Increase the retry policy of the rule target to 24 hours.
# - **D.** Configure a dead-letter queue on each rule target and redrive it after the fix.

# %% [markdown]
# ### Q27
# *Domain 1, task 1.3 · Single response*
#
# A social-media app's Java service performs millions of GetItem and Query calls per hour against DynamoDB for popular posts, and the product team now needs microsecond read latency. The developers do not want to write cache-invalidation logic. Which solution meets these requirements with the FEWEST code changes?
#
# - **A.** Add Amazon ElastiCache (Valkey or Redis OSS) and implement lazy loading in the service code.
# - **B.** Enable DynamoDB global tables in a second Region.
# - **C.** Create a DAX cluster and switch the service to the DAX client, which uses the same API.
# - **D.** Switch the table to on-demand capacity mode so that reads are never throttled.

# %% [markdown]
# ### Q28
# *Domain 3, task 3.4 · Single response*
#
# A bank's internal portal runs on AWS Elastic Beanstalk. A failed deployment last quarter left half of the instances on a broken version, and the rollback took an hour. For the next releases the team wants a failed deployment to leave the existing instances untouched and be removed quickly, within the same environment. Which deployment policy is the MOST resilient choice for these requirements?
#
# - **A.** Use Immutable, which launches the new version on new instances in a temporary Auto Scaling group within the environment.
# - **B.** Use Rolling, which updates batches of the existing instances while the others keep serving traffic.
# - **C.** Use All at once, which updates every existing instance in one step and is the quickest to run.
# - **D.** Use Rolling with additional batch, which adds a batch of new instances before updating the rest.

# %% [markdown]
# ### Q29
# *Domain 1, task 1.1 · Select 2*
#
# A logistics company's integration service calls a partner's REST API from 200 containers. When the partner returns HTTP 429 errors, all containers retry after exactly 2 seconds, and the retries arrive in synchronized waves that trigger more 429 errors. Which combination of changes will reduce the contention MOST effectively? (Select TWO.)
#
# - **A.** Switch the HTTP client to persistent keep-alive connections so that each retry reuses its open TCP connection.
# - **B.** Add random jitter so that each client waits a random time up to the computed backoff.
# - **C.** Increase the wait exponentially with each retry attempt and cap the maximum delay.
# - **D.** Keep the fixed 2-second delay but allow unlimited retry attempts.
# - **E.** Scale out to more containers so that each container sends fewer requests.
# - **F.** Retry immediately without waiting so that requests complete as soon as the partner recovers.

# %% [markdown]
# ### Q30
# *Domain 3, task 3.4 · Single response*
#
# A developer deploys a new version of an AWS Lambda function with AWS CodeDeploy. The requirement is to send 10% of traffic to the new version, wait 5 minutes, and then send all remaining traffic at once if no alarms fire. Which deployment configuration meets the requirement with the LEAST effort?
#
# - **A.** Use CodeDeployDefault.LambdaLinear10PercentEvery1Minute, which moves 10 % more each minute.
# - **B.** Use CodeDeployDefault.LambdaCanary10Percent5Minutes, which moves 10 % first and the remaining 90 % five minutes later.
# - **C.** Use CodeDeployDefault.LambdaAllAtOnce, which moves all traffic in one step once the alarms are set.
# - **D.** Use CodeDeployDefault.HalfAtATime, which moves half of the traffic and then the other half.

# %% [markdown]
# ### Q31
# *Domain 3, task 3.4 · Select 2*
#
# A developer maintains an AWS SAM template for an order-processing function. Every deployment must publish a new version automatically and shift traffic to it gradually with AWS CodeDeploy. Which properties should the developer add to the function resource, with the LEAST development effort? (Select TWO.)
#
# - **A.** ReservedConcurrentExecutions, set to 10% of the account limit.
# - **B.** ProvisionedConcurrencyConfig, so that the new version is warmed up.
# - **C.** AutoPublishAlias, set to an alias name such as live.
# - **D.** Layers, listing the previous version's layer ARN.
# - **E.** DeploymentPreference, with a Type such as Linear10PercentEvery1Minute.

# %% [markdown]
# ### Q32
# *Domain 1, task 1.3 · Single response*
#
# A Python Lambda function uses the boto3 DynamoDB resource interface (Table.put_item) to store sensor readings such as {"temperature": 21.7}. The call fails with TypeError: Float types are not supported. Use Decimal types instead. Which change is the MOST appropriate fix that preserves the exact numeric value?
#
# - **A.** Store the temperature as a string such as "21.7" and convert it when reading.
# - **B.** Convert numbers to decimal.Decimal, e.g. json.loads(..., parse_float=Decimal).
# - **C.** Switch the attribute to the Binary type.
# - **D.** Round the temperature to an int before writing it.

# %% [markdown]
# ### Q33
# *Domain 1, task 1.2 · Single response*
#
# A company runs a large fleet of Python Lambda functions that use only pure-Python and widely available packages. Finance asks the developers to lower the Lambda compute bill without reducing performance. Which change is MOST likely to meet this goal with the LEAST effort?
#
# - **A.** Increase every function's timeout to 900 seconds.
# - **B.** Set every function's memory to the minimum of 128 MB to cut the GB-second charge.
# - **C.** Switch the functions' architecture to arm64 (AWS Graviton) after testing them.
# - **D.** Add provisioned concurrency to every function so that fewer cold starts are billed.

# %% [markdown]
# ### Q34
# *Domain 4, task 4.1 · Single response*
#
# After a deployment, an e-commerce team wants to see whether application errors are increasing. The application writes lines that contain the word ERROR to CloudWatch Logs. Which CloudWatch Logs Insights query shows the number of error lines in 5-minute intervals?
#
# - **A.** parse @message "ERROR *" as detail | display detail
# - **B.** filter @message like /ERROR/ | stats count(*) by bin(5m)
# - **C.** fields @message | filter @message = "ERROR" | sort @timestamp desc | limit 5
# - **D.** stats count(*) by @logStream | sort @timestamp

# %% [markdown]
# ### Q35
# *Domain 3, task 3.4 · Single response*
#
# A newly launched fleet of Amazon EC2 instances is the target of an AWS CodeDeploy deployment group. Deployments stay in progress and then time out, and the instances never report any lifecycle event. What is the MOST likely cause?
#
# - **A.** The appspec.yml file uses version 0.0.
# - **B.** The CodeDeploy agent is not installed or not running.
# - **C.** The deployment group uses the OneAtATime configuration.
# - **D.** The instances have no Elastic IP addresses attached to them.

# %% [markdown]
# ### Q36
# *Domain 1, task 1.3 · Select 2*
#
# A stock-quotes service caches quote data from DynamoDB in Amazon ElastiCache. Users complain that quotes can be minutes old after an update, and the cache's memory fills with data for rarely viewed symbols. Which combination of changes addresses both problems MOST effectively? (Select TWO.)
#
# - **A.** Give every cache entry a TTL so that entries for rarely viewed symbols expire.
# - **B.** Disable the cache eviction policy so that no entries are ever removed.
# - **C.** Increase the cache node size so that more symbols fit in memory.
# - **D.** Switch all reads to strongly consistent DynamoDB reads while keeping the cache.
# - **E.** Update the cache in the same code path that writes a new quote to the database (write-through).

# %% [markdown]
# ### Q37
# *Domain 1, task 1.3 · Single response*
#
# A mobile game needs a cache-backed leaderboard that keeps players sorted by score, survives a node failure through replication across Availability Zones, and can be restored from a backup. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** ElastiCache for Memcached with several nodes spread across Availability Zones.
# - **B.** Amazon S3 Express One Zone, storing the leaderboard as one JSON object rewritten on each score change.
# - **C.** DynamoDB Accelerator (DAX) in front of a DynamoDB scores table.
# - **D.** ElastiCache (Redis OSS or Valkey) with sorted sets and a Multi-AZ replication group.

# %% [markdown]
# ### Q38
# *Domain 1, task 1.3 · Single response*
#
# After adding a DAX cluster in front of a DynamoDB table, a team sees no reduction in read latency or in the table's consumed read capacity. The application code sets ConsistentRead to true on all GetItem calls. What explains this result?
#
# - **A.** DAX caches only Query results, not GetItem results.
# - **B.** DAX passes strongly consistent reads through to DynamoDB without caching them.
# - **C.** DAX caches results only for tables that use provisioned capacity.
# - **D.** The DAX cluster must have an item TTL of 0 before it starts caching items.

# %% [markdown]
# ### Q39
# *Domain 3, task 3.4 · Single response*
#
# An AWS CodeBuild project runs integration tests against an Amazon RDS database in private subnets. The tests time out trying to connect, although the database is healthy. What should the developer change to fix this in the MOST secure way?
#
# - **A.** Make the database publicly accessible during the build and allow the CodeBuild IP ranges in its security group.
# - **B.** Increase the build timeout to 8 hours.
# - **C.** Add the rds-db:connect action to the CodeBuild project's service role.
# - **D.** Give the project VPC settings with the database's VPC, private subnets and an allowed security group.

# %% [markdown]
# ### Q40
# *Domain 2, task 2.1 · Single response*
#
# A travel agency is moving a legacy booking service to Amazon API Gateway. Its clients send a proprietary HMAC-signed token in a custom header, and tokens must be checked against the agency's existing user database. Allowed requests should not pay the checking cost on every call from the same token. Which solution meets these requirements with the LEAST latency for repeated calls?
#
# - **A.** A Cognito user pool authorizer with the proprietary token imported as a custom attribute.
# - **B.** IAM authorization with a policy that allows the custom header value.
# - **C.** A TOKEN Lambda authorizer that checks the header against the user database, with authorization caching enabled.
# - **D.** A request validator on each method that checks that the custom header is present and matches the expected token format.

# %% [markdown]
# ### Q41
# *Domain 4, task 4.3 · Single response*
#
# A media company's origin needs the CloudFront-Viewer-Country header to log viewers' countries, but the response does not depend on the country. The team does not want to split the cache by country. How should the developer configure the CloudFront distribution to keep the HIGHEST cache hit ratio with the FEWEST changes?
#
# - **A.** Use a Lambda@Edge viewer request function to copy the header into the URL query string.
# - **B.** Add the header to the cache policy.
# - **C.** Enable CloudFront standard logging instead.
# - **D.** Add the header to an origin request policy, leaving it out of the cache policy.

# %% [markdown]
# ### Q42
# *Domain 1, task 1.1 · Select 2*
#
# A media company is putting a new public JSON API in front of an old on-premises ordering system that accepts and returns only XML over HTTP. The developers want Amazon API Gateway to convert the client's JSON to the XML the backend expects and to convert the XML reply back to JSON, without deploying any new compute. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Add application/xml as a binary media type on the API.
# - **B.** Enable CORS on the resource so that the backend accepts requests from the API domain.
# - **C.** Use an HTTP proxy integration so that API Gateway passes the request through to the backend unchanged.
# - **D.** Use a REST API method with a non-proxy (custom) HTTP integration to the backend.
# - **E.** Write mapping templates for the integration request and the integration response that transform between JSON and XML.

# %% [markdown]
# ### Q43
# *Domain 2, task 2.2 · Single response*
#
# A defence contractor must store files in Amazon S3, encrypted at rest by S3, with keys that the contractor generates and keeps entirely outside AWS. AWS must never store the keys. Which encryption option should the developer use?
#
# - **A.** SSE-KMS with a customer managed key created from imported key material.
# - **B.** SSE-S3 with a bucket policy that requires the AES256 header.
# - **C.** DSSE-KMS with a customer managed key and an S3 Bucket Key.
# - **D.** SSE-C, passing the contractor's key in each request over HTTPS.

# %% [markdown]
# ### Q44
# *Domain 1, task 1.1 · Single response*
#
# An insurance company's claim-processing workers read from an Amazon SQS queue. A few malformed messages fail every time, return to the queue after the visibility timeout, and are retried for days, wasting compute and hiding in the backlog. The team wants failing messages set aside for later inspection after five attempts. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Increase the visibility timeout to 12 hours so that each malformed message is retried only twice a day.
# - **B.** Set a delivery delay of 15 minutes on the queue so that failed messages are retried less often.
# - **C.** Configure a redrive policy that names a dead-letter queue, with maxReceiveCount set to 5.
# - **D.** Set the source queue's message retention period to five minutes so that failing messages expire quickly.

# %% [markdown]
# ### Q45
# *Domain 2, task 2.3 · Single response*
#
# A travel startup keeps about 200 non-secret settings, such as feature limits and service URLs, for its dev, test and prod environments. Each service must load all settings for its environment in one call, and the company wants the LOWEST cost. Which solution meets these requirements?
#
# - **A.** Store each setting as a separate secret in AWS Secrets Manager, tag it with the environment name, and list the secrets by tag.
# - **B.** Store all settings in one large Lambda environment variable as a JSON document.
# - **C.** Store the settings as items in an Amazon DynamoDB table keyed by environment, and scan the table every time a service starts.
# - **D.** Store them as standard String parameters under paths such as /travel/prod/ and load them with GetParametersByPath.

# %% [markdown]
# ### Q46
# *Domain 4, task 4.1 · Single response*
#
# Users report that an order API backed by a Lambda function is sometimes slow. A developer wants to list the 10 slowest invocations of the last 24 hours, with their request IDs, using CloudWatch Logs Insights on the function's log group. Which query should the developer run?
#
# - **A.** stats avg(@duration) by @logStream | limit 10
# - **B.** fields @timestamp, @message | filter @message like /duration/ | sort @timestamp desc | limit 10
# - **C.** filter @type = "REPORT" | fields @requestId, @duration | sort @duration desc | limit 10
# - **D.** filter @message like /Task timed out/ | stats count(*) by bin(1h)

# %% [markdown]
# ### Q47
# *Domain 1, task 1.2 · Single response*
#
# A company's observability vendor provides an agent that must collect Lambda function logs and metrics and send them to the vendor's platform, ideally with batching that continues after the handler returns. The developers do not want to change application code in dozens of functions. Which solution meets this need with the FEWEST code changes?
#
# - **A.** A Lambda layer that contains only the vendor's SDK, called from the handler.
# - **B.** A Lambda destination that sends every invocation result to the vendor.
# - **C.** A Lambda extension, added as a layer, that uses the Telemetry API.
# - **D.** A CloudWatch Logs subscription filter on each function's log group.

# %% [markdown]
# ### Q48
# *Domain 4, task 4.2 · Single response*
#
# Developers run a containerized payments service on Amazon ECS with AWS Fargate and have instrumented it with the OpenTelemetry SDK. They need the traces delivered to AWS X-Ray. Which deployment approach is recommended, with the LEAST operational overhead?
#
# - **A.** Run the ADOT collector as a sidecar container in the task definition.
# - **B.** Install the collector on the Fargate host with a user data script.
# - **C.** Grant the task execution role X-Ray write permissions and run no collector.
# - **D.** Enable Container Insights on the cluster.

# %% [markdown]
# ### Q49
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function processes an Amazon SQS queue in batches of 10 messages. When one message in a batch fails, the function raises an exception and all 10 messages return to the queue, so the 9 successful ones are processed again. The developer wants only the failed messages to be retried. Which solution meets this requirement MOST cost-effectively?
#
# - **A.** Turn on ReportBatchItemFailures and return the failed message IDs in batchItemFailures.
# - **B.** Have the function delete the failed messages from the queue before raising the exception.
# - **C.** Configure an on-failure destination on the event source mapping for the failed messages.
# - **D.** Set the batch size of the event source mapping to 1 and keep raising exceptions on failure.

# %% [markdown]
# ### Q50
# *Domain 2, task 2.2 · Single response*
#
# Account A stores reports in an Amazon S3 bucket with SSE-KMS. An AWS Lambda function in account B has s3:GetObject permission through the bucket policy but fails with an access error from AWS KMS when it reads the objects. The objects are currently encrypted with the AWS managed key aws/s3. Which solution lets the function read the reports with the LEAST privilege?
#
# - **A.** Add kms:Decrypt for the aws/s3 key's ARN to the function's execution role in account B, and keep the current key.
# - **B.** Edit the key policy of the aws/s3 key so that it trusts account B, and add kms:Decrypt to the function's role.
# - **C.** Enable cross-Region replication on the bucket so that account B receives decrypted copies.
# - **D.** Re-encrypt the objects with a customer managed key that allows account B, and grant the role kms:Decrypt on it.

# %% [markdown]
# ### Q51
# *Domain 3, task 3.4 · Single response*
#
# A team deploys an Amazon ECS service on AWS Fargate with an AWS CodeDeploy blue/green deployment. They want to run automated tests against the green task set through the load balancer's test listener before any production traffic reaches it. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Invoke the test function from the BeforeInstall hook, which runs when the deployment starts.
# - **B.** Invoke the test function from the AfterAllowTraffic hook, once the green tasks serve users.
# - **C.** Invoke the test function from the AfterAllowTestTraffic hook.
# - **D.** Invoke the test function from an ApplicationStart hook added to the ECS appspec file.

# %% [markdown]
# ### Q52
# *Domain 3, task 3.4 · Single response*
#
# A mobile backend team uses AWS CodePipeline with a Git source. They want the pipeline to start only when a release tag such as v1.8.0 is pushed, not on every commit to the main branch. Which solution meets this requirement with the LEAST development effort?
#
# - **A.** Use a V2 pipeline with a trigger that filters on Git tags matching v*.
# - **B.** Keep a V1 pipeline and add a Lambda action that stops executions without a tag.
# - **C.** Poll the repository every minute from a scheduled EventBridge rule.
# - **D.** Create a separate branch for each release and point the pipeline at it by hand.

# %% [markdown]
# ### Q53
# *Domain 2, task 2.1 · Single response*
#
# A bank's API Gateway REST API uses an Amazon Cognito user pool authorizer. The team adds a resource server with the custom scope transfers/write to the user pool and lists that scope in the method's authorization scopes. Which token must the client app now send in the Authorization header?
#
# - **A.** The ID token, because it contains the user's profile claims.
# - **B.** The refresh token, because it lasts longer than the other tokens.
# - **C.** The access token, because scopes are carried in the access token.
# - **D.** A SigV4 signature made with identity pool credentials.

# %% [markdown]
# ### Q54
# *Domain 3, task 3.4 · Select 2*
#
# A team deploys a Java service to Amazon EC2 instances with an in-place AWS CodeDeploy deployment. The appspec.yml must run a script that stops the running service before the new files are copied, and another script that checks the service's health endpoint after it has started. Which lifecycle event hooks should the scripts be attached to? (Select TWO.)
#
# - **A.** Attach the stop script to DownloadBundle, which runs just before the revision is copied.
# - **B.** Attach the stop script to ApplicationStop, which runs before the new revision is downloaded.
# - **C.** Attach the health check to ValidateService, the last event, after ApplicationStart.
# - **D.** Attach the health check to BeforeAllowTraffic, which runs just before traffic returns.
# - **E.** Attach the health check to AfterInstall, which runs once the new files are in place.
# - **F.** Attach the stop script to Install, so that the service stops while the files are copied.

# %% [markdown]
# ### Q55
# *Domain 4, task 4.2 · Single response*
#
# A team wants per-invocation system-level metrics for its Lambda functions, such as CPU time, memory use and network usage, in CloudWatch dashboards, to find functions that are over- or under-provisioned. Which solution meets this requirement with the LEAST development effort?
#
# - **A.** Enable CloudTrail data events for Lambda.
# - **B.** Enable CloudWatch Lambda Insights, which adds its extension as a layer.
# - **C.** Call PutMetricData from each function with CPU and memory values read from /proc.
# - **D.** Enable X-Ray active tracing on the functions.

# %% [markdown]
# ### Q56
# *Domain 4, task 4.2 · Select 2*
#
# A payments application running on Amazon EC2 writes a log line containing PAYMENT_DECLINED to CloudWatch Logs each time a card is declined. The business wants a graph of declines per minute and a notification when declines exceed 100 in 5 minutes, without changing the application and with the LEAST custom code. Which combination of steps meets these requirements? (Select TWO.)
#
# - **A.** Create a subscription filter that streams the logs to a Lambda function that counts declines.
# - **B.** Create an EventBridge rule with an event pattern that matches PAYMENT_DECLINED log lines from the log group.
# - **C.** Enable detailed monitoring on the EC2 instances.
# - **D.** Create a metric filter for PAYMENT_DECLINED on the log group.
# - **E.** Alarm on the metric's 5-minute Sum above 100, notifying an SNS topic.

# %% [markdown]
# ### Q57
# *Domain 3, task 3.4 · Single response*
#
# An AWS CloudFormation stack update failed, and the automatic rollback also failed because a resource was deleted by hand. The stack is now in UPDATE_ROLLBACK_FAILED. What should the developer do to return the stack to a working state with the LEAST downtime?
#
# - **A.** Delete the stack and all of its data, then create it again.
# - **B.** Continue the update rollback, skipping the missing resource.
# - **C.** Run drift detection, which repairs the stack automatically.
# - **D.** Create and execute a change set with the previous template, which clears the failed state.

# %% [markdown]
# ### Q58
# *Domain 3, task 3.1 · Select 2*
#
# A developer's AWS Lambda functions must read feature flags from AWS AppConfig. The flags change a few times a day, and the team wants low latency and few API calls. Which approaches follow AppConfig's recommended retrieval model with the LEAST latency? (Select TWO.)
#
# - **A.** Copy the flags into environment variables with a deployment each time they change.
# - **B.** Add the AWS AppConfig Agent Lambda extension and read the configuration from its local HTTP endpoint.
# - **C.** Call StartConfigurationSession once, then poll GetLatestConfiguration with the returned token and keep cached data.
# - **D.** Read the flag file directly from the Amazon S3 bucket that AppConfig uses as its source.
# - **E.** Scan an Amazon DynamoDB table that mirrors the flags on every invocation of each function.

# %% [markdown]
# ### Q59
# *Domain 2, task 2.2 · Single response*
#
# A developer implements envelope encryption for files that an app writes to Amazon EFS. After calling GenerateDataKey and encrypting a file, the developer must decide what to keep. Which approach is the MOST secure way to let the app decrypt the file later?
#
# - **A.** Store the encrypted data key next to the encrypted file and discard the plaintext data key from memory.
# - **B.** Store the plaintext data key in a configuration file on the same file system so that any instance can decrypt the file.
# - **C.** Store nothing, because KMS can derive the same data key again later from the KMS key ID and the file name.
# - **D.** Store the plaintext data key in an environment variable of the app so that it survives restarts of the container.

# %% [markdown]
# ### Q60
# *Domain 2, task 2.3 · Select 2*
#
# A ride-hailing company rotates its Amazon Aurora database credentials with AWS Secrets Manager. During each rotation some application containers briefly fail to connect, because they still use the old password. Which combination of changes removes these failures with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Copy the secret into an environment variable of each container at deployment time so that reads never fail.
# - **B.** Disable rotation and change the password manually during a maintenance window.
# - **C.** Use the alternating-users rotation strategy so that the previous user stays valid while the other user gets a new password.
# - **D.** Read the secret through a caching client, and fetch the current value again when a login fails with an authentication error.
# - **E.** Shorten the rotation schedule to every 24 hours so that each change affects fewer connections at once.

# %% [markdown]
# ### Q61
# *Domain 1, task 1.1 · Single response*
#
# A startup built its partner API on an Amazon API Gateway HTTP API. It now needs to issue API keys to partners with per-partner request quotas, and to validate request bodies against a JSON schema at the gateway. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Keep the HTTP API and add a JWT authorizer whose scopes enforce a request quota for each partner.
# - **B.** Keep the HTTP API and enable route-level throttling with a separate limit configured for each partner.
# - **C.** Put an Application Load Balancer in front of the HTTP API to validate requests.
# - **D.** Move the API to an API Gateway REST API and use usage plans with API keys and request validators.

# %% [markdown]
# ### Q62
# *Domain 4, task 4.3 · Select 2*
#
# A Lambda function consumes an Amazon SQS standard queue to enrich clickstream events. The backlog keeps growing during the day, although each message takes only 50 ms and the downstream database has plenty of spare capacity. The event source mapping uses a batch size of 1 and a maximum concurrency of 5. Which combination of changes will increase throughput MOST cost-effectively? (Select TWO.)
#
# - **A.** Add a 15-minute delivery delay to the queue.
# - **B.** Increase the queue's visibility timeout to 12 hours so that fewer messages are retried.
# - **C.** Convert the queue to a FIFO queue.
# - **D.** Raise the batch size and set a short batching window.
# - **E.** Switch the function to arm64 so that each message is processed faster.
# - **F.** Raise the event source mapping's maximum concurrency.

# %% [markdown]
# ### Q63
# *Domain 2, task 2.1 · Single response*
#
# A publishing company runs an internal web app on Amazon EC2 instances behind an Application Load Balancer. The company wants users to sign in through its Amazon Cognito user pool before any request reaches the app, and the developers cannot change the app's code right now. Which solution meets these requirements with the FEWEST changes?
#
# - **A.** Put an Amazon API Gateway HTTP API with a JWT authorizer in front of the instances and keep the load balancer.
# - **B.** Add an IAM instance profile to the instances that allows cognito-idp:InitiateAuth.
# - **C.** Enable AWS WAF on the load balancer with a rule that requires a session cookie.
# - **D.** Add an authenticate-cognito action to the HTTPS listener rule before the forward action.

# %% [markdown]
# ### Q64
# *Domain 2, task 2.3 · Single response*
#
# An AWS CodeBuild project logs in to a private container registry. The build currently reads the registry password from a plaintext environment variable set in the project. The team wants the password stored securely and injected into the build without changing the build commands. Which change meets these requirements with the LEAST effort?
#
# - **A.** Commit the password to a .env file in the repository and source it in the install phase.
# - **B.** Put the password in the buildspec's variables section under env and remove the project variable.
# - **C.** Store the password in AWS Secrets Manager and reference it under env secrets-manager in the buildspec.
# - **D.** Pass the password with the --environment-variables-override option of start-build each time a build is started.

# %% [markdown]
# ### Q65
# *Domain 2, task 2.3 · Single response*
#
# A weather app calls a third-party forecasting API with an API key. The key never changes unless the vendor is replaced, and it must be stored encrypted. The team wants the managed option with the LOWEST cost. Which solution should the developer choose?
#
# - **A.** A SecureString parameter in Parameter Store, read with GetParameter and WithDecryption set to true.
# - **B.** A secret in AWS Secrets Manager with automatic rotation every 90 days through a custom rotation function.
# - **C.** A String parameter in Parameter Store, because parameters are always encrypted at rest.
# - **D.** An Amazon S3 object encrypted with SSE-S3 that the app downloads at startup.

# %% [markdown]
# ## Answer sheet

# %% nbgrader={"grade": false, "grade_id": "setup", "locked": true}
from course.offline import isolate_aws
isolate_aws()
from course.exam.answer_sheet import check_answer, check_sheet, grade_answer

# %% nbgrader={"grade": false, "grade_id": "answer_sheet", "solution": true}
answers = {
    1: "",
    2: "",
    3: "",
    4: "",
    5: "",  # Select 2 of ABCDE
    6: "",  # Select 2 of ABCDE
    7: "",
    8: "",
    9: "",
    10: "",
    11: "",  # Select 2 of ABCDE
    12: "",  # Select 2 of ABCDE
    13: "",
    14: "",
    15: "",
    16: "",  # Select 2 of ABCDEF
    17: "",
    18: "",
    19: "",
    20: "",
    21: "",
    22: "",
    23: "",
    24: "",
    25: "",
    26: "",
    27: "",
    28: "",
    29: "",  # Select 2 of ABCDEF
    30: "",
    31: "",  # Select 2 of ABCDE
    32: "",
    33: "",
    34: "",
    35: "",
    36: "",  # Select 2 of ABCDE
    37: "",
    38: "",
    39: "",
    40: "",
    41: "",
    42: "",  # Select 2 of ABCDE
    43: "",
    44: "",
    45: "",
    46: "",
    47: "",
    48: "",
    49: "",
    50: "",
    51: "",
    52: "",
    53: "",
    54: "",  # Select 2 of ABCDEF
    55: "",
    56: "",  # Select 2 of ABCDE
    57: "",
    58: "",  # Select 2 of ABCDE
    59: "",
    60: "",  # Select 2 of ABCDE
    61: "",
    62: "",  # Select 2 of ABCDEF
    63: "",
    64: "",
    65: "",
}
### BEGIN SOLUTION
answers.update({1: 'B', 2: 'D', 3: 'C', 4: 'D', 5: ['A', 'D'], 6: ['A', 'D'], 7: 'A', 8: 'B', 9: 'A', 10: 'A', 11: ['A', 'D'], 12: ['A', 'D'], 13: 'D', 14: 'C', 15: 'C', 16: ['B', 'F'], 17: 'D', 18: 'D', 19: 'D', 20: 'A', 21: 'A', 22: 'A', 23: 'B', 24: 'A', 25: 'B', 26: 'A', 27: 'C', 28: 'A', 29: ['B', 'C'], 30: 'B', 31: ['C', 'E'], 32: 'B', 33: 'C', 34: 'B', 35: 'B', 36: ['A', 'E'], 37: 'D', 38: 'B', 39: 'D', 40: 'C', 41: 'D', 42: ['D', 'E'], 43: 'D', 44: 'C', 45: 'D', 46: 'C', 47: 'C', 48: 'A', 49: 'A', 50: 'D', 51: 'C', 52: 'A', 53: 'C', 54: ['B', 'C'], 55: 'B', 56: ['D', 'E'], 57: 'B', 58: ['B', 'C'], 59: 'A', 60: ['C', 'D'], 61: 'D', 62: ['D', 'F'], 63: 'D', 64: 'C', 65: 'A'})
### END SOLUTION

# %% nbgrader={"grade": false, "grade_id": "check_sheet", "locked": true}
check_sheet(answers, 'ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1')

# %% [markdown]
# ## Checks
# One cell per question; each earns its point when graded.

# %% nbgrader={"grade": true, "grade_id": "q001_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 1, 'd3t4-004', ['B'], {'A': 'Rolling batches are about capacity during updates; all traffic reaches updated instances as soon as each batch is in service.', 'B': 'Correct. Traffic splitting is a canary-style policy: it sends the chosen share to new instances for the evaluation period and rolls back if they are unhealthy.', 'C': 'Immutable moves new instances into service without a traffic percentage or evaluation window.', 'D': 'Blue/green is a URL swap between environments, not a deployment policy, and a DNS weight does not give Elastic Beanstalk automatic rollback.'})
### END HIDDEN TESTS
check_answer(answers, 1, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q002_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 2, 'd2t2-011', ['D'], {'A': "The origin's Region does not matter; CloudFront cannot use a certificate stored in eu-west-1.", 'B': 'CloudFront does not copy certificates across Regions; only certificates in us-east-1 are offered.', 'C': 'Edge locations are not Regions, and you request the certificate only once.', 'D': 'Correct. CloudFront is a global service that uses ACM certificates from us-east-1 only.'})
### END HIDDEN TESTS
check_answer(answers, 2, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q003_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 3, 'd2t1-005', ['C'], {'A': 'CloudTrail records that access was denied but does not decode the authorization message into the evaluated policy details.', 'B': 'The policy simulator tests policies against actions you supply; it does not accept or decode the encoded authorization message.', 'C': 'Correct. STS decodes the message into the matched statements, the action, the resource and the condition context, and the caller needs the sts:DecodeAuthorizationMessage permission.', 'D': 'The message is encrypted by AWS, not just encoded, so only the STS API can turn it into readable text.'})
### END HIDDEN TESTS
check_answer(answers, 3, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q004_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 4, 'd4t1-010', ['D'], {'A': 'CloudTrail records API calls for auditing; it does not remove the calls or their cost.', 'B': 'Annotations index traces for filtering; they do not create CloudWatch metrics.', 'C': 'Lambda environments can be frozen or recycled at any time, so buffered metrics may be lost or delayed.', 'D': 'EMF logs are turned into metrics asynchronously by CloudWatch, so the function makes no extra API call on the request path.'})
### END HIDDEN TESTS
check_answer(answers, 4, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q005_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 5, 'd1t2-022', ['A', 'D'], {'A': 'On-demand scaling adds at most 1,000 execution environments every 10 seconds per function, so pre-provisioning covers the sudden jump.', 'B': 'Each execution environment processes one request at a time regardless of memory.', 'C': 'Async invocation hides throttling but delays the responses buyers are waiting for, which does not suit a synchronous checkout.', 'D': 'With the default 1,000 quota, the function can never reach 6,000 concurrent executions.', 'E': 'Reserved concurrency cannot exceed the account quota minus the required unreserved amount.'})
### END HIDDEN TESTS
check_answer(answers, 5, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q006_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 6, 'd2t1-015', ['A', 'D'], {'A': 'Correct. For cross-account access, the resource owner must grant access in a resource-based policy such as the bucket policy.', 'B': 'Requester Pays changes who pays for requests and transfer; it does not grant any access.', 'C': 'ACLs are disabled, and making data public exposes it to everyone, which breaks least privilege.', 'D': "Correct. The caller's account must also allow the action in an identity-based policy; both sides must allow cross-account requests.", 'E': "Even a cross-account access point works only when the bucket owner's bucket policy allows it, so on its own it grants nothing."})
### END HIDDEN TESTS
check_answer(answers, 6, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q007_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 7, 'd2t1-017', ['A'], {'A': 'Correct. GetSessionToken with the serial number and token code returns temporary credentials that carry the MFA context the condition checks.', 'B': 'EC2 API calls have no parameter for MFA codes; MFA is proven through STS credentials.', 'C': 'Long-term access keys never carry MFA context, however they were created.', 'D': 'A console session does not affect the credentials the CLI uses.'})
### END HIDDEN TESTS
check_answer(answers, 7, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q008_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 8, 'd1t2-021', ['B'], {'A': 'Concurrency settings have no effect on retry behavior.', 'B': "Lambda's automatic retries and destinations apply to asynchronous invocations and event source mappings, not to synchronous calls.", 'C': 'Dead-letter queues apply to asynchronous invocations, and Lambda does not retry function errors on synchronous calls.', 'D': 'SDK retries cover throttling and network problems; function errors are returned as a successful API call with an error payload.'})
### END HIDDEN TESTS
check_answer(answers, 8, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q009_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 9, 'd1t3-002', ['A'], {'A': 'Write sharding spreads one logical key over many partition-key values so that writes are no longer limited by a single partition.', 'B': 'The index would inherit the same hot key and could throttle writes to the base table as well.', 'C': 'Read consistency does not affect write throttling.', 'D': 'On-demand removes capacity planning but a single partition-key value is still limited by per-partition throughput.'})
### END HIDDEN TESTS
check_answer(answers, 9, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q010_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 10, 'd1t1-002', ['A'], {'A': 'Choreography through an event bus lets consumers subscribe with their own rules and patterns while the producer only publishes once.', 'B': 'The workflow would need editing each time a team is added, so consumers cannot join without a central change.', 'C': 'Polling a bucket is slow and wasteful, and every team would have to filter event types in its own code.', 'D': 'Synchronous calls keep the producer aware of every consumer, which is the coupling the company wants to remove.'})
### END HIDDEN TESTS
check_answer(answers, 10, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q011_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 11, 'd2t2-017', ['A', 'D'], {'A': 'Correct. AWS managed keys have a fixed key policy that AWS controls.', 'B': 'Use of both AWS managed and customer managed keys is recorded in CloudTrail.', 'C': 'AWS managed keys are rotated automatically too; customer managed keys just let you choose whether and how often.', 'D': 'Correct. Only customer managed keys can be disabled, re-enabled or scheduled for deletion by the customer.', 'E': 'Both key types can be used for SQS server-side encryption.'})
### END HIDDEN TESTS
check_answer(answers, 11, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q012_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 12, 'd3t4-003', ['A', 'D'], {'A': 'Correct. Blue/green on Elastic Beanstalk uses a second environment that runs the new version.', 'B': 'A 100% rolling batch updates every existing instance in place, so there is no separate set of resources to switch back to.', 'C': 'Elastic Beanstalk manages its own resources; direct edits cause drift and are not a switchable deployment.', 'D': 'Correct. Swapping environment URLs moves traffic to the green environment, and swapping again switches back.', 'E': '.ebextensions configure an environment; they do not create a separate environment.'})
### END HIDDEN TESTS
check_answer(answers, 12, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q013_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 13, 'd1t2-020', ['D'], {'A': "Layers are static, read-only content added at deployment; they cannot expose a bucket's objects.", 'B': 'Memory and /tmp storage are configured separately; more memory does not add disk space.', 'C': 'The deployment package directory is read-only at runtime.', 'D': 'Ephemeral storage is 512 MB by default and can be configured up to 10,240 MB, enough for 4 GB files.'})
### END HIDDEN TESTS
check_answer(answers, 13, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q014_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 14, 'd1t3-009', ['C'], {'A': "Page size is limited by data size per call, not by the table's capacity.", 'B': 'Consistency does not change how many items fit in a page.', 'C': 'Query and Scan return results in pages; a LastEvaluatedKey means more data remains to be read.', 'D': 'Scan is paginated in the same way and reads far more data.'})
### END HIDDEN TESTS
check_answer(answers, 14, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q015_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 15, 'd3t4-001', ['C'], {'A': 'All at once takes every instance out of service during the deployment, which breaks the no-reduced-capacity requirement.', 'B': 'Rolling reduces serving capacity by one batch at a time, which breaks the stated requirement.', 'C': 'Correct. An extra batch is launched first, so eight instances keep serving while only one batch of additional instances is paid for.', 'D': 'Immutable keeps capacity too, but launches eight new instances, which breaks the as-few-extra-instances goal.'})
### END HIDDEN TESTS
check_answer(answers, 15, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q016_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 16, 'd4t2-009', ['B', 'F'], {'A': 'Destinations apply to asynchronous invocations and send event records, not paging based on error rate.', 'B': 'Metric math turns the raw counts into an error rate, and M-out-of-N evaluation avoids paging on a single spike.', 'C': 'A fixed count ignores traffic volume, so it fires on busy days and stays silent on quiet ones.', 'D': 'CloudTrail does not record function errors as a rate and cannot page people by itself.', 'E': 'Lambda already publishes Errors and Invocations; custom code adds work without adding information.', 'F': 'CloudWatch alarms notify through SNS topics, which fan out to the subscribed endpoints.'})
### END HIDDEN TESTS
check_answer(answers, 16, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q017_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 17, 'd2t3-012', ['D'], {'A': 'NoEcho masks the value in the console and API output, but the default is still written in the template in Git.', 'B': 'Fn::Base64 is an encoding applied at deployment; the original value is still in the template.', 'C': 'Mappings are part of the template, so the password would still be in the repository.', 'D': 'Correct. CloudFormation resolves the dynamic reference at deployment time, so the template only names the secret and never contains the password.'})
### END HIDDEN TESTS
check_answer(answers, 17, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q018_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 18, 'd3t4-007', ['D'], {'A': 'A canary shifts 10%, waits 10 minutes and then shifts everything at once.', 'B': 'AllAtOnce moves all traffic in one step, so problems do not show up gradually.', 'C': 'OneAtATime is for in-place deployments to EC2 or on-premises instances, not Lambda traffic shifting.', 'D': 'Correct. Linear configurations shift the same percentage at each interval until all traffic has moved.'})
### END HIDDEN TESTS
check_answer(answers, 18, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q019_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 19, 'd2t2-003', ['D'], {'A': 'The job would hold the random bytes in plaintext before encrypting them, which the requirement forbids.', 'B': "The plaintext key still arrives in the job's memory; deleting it afterwards does not meet the requirement.", 'C': 'KMS keys cost money each month and are not meant to be created per batch; data keys are the right unit here.', 'D': 'Correct. The job stores only encrypted data keys; a worker later calls Decrypt to get the plaintext key when it is ready to encrypt.'})
### END HIDDEN TESTS
check_answer(answers, 19, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q020_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 20, 'd3t4-016', ['A'], {'A': 'Correct. The lifecycle policy deletes application versions by count or age, and can keep or delete their source bundles in S3.', 'B': 'Versions belong to the application, not the environment, so recreating environments does not remove them.', 'C': 'The deployment policy does not affect how many versions are stored.', 'D': 'Deleting bundles in S3 leaves the version records in Elastic Beanstalk, which still count against the quota and become unusable.'})
### END HIDDEN TESTS
check_answer(answers, 20, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q021_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 21, 'd1t2-023', ['A'], {'A': 'Response streaming sends bytes as they are produced and supports much larger payloads (up to 200 MB) than the 6 MB buffered response.', 'B': 'Asynchronous invocations return no function response to the caller.', 'C': 'The buffered response is still limited to 6 MB and arrives only when complete.', 'D': 'The default REST integration buffers the response and adds its own payload limit.'})
### END HIDDEN TESTS
check_answer(answers, 21, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q022_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 22, 'd4t3-003', ['A'], {'A': 'Headers in the cache policy are part of the cache key and are forwarded to the origin, so each language is cached separately.', 'B': 'Invalidations clear cached copies temporarily; wrong-language pages can be cached again right afterwards.', 'C': 'Forwarding every viewer header makes responses effectively uncacheable, so nearly every request goes to the origin.', 'D': 'This stops caching of those pages, which removes the benefit of the CDN.'})
### END HIDDEN TESTS
check_answer(answers, 22, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q023_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 23, 'd4t1-012', ['B'], {'A': 'A permissions problem would raise AccessDenied quickly, not run until the timeout.', 'B': 'Duration equals the timeout and memory use is low, so the function was stopped by its timeout setting.', 'C': 'A throttled request never starts, so it produces no log stream or REPORT line.', 'D': 'Max Memory Used is 92 MB of 1,024 MB, far from the limit.'})
### END HIDDEN TESTS
check_answer(answers, 23, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q024_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 24, 'd1t1-001', ['A'], {'A': "Step Functions is an orchestrator: the workflow is defined centrally and the console shows each execution's current state, input, output and error.", 'B': 'Queues decouple the steps but do not record the state of an individual booking; queue metrics are aggregates.', 'C': 'That is choreography: the sequence is spread over many rules, and no single view shows where one booking is.', 'D': 'Direct chaining couples the functions, hides the overall state, and puts retry and error logic in every function.'})
### END HIDDEN TESTS
check_answer(answers, 24, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q025_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 25, 'd3t4-008', ['B'], {'A': 'Waiting in a hook does not watch metrics or roll anything back.', 'B': 'Correct. With alarm-based rollback, CodeDeploy stops the deployment and redeploys the last known good revision when a monitored alarm fires.', 'C': 'AllAtOnce exposes all users to the bad release at once and does not roll back.', 'D': 'Termination protection is not a rollback mechanism.'})
### END HIDDEN TESTS
check_answer(answers, 25, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q026_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 26, 'd1t1-024', ['A'], {'A': "EventBridge archives store events that match a pattern, and a replay resends events from a chosen time range to the bus's rules.", 'B': 'CloudTrail records API activity such as PutEvents calls, not a replayable copy of every event body for the consumers.', 'C': 'Retries apply to failed deliveries; they cannot resend events that were already delivered.', 'D': 'A DLQ only holds events that failed delivery; these events were delivered successfully and processed wrongly.'})
### END HIDDEN TESTS
check_answer(answers, 26, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q027_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 27, 'd1t3-018', ['C'], {'A': 'ElastiCache for Valkey or Redis OSS can serve fast reads, but it needs new caching and invalidation code in the service.', 'B': 'Global tables replicate data across Regions; they do not lower single-Region read latency to microseconds.', 'C': 'DAX is an API-compatible, read-through and write-through cache for DynamoDB that serves cached reads in microseconds.', 'D': 'On-demand mode changes billing and scaling, not per-request latency.'})
### END HIDDEN TESTS
check_answer(answers, 27, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q028_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 28, 'd3t4-002', ['A'], {'A': 'Correct. Immutable deployments launch new instances in a temporary Auto Scaling group; if they fail health checks, only the new instances are terminated.', 'B': 'Rolling updates existing instances, so a failure leaves a mix of versions that must be redeployed.', 'C': 'All at once updates every existing instance, which is the riskiest policy and leaves all of them on the broken version.', 'D': 'The extra batch keeps capacity, but existing instances are still updated in place.'})
### END HIDDEN TESTS
check_answer(answers, 28, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q029_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 29, 'd1t1-004', ['B', 'C'], {'A': 'Connection reuse saves handshakes, but the retries still arrive together in synchronized waves, so the 429 errors continue.', 'B': 'Jitter breaks up the synchronized waves, because clients that failed together no longer retry together.', 'C': 'Exponential backoff spreads retries over a growing window and the cap keeps a single wait bounded.', 'D': 'A fixed delay keeps the clients in step, and unlimited attempts let the storm continue indefinitely.', 'E': 'More containers do not lower the total request rate against the partner, so the 429 errors continue.', 'F': 'Immediate retries add load at the worst moment and make the throttling last longer.'})
### END HIDDEN TESTS
check_answer(answers, 29, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q030_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 30, 'd3t4-006', ['B'], {'A': 'Linear adds 10% every minute until 100%, so there is no single 5-minute wait followed by a full shift.', 'B': 'Correct. A canary configuration shifts a first share, waits the stated time and then shifts the rest in one step.', 'C': 'AllAtOnce shifts all traffic immediately, with no 5-minute test period.', 'D': 'HalfAtATime is an EC2/on-premises in-place configuration; it does not apply to Lambda traffic shifting.'})
### END HIDDEN TESTS
check_answer(answers, 30, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q031_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 31, 'd3t4-010', ['C', 'E'], {'A': "Reserved concurrency limits the function's concurrency; it does not shift traffic.", 'B': 'Provisioned concurrency reduces cold starts but does not publish versions or shift traffic.', 'C': 'Correct. AutoPublishAlias publishes a version whenever the code changes and points the alias at it.', 'D': 'Layers add code to the function; they are unrelated to traffic shifting.', 'E': 'Correct. DeploymentPreference makes SAM create the CodeDeploy resources that shift the alias gradually.'})
### END HIDDEN TESTS
check_answer(answers, 31, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q032_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 32, 'd1t3-025', ['B'], {'A': 'This avoids the error but loses the Number type, so numeric comparisons and ADD updates no longer work.', 'B': 'The boto3 DynamoDB serializer maps Python numbers to the Number type only from int or Decimal, to avoid float rounding errors.', 'C': 'Binary is for raw bytes; numeric values would need custom encoding and decoding.', 'D': 'Rounding loses the decimal part of the reading.'})
### END HIDDEN TESTS
check_answer(answers, 32, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q033_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 33, 'd1t2-025', ['C'], {'A': 'The timeout does not change how long a successful invocation runs or what it costs.', 'B': 'Lowering memory also lowers CPU, which can make functions slower and sometimes more expensive overall.', 'C': 'Arm functions have a lower price per GB-second than x86 and often run as fast or faster for such workloads.', 'D': 'Provisioned concurrency adds a charge for pre-warmed capacity; it is a latency feature, not a savings measure.'})
### END HIDDEN TESTS
check_answer(answers, 33, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q034_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 34, 'd4t1-002', ['B'], {'A': 'This extracts the error text but does not count errors per time interval.', 'B': 'The filter keeps only error lines and stats ... by bin(5m) groups the count into 5-minute buckets.', 'C': 'An equality test matches only lines that are exactly ERROR, and limit 5 returns five lines, not counts over time.', 'D': 'This counts all lines per log stream, with no filter on errors and no time buckets.'})
### END HIDDEN TESTS
check_answer(answers, 34, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q035_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 35, 'd3t4-015', ['B'], {'A': 'version 0.0 is the only supported value for appspec files.', 'B': 'Correct. On EC2 the agent polls CodeDeploy and runs the hooks; without it no lifecycle events are reported.', 'C': 'OneAtATime is slow but still reports lifecycle events for each instance.', 'D': 'Instances need network access to CodeDeploy and S3 endpoints, not Elastic IP addresses.'})
### END HIDDEN TESTS
check_answer(answers, 35, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q036_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 36, 'd1t3-017', ['A', 'E'], {'A': 'A TTL removes entries that are not refreshed, keeping memory for data that is actually used.', 'B': 'Without eviction, writes fail or memory runs out once the cache is full.', 'C': 'A bigger node postpones the memory problem and does not fix stale data.', 'D': 'The staleness comes from the cache, so stronger reads behind it do not help.', 'E': 'Write-through keeps cached values current on every write, removing the stale reads.'})
### END HIDDEN TESTS
check_answer(answers, 36, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q037_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 37, 'd1t3-020', ['D'], {'A': 'Memcached stores only simple key-value items, with no sorted sets, so keeping players sorted by score would need custom code. (ElastiCache Serverless for Memcached does span Availability Zones and take snapshots, but it still has no sorted sets; a self-designed Memcached cluster does not replicate between nodes.)', 'B': 'It is fast object storage, but it has no sorted-set operations, rewriting one object per score change is custom code, and the data lives in a single Availability Zone.', 'C': 'DAX caches DynamoDB API calls; it offers no sorted-set data structure.', 'D': 'Redis-compatible engines offer sorted sets, replicas with automatic failover, and snapshots.'})
### END HIDDEN TESTS
check_answer(answers, 37, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q038_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 38, 'd1t3-019', ['B'], {'A': 'DAX has an item cache for GetItem and BatchGetItem and a separate query cache for Query and Scan.', 'B': 'DAX only serves eventually consistent reads from its cache, so every read in this app still goes to the table.', 'C': 'DAX works with both on-demand and provisioned tables.', 'D': 'A TTL of 0 would stop items from ever expiring; it does not enable caching.'})
### END HIDDEN TESTS
check_answer(answers, 38, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q039_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 39, 'd3t4-012', ['D'], {'A': 'Exposing the database to the internet is a security risk and not necessary.', 'B': 'The connection cannot be made at all, so more time does not help.', 'C': 'rds-db:connect is only used for IAM database authentication; the tests cannot even reach the database over the network.', 'D': 'Correct. By default builds run outside your VPC; with VPC configuration the build can reach private resources.'})
### END HIDDEN TESTS
check_answer(answers, 39, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q040_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 40, 'd2t1-018', ['C'], {'A': 'A user pool authorizer only validates JWTs issued by that user pool, not a proprietary token.', 'B': 'IAM authorization needs SigV4-signed requests and cannot evaluate a custom token.', 'C': 'Correct. A Lambda authorizer can run any custom check; API Gateway caches the returned policy for the token for the configured TTL, so repeat calls skip the function.', 'D': 'A request validator only checks that the header exists or matches a model; it does not authenticate the caller.'})
### END HIDDEN TESTS
check_answer(answers, 40, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q041_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 41, 'd4t3-004', ['D'], {'A': 'Adding the value to the URL changes the cache key and adds function cost.', 'B': 'That would create a separate cached copy per country, lowering the cache hit ratio.', 'C': "Logs go to the distribution's log destination, not to the origin that needs the header on each request.", 'D': 'Origin request policies send values to the origin without adding them to the cache key, so the hit ratio is unchanged.'})
### END HIDDEN TESTS
check_answer(answers, 41, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q042_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 42, 'd1t1-008', ['D', 'E'], {'A': 'Binary media types control base64 handling of binary payloads; they do not convert JSON to XML.', 'B': 'CORS governs browser cross-origin access to the API; it has nothing to do with payload format.', 'C': 'A proxy integration forwards the payload as it is, so no JSON-to-XML conversion takes place.', 'D': 'Only non-proxy integrations let API Gateway rewrite the integration request and response.', 'E': 'Mapping templates (VTL) reshape the payload in both directions, so the backend gets XML and the client gets JSON.'})
### END HIDDEN TESTS
check_answer(answers, 42, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q043_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 43, 'd2t2-022', ['D'], {'A': 'Imported key material is stored in KMS, so AWS would keep a copy of the key.', 'B': 'SSE-S3 uses keys that S3 creates and manages.', 'C': 'DSSE-KMS uses KMS keys stored in AWS, so it does not keep the keys outside AWS.', 'D': "Correct. With SSE-C, S3 encrypts with the key sent in the request and then discards it, storing only a salted HMAC to validate later requests; HTTPS is required, and since April 2026 SSE-C must first be allowed in the bucket's encryption settings (new buckets block it)."})
### END HIDDEN TESTS
check_answer(answers, 43, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q044_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 44, 'd1t1-006', ['C'], {'A': 'Retries become rarer but never stop, and the malformed messages stay in the main queue.', 'B': 'A delay queue postpones first delivery only; it does not stop repeated failures or move messages aside.', 'C': 'After a message has been received five times without being deleted, SQS moves it to the dead-letter queue, where it can be inspected and later redriven.', 'D': 'A short retention period deletes good and bad messages alike and keeps nothing for inspection.'})
### END HIDDEN TESTS
check_answer(answers, 44, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q045_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 45, 'd2t3-002', ['D'], {'A': 'Secrets Manager charges per secret per month and is designed for secrets; it is the costly choice for plain settings.', 'B': 'Lambda environment variables are limited to 4 KB in total and do not serve other compute types or separate environments well.', 'C': 'A table works but needs its own access code, and scanning on every start wastes capacity; Parameter Store does this natively.', 'D': "Correct. Standard parameters have no storage charge, and hierarchical paths let a service load an environment's settings with GetParametersByPath."})
### END HIDDEN TESTS
check_answer(answers, 45, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q046_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 46, 'd4t1-001', ['C'], {'A': 'An average per log stream hides individual slow invocations and their request IDs.', 'B': 'This returns the 10 most recent log lines, not the slowest invocations.', 'C': 'Lambda writes one REPORT line per invocation, and Logs Insights discovers @duration and @requestId from it, so sorting on @duration finds the slowest.', 'D': 'This counts timeouts per hour but does not rank invocations by duration.'})
### END HIDDEN TESTS
check_answer(answers, 46, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q047_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 47, 'd1t2-014', ['C'], {'A': 'Calling an SDK from the handler requires changing the application code in every function.', 'B': 'Destinations send asynchronous invocation records, not logs and platform metrics, and only for async invocations.', 'C': 'Extensions run as companion processes in the execution environment, receive logs and metrics through the Telemetry API, and have their own lifecycle.', 'D': 'This can forward logs, but it does not give the agent access to the execution lifecycle and platform metrics.'})
### END HIDDEN TESTS
check_answer(answers, 47, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q048_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 48, 'd4t2-005', ['A'], {'A': 'The sidecar collector receives spans from the application container and exports them to X-Ray; the task role needs permission to write traces.', 'B': 'Fargate gives no access to the underlying host, so agents run as containers in the task.', 'C': 'The execution role is used to pull images and write logs; the application still needs an exporter or collector to send spans.', 'D': 'Container Insights collects container metrics and logs, not application traces.'})
### END HIDDEN TESTS
check_answer(answers, 48, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q049_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 49, 'd1t2-001', ['A'], {'A': 'With partial batch responses, Lambda deletes the messages that succeeded and leaves only the reported ones to become visible again.', 'B': 'Deleting failed messages loses them, which is the opposite of retrying only them.', 'C': "SQS event source mappings rely on the queue's redrive policy; this does not stop successful messages from being retried.", 'D': 'This works but gives up batching, which raises invocation count and cost; partial batch responses keep the batch.'})
### END HIDDEN TESTS
check_answer(answers, 49, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q050_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 50, 'd2t2-007', ['D'], {'A': 'The aws/s3 key policy only allows use through S3 by principals in account A, so an identity policy in account B cannot grant access to it.', 'B': 'Key policies of AWS managed keys cannot be edited, so they can never be shared with another account.', 'C': 'Replication copies objects to another bucket, and the copies are encrypted again; it is not a way to share the key.', 'D': 'Correct. Cross-account KMS use needs a customer managed key whose key policy allows the other account, plus an IAM policy in that account allowing kms:Decrypt.'})
### END HIDDEN TESTS
check_answer(answers, 50, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q051_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 51, 'd3t4-009', ['C'], {'A': 'BeforeInstall runs before the replacement task set exists, so there is nothing to test.', 'B': 'AfterAllowTraffic runs after production traffic has already moved to the new tasks.', 'C': 'Correct. AfterAllowTestTraffic runs once the test listener routes to the green task set and before production traffic is shifted.', 'D': 'ApplicationStart is an EC2/on-premises lifecycle event; ECS deployments do not have it.'})
### END HIDDEN TESTS
check_answer(answers, 51, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q052_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 52, 'd3t4-011', ['A'], {'A': 'Correct. V2 pipelines support triggers with filters on Git tags, branches and file paths.', 'B': 'Starting and then stopping executions wastes runs and needs custom code.', 'C': 'Polling on a schedule still needs custom logic to detect tags and delays releases.', 'D': 'Repointing the pipeline by hand for every release is manual work.'})
### END HIDDEN TESTS
check_answer(answers, 52, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q053_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 53, 'd2t1-014', ['C'], {'A': 'When a method has OAuth scopes configured, the authorizer checks the scope claim, which the ID token does not carry; ID tokens are accepted only when no scopes are set.', 'B': 'Refresh tokens are only used to get new ID and access tokens from Cognito; APIs never accept them as bearer tokens.', 'C': 'Correct. The access token is the OAuth 2.0 bearer token that lists the granted scopes, so the authorizer can check transfers/write.', 'D': 'SigV4 signatures are used with IAM authorization, not with a Cognito user pool authorizer.'})
### END HIDDEN TESTS
check_answer(answers, 53, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q054_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 54, 'd3t4-005', ['B', 'C'], {'A': 'DownloadBundle is run by the CodeDeploy agent itself; scripts cannot be attached to it.', 'B': 'Correct. ApplicationStop runs before the new revision is downloaded, so it is where the running service is stopped.', 'C': 'Correct. ValidateService is the last hook of an in-place deployment and is meant for checking that the deployment succeeded.', 'D': 'BeforeAllowTraffic runs only for deployments that use a load balancer; it is not the standard place for post-start checks.', 'E': 'AfterInstall runs before ApplicationStart, so the new service is not running yet and the check would fail or test nothing.', 'F': 'Install is reserved for the agent, which copies the files; no scripts run there.'})
### END HIDDEN TESTS
check_answer(answers, 54, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q055_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 55, 'd4t2-014', ['B'], {'A': 'CloudTrail records Invoke API calls, not resource usage.', 'B': 'Lambda Insights collects system-level metrics through an extension and publishes them to CloudWatch with prebuilt dashboards.', 'C': 'This needs custom code in every function and adds latency.', 'D': 'Traces show timing of requests and downstream calls, not CPU and memory usage.'})
### END HIDDEN TESTS
check_answer(answers, 55, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q056_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 56, 'd4t2-011', ['D', 'E'], {'A': 'This works but needs custom code, while a metric filter is built in.', 'B': 'Log lines are not delivered to EventBridge as events.', 'C': 'Detailed monitoring gives 1-minute infrastructure metrics, not application events.', 'D': 'A metric filter turns each matching log event into a data point (value 1) of a custom metric without code changes.', 'E': 'The alarm evaluates the metric created by the filter and sends the notification.'})
### END HIDDEN TESTS
check_answer(answers, 56, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q057_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 57, 'd3t4-013', ['B'], {'A': 'Deleting the stack destroys resources and data that do not need to be lost.', 'B': 'Correct. ContinueUpdateRollback retries the rollback and can skip resources, bringing the stack to UPDATE_ROLLBACK_COMPLETE.', 'C': 'Drift detection only reports differences; it repairs nothing.', 'D': 'A stack in UPDATE_ROLLBACK_FAILED cannot be updated until the rollback is continued.'})
### END HIDDEN TESTS
check_answer(answers, 57, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q058_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 58, 'd3t1-006', ['B', 'C'], {'A': 'This turns every flag change into a deployment of the function, which AppConfig exists to avoid.', 'B': 'Correct. The extension handles sessions, polling and caching for the function, so reads are local and cheap.', 'C': 'Correct. The AppConfig Data API returns new data only when it has changed, and the token from each call is used for the next poll.', 'D': "Reading the source directly skips AppConfig's validation, deployment strategies and rollback.", 'E': 'A mirrored table adds cost and another copy to keep in sync, and bypasses AppConfig.'})
### END HIDDEN TESTS
check_answer(answers, 58, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q059_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 59, 'd2t2-002', ['A'], {'A': 'Correct. To decrypt, the app sends the encrypted data key to KMS Decrypt and uses the returned plaintext key locally; only the encrypted copy is ever stored.', 'B': 'Anyone who can read the file system could read the key and decrypt every file, which defeats the encryption.', 'C': 'Each GenerateDataKey call returns a new random key; KMS does not keep or recreate data keys.', 'D': 'Plaintext keys in environment variables are exposed to anyone who can view the configuration and are lost when the variable changes.'})
### END HIDDEN TESTS
check_answer(answers, 59, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q060_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 60, 'd2t3-004', ['C', 'D'], {'A': 'An environment variable is frozen at deployment, so every rotation would break containers until they are redeployed.', 'B': 'This gives up automatic rotation and still causes downtime in the window.', 'C': 'Correct. With alternating users, two database users take turns; connections made with the previous credentials keep working during rotation.', 'D': 'Correct. Caching keeps calls low, and refreshing on an authentication failure picks up the new AWSCURRENT value right after rotation.', 'E': 'More frequent rotation causes more of the same failures; it does not change how clients pick up the new value.'})
### END HIDDEN TESTS
check_answer(answers, 60, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q061_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 61, 'd1t1-023', ['D'], {'A': 'JWT authorizers authenticate callers; they do not count requests against quotas or validate bodies.', 'B': 'HTTP API throttling applies per route or stage, not per partner API key, and provides no quotas or schema validation.', 'C': 'ALB does not validate JSON bodies or manage API keys and quotas.', 'D': 'REST APIs support API keys, usage plans with quotas, and model-based request validation; HTTP APIs do not offer these features.'})
### END HIDDEN TESTS
check_answer(answers, 61, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q062_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 62, 'd4t3-016', ['D', 'F'], {'A': 'Delays hold messages back and make the backlog worse.', 'B': 'This only delays redelivery of failed messages and does not speed up processing.', 'C': 'FIFO ordering limits parallelism by message group and adds no throughput.', 'D': 'Larger batches spread the per-invocation overhead over many messages, and the window lets batches fill.', 'E': 'The architecture changes the price per GB-second, not the batch size or concurrency limits that cause the backlog.', 'F': 'More concurrent invocations can drain the queue faster while the database has capacity to spare.'})
### END HIDDEN TESTS
check_answer(answers, 62, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q063_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 63, 'd2t1-021', ['D'], {'A': 'A JWT authorizer only checks tokens that a client already has; it does not send users through a sign-in page, so the app would need code to handle login.', 'B': 'The instance profile controls what the instances can call in AWS; it does not authenticate incoming users.', 'C': 'WAF can check that a cookie exists but cannot run a sign-in flow or validate the user.', 'D': 'Correct. ALB listeners can authenticate users through a Cognito user pool (or any OIDC provider) and forward only signed-in requests, with no change to the app.'})
### END HIDDEN TESTS
check_answer(answers, 63, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q064_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 64, 'd2t3-015', ['C'], {'A': 'Committing secrets to Git exposes them to everyone with repository access and keeps them in history.', 'B': 'Values in env variables are plain text in the buildspec and in the repository.', 'C': 'Correct. CodeBuild fetches the secret at build time and exposes it as the same environment variable, so the commands do not change.', 'D': 'Whoever starts the build must know the password, and overrides of type PLAINTEXT are visible in the build details.'})
### END HIDDEN TESTS
check_answer(answers, 64, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q065_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 65, 'd2t3-003', ['A'], {'A': 'Correct. SecureString parameters are encrypted with a KMS key, standard parameters are free to store, and rotation is not needed.', 'B': 'Secrets Manager works but charges per secret, and rotation is pointless for a key that the vendor controls.', 'C': 'String parameters are stored as plain text; only SecureString parameters are encrypted with KMS.', 'D': 'This needs extra code and bucket policies and gives no separate audit of secret access; it is not a purpose-built secret store.'})
### END HIDDEN TESTS
check_answer(answers, 65, 'ABCD', 1)

# %% [markdown]
# ## After the exam
# Grade it (`./run.sh grade week8_mock4` on your own, or your instructor's autograde), then read the feedback and
# run `python -m course.exam.readiness week8_mock4`. Back to
# [the practice exams page](../week8_practice_exams/week8_practice_exams.ipynb).
