# %% [markdown]
# # Practice exam 3 of 4
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
# `python -m course.exam.readiness week8_mock3` turns your result into a readiness report (scaled score, domains,
# what to study next).

# %% [markdown]
# ### Q1
# *Domain 3, task 3.3 · Single response*
#
# Before an automated deployment, a team wants to know whether anyone has changed a production stack's security group rules by hand since the last AWS CloudFormation deployment. Which solution answers this question with the LEAST effort?
#
# - **A.** Create a change set from the last deployed template and look for modified security group rules in it.
# - **B.** Run drift detection on the stack and review the drift status of the security groups.
# - **C.** Apply a stack policy that denies updates to the security groups and check whether it was triggered.
# - **D.** Deploy the template again with StackSets to a test account and compare the two stacks' outputs.

# %% [markdown]
# ### Q2
# *Domain 1, task 1.3 · Single response*
#
# An ad-tech company writes application logs to Amazon S3. Logs are read often for 30 days, occasionally until day 90 (with millisecond access), and after that are almost never read but must be retrievable within a few hours for an auditor until day 365, when they must be deleted. Which lifecycle configuration meets these requirements at the LOWEST cost?
#
# - **A.** Standard-IA after 30 days, Glacier Flexible Retrieval after 90 days, expiration after 365 days.
# - **B.** Transition objects to S3 Glacier Deep Archive after 1 day and expire them after 365 days.
# - **C.** Transition objects to S3 One Zone-IA after 7 days and to S3 Standard after 90 days.
# - **D.** Keep objects in S3 Standard for the whole year so that every read stays fast, and delete them after 365 days.

# %% [markdown]
# ### Q3
# *Domain 3, task 3.3 · Single response*
#
# A company's pipeline builds a container image, tests it in staging and then rebuilds it from the same commit for production. Twice, a dependency changed between the builds and production failed although staging had passed. How should the team change the pipeline to make releases MOST reliable?
#
# - **A.** Promote the exact image that passed staging, by its unique tag or digest, without rebuilding.
# - **B.** Build the production image first and the staging image afterwards, from the same commit and the same buildspec.
# - **C.** Pin the base image to latest so that both builds use the same version.
# - **D.** Add a manual approval action to the pipeline before the production build starts.

# %% [markdown]
# ### Q4
# *Domain 4, task 4.3 · Single response*
#
# A data-lake bucket uses SSE-KMS with a customer managed key. Ingestion jobs write millions of small objects per hour, and the team sees both high AWS KMS request charges and occasional KMS ThrottlingException errors on uploads. Which change reduces KMS calls without giving up SSE-KMS, with the FEWEST changes?
#
# - **A.** Create a separate KMS key for each ingestion job.
# - **B.** Rotate the KMS key every 90 days.
# - **C.** Switch the bucket to SSE-S3 encryption.
# - **D.** Enable S3 Bucket Keys for SSE-KMS on the bucket.

# %% [markdown]
# ### Q5
# *Domain 4, task 4.3 · Single response*
#
# A real-estate portal runs a complex SQL aggregation against Amazon Aurora for its "market trends" page. The result changes only a few times per hour, but the query runs thousands of times per hour and drives up database CPU. Which solution reduces the database load the MOST with the LEAST operational overhead?
#
# - **A.** Enable Aurora backtrack on the cluster.
# - **B.** Add DynamoDB Accelerator (DAX) in front of Aurora.
# - **C.** Cache the result in ElastiCache with a TTL of a few minutes.
# - **D.** Scale the Aurora instance up to a larger instance class with more vCPUs.

# %% [markdown]
# ### Q6
# *Domain 4, task 4.3 · Select 2*
#
# A film studio uploads 20 GB video files to an Amazon S3 bucket in us-east-1 from offices in Asia and Europe. Single PUT uploads are slow and a failure near the end means starting again. Which combination of changes will improve upload speed and reliability with the LEAST effort? (Select TWO.)
#
# - **A.** Enable versioning on the bucket.
# - **B.** Store the files in S3 One Zone-IA.
# - **C.** Upload through the S3 Transfer Acceleration endpoint.
# - **D.** Compress each file and upload it with a single PUT request to cut the transfer time.
# - **E.** Use multipart upload with parallel parts.

# %% [markdown]
# ### Q7
# *Domain 2, task 2.3 · Select 2*
#
# A health-tech startup stores patient records, which are protected health information (PHI), alongside non-sensitive app data in Amazon S3. The team must make sure that only approved roles can read PHI and must know where PHI appears as new data arrives. Which combination of actions meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Rely on S3 default encryption with SSE-S3, because encrypted objects can be read only by approved roles.
# - **B.** Classify the data, tag PHI buckets or objects, and use the tags in policy conditions that allow only approved roles.
# - **C.** Store PHI in Lambda environment variables, which are encrypted and faster to read.
# - **D.** Enable S3 Transfer Acceleration on the buckets that hold PHI so that the records are protected while in transit.
# - **E.** Run automated Amazon Macie discovery on the buckets to find and report objects that contain sensitive data.

# %% [markdown]
# ### Q8
# *Domain 3, task 3.3 · Single response*
#
# A team wants every pull request to be tested against real AWS resources that are isolated from other pull requests, without paying for idle environments. Their infrastructure is defined in one AWS SAM template. Which approach meets these requirements MOST cost-effectively?
#
# - **A.** Deploy all pull requests to one shared test stack, one after another, and run the tests there.
# - **B.** Keep a permanent test environment for each developer.
# - **C.** Deploy a temporary stack per pull request, run the tests, then delete the stack.
# - **D.** Test pull requests only locally with sam local and skip AWS tests.

# %% [markdown]
# ### Q9
# *Domain 1, task 1.3 · Single response*
#
# A data-platform team stores millions of objects of 1 to 50 MB whose access patterns are unknown and change over time; some datasets become popular again months after creation. The team wants to lower storage cost without retrieval fees and without writing lifecycle rules. Which solution is the MOST cost-effective?
#
# - **A.** Upload all new objects to S3 Standard-IA, which costs less per GB than S3 Standard.
# - **B.** Upload all new objects to S3 Glacier Flexible Retrieval, which costs far less per GB to store.
# - **C.** Upload all new objects to S3 One Zone-IA, which costs less per GB than Standard-IA.
# - **D.** Upload all new objects to S3 Intelligent-Tiering, which moves each object between tiers by its use.

# %% [markdown]
# ### Q10
# *Domain 1, task 1.1 · Single response*
#
# A research lab uploads files to an Amazon S3 bucket. Files whose keys end in .fastq must go to a genomics pipeline, files larger than 1 GB must trigger an archiving workflow, and the lab expects to add more routing rules that filter on object metadata. The team wants to route events with content-based filtering and to send them to more than one type of target. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Turn on EventBridge notifications for the bucket and write rules that match on key suffix and object size.
# - **B.** Create S3 event notifications with a suffix filter for .fastq and an object-size filter for files over 1 GB.
# - **C.** Configure S3 Inventory to produce a daily report that a Lambda function reads to route the files.
# - **D.** Enable AWS CloudTrail data events for the bucket and have a Lambda function search the trail every minute.

# %% [markdown]
# ### Q11
# *Domain 1, task 1.3 · Single response*
#
# A legal-tech company stores contracts in a DynamoDB table. Some contracts include scanned attachments of 2 to 5 MB, and PutItem fails for them. The metadata must stay queryable in DynamoDB. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Compress the attachments with gzip and store them in a Binary attribute of the item.
# - **B.** Store attachments in Amazon S3 and keep the metadata and object key in DynamoDB.
# - **C.** Switch the table to on-demand capacity mode to allow larger items.
# - **D.** Split each attachment across several attributes of the same item.

# %% [markdown]
# ### Q12
# *Domain 2, task 2.1 · Single response*
#
# An insurance company lets a partner's AWS account upload claim documents into the company's Amazon S3 bucket through a bucket policy. The bucket was created years ago with its original settings. The company's own applications now get Access Denied when they read the partner's uploads, although they can read objects the company uploaded itself. Which fix has the LEAST operational overhead and also covers future uploads?
#
# - **A.** Ask the partner to add the bucket-owner-full-control canned ACL only to uploads made from now on.
# - **B.** Enable S3 Versioning on the bucket so that every new version of an uploaded object is owned by the bucket owner's account.
# - **C.** Add a statement to the company role's identity policy that allows s3:GetObject on the bucket.
# - **D.** Set the bucket's Object Ownership to Bucket owner enforced, so ACLs are disabled and the bucket owner owns every object.

# %% [markdown]
# ### Q13
# *Domain 3, task 3.3 · Single response*
#
# A design agency hosts a React web app with AWS Amplify Hosting connected to its Git repository. Designers want every feature branch to be deployed automatically to its own URL for review, and every pull request to get a preview before merging. Which solution meets these requirements with the LEAST effort?
#
# - **A.** A single main branch deployment with manual redeploys for each review.
# - **B.** Custom domains with a wildcard certificate only.
# - **C.** Branch auto-detection for feature branches, and pull request previews, both set up in the Amplify Hosting app.
# - **D.** Amplify redirects and rewrites that send reviewers to the right branch.

# %% [markdown]
# ### Q14
# *Domain 2, task 2.2 · Single response*
#
# An existing Amazon DynamoDB table holds customer orders and is encrypted with the default AWS owned key. The compliance team now needs to see every use of the table's key in AWS CloudTrail and be able to disable the key in an emergency. Which solution meets these requirements with the LEAST effort?
#
# - **A.** Create a new table with encryption enabled and migrate the data, because encryption settings are fixed at table creation.
# - **B.** Enable client-side encryption in the DynamoDB console for the existing table.
# - **C.** Switch the table to the AWS managed key aws/dynamodb, which the team can disable.
# - **D.** Update the table's encryption settings to use a customer managed KMS key.

# %% [markdown]
# ### Q15
# *Domain 1, task 1.3 · Single response*
#
# A developer queries a global secondary index on a DynamoDB orders table with ConsistentRead set to true and receives a ValidationException. The business needs strongly consistent queries of a customer's orders sorted by order total, and customerId is already the table's partition key. The table is being redesigned anyway. Which design meets the requirement with the FEWEST extra components?
#
# - **A.** Create a global secondary index with orderTotal as partition key and customerId as sort key.
# - **B.** Create the new table with a local secondary index whose sort key is orderTotal.
# - **C.** Add a local secondary index to the existing table with an UpdateTable call.
# - **D.** Keep the global secondary index and retry the query until the data is consistent.

# %% [markdown]
# ### Q16
# *Domain 2, task 2.2 · Select 2*
#
# A healthcare company stores lab results in an Amazon S3 bucket. A new rule says every object must be encrypted with one specific AWS KMS customer managed key, and uploads that ask for any other encryption must be refused. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Add a bucket policy that denies PutObject when s3:x-amz-server-side-encryption-aws-kms-key-id is not that key's ARN.
# - **B.** Turn on S3 Bucket Keys so that every object is encrypted with the bucket's own key.
# - **C.** Set the bucket's default encryption to SSE-KMS with the customer managed key.
# - **D.** Enable S3 Versioning so that any object uploaded with another encryption setting is kept only as an older version.
# - **E.** Rely on the bucket's default SSE-S3 encryption, which already meets the rule.
# - **F.** Enable S3 Object Lock in compliance mode so that objects cannot be stored unencrypted.

# %% [markdown]
# ### Q17
# *Domain 3, task 3.3 · Single response*
#
# A developer edits an AWS CloudFormation template for a production stack and renames the TableName property of an Amazon DynamoDB table. Before anything changes in production, the team wants to see which resources would be modified and whether any would be replaced. Which approach meets this requirement with the LEAST effort?
#
# - **A.** Run drift detection on the stack and compare the drift results with the edited template.
# - **B.** Create a change set for the stack with the new template and review it before executing it.
# - **C.** Update the stack with termination protection enabled so that no resource can be replaced by the update.
# - **D.** Validate the edited template with the aws cloudformation validate-template command.

# %% [markdown]
# ### Q18
# *Domain 4, task 4.1 · Single response*
#
# A developer converts an API from a non-proxy to a Lambda proxy integration in Amazon API Gateway. The function now returns the Python dictionary {"result": "ok", "items": [...]} and clients receive HTTP 502 Bad Gateway, although the function logs show no errors. What is the MOST likely cause?
#
# - **A.** The proxy response lacks the required statusCode, headers and string body fields.
# - **B.** The Lambda function's execution role lacks permission to return data to API Gateway.
# - **C.** The API stage is throttling requests.
# - **D.** The function exceeded API Gateway's integration timeout.

# %% [markdown]
# ### Q19
# *Domain 2, task 2.3 · Single response*
#
# A secret in AWS Secrets Manager in the security account holds credentials for a partner API. An ECS task in the workloads account must read it. The secret is currently encrypted with the default key aws/secretsmanager. Which set of changes allows the task to read the secret with the LEAST privilege?
#
# - **A.** Add secretsmanager:GetSecretValue for the secret's ARN to the task role, with no change in the security account.
# - **B.** Use a customer managed key that trusts the workloads account, add a secret resource policy, and allow the task role.
# - **C.** Add a resource policy to the secret that allows the task role from the workloads account, and keep using the default key.
# - **D.** Replicate the secret into the workloads account by using Secrets Manager's multi-Region replication feature.

# %% [markdown]
# ### Q20
# *Domain 2, task 2.2 · Select 2*
#
# A ticketing company runs its web app on Amazon EC2 instances behind an Application Load Balancer. Auditors require that traffic be encrypted from browsers to the load balancer and from the load balancer to the instances, and the team does not want to renew public certificates by hand. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Request a public certificate in AWS Certificate Manager and attach it to an HTTPS listener on the load balancer.
# - **B.** Configure the target group to use HTTPS and install a certificate on the instances for the backend connection.
# - **C.** Upload a self-signed certificate to the load balancer's HTTPS listener for browsers to use.
# - **D.** Attach a security group to the instances that allows only port 80 from the load balancer.
# - **E.** Enable default encryption with SSE-KMS on the S3 bucket that receives the load balancer's access logs.

# %% [markdown]
# ### Q21
# *Domain 2, task 2.3 · Single response*
#
# A mobile banking app calls a third-party credit-scoring service that requires a client secret. A developer proposes shipping the secret inside the app package, obfuscated. Which approach is the MOST secure?
#
# - **A.** Encrypt the secret with a KMS key and ship the ciphertext and the key ID inside the app package for decryption.
# - **B.** Store the secret in the phone's local storage after the first download from a public S3 URL.
# - **C.** Ship the secret in the app package but rotate it every week and push the new value to users through app store updates.
# - **D.** Keep the secret in AWS Secrets Manager and call the service from a backend function behind an authenticated API.

# %% [markdown]
# ### Q22
# *Domain 1, task 1.2 · Select 2*
#
# A Spring-based Java Lambda function behind an API has cold starts of about 8 seconds, mostly spent loading classes and building the application context. Warm invocations are fast. Which combination of actions will reduce the cold-start latency MOST effectively? (Select TWO.)
#
# - **A.** Enable SnapStart and route traffic to a published version.
# - **B.** Enable active tracing with AWS X-Ray and the ADOT layer to profile the init phase.
# - **C.** Set reserved concurrency on the function so that execution environments are kept ready.
# - **D.** Increase the function timeout from 30 seconds to 15 minutes.
# - **E.** Trim unneeded dependencies and avoid classpath scanning at startup.

# %% [markdown]
# ### Q23
# *Domain 1, task 1.2 · Single response*
#
# A Java 21 Lambda function built with a dependency-injection framework takes about 6 seconds to initialize, and users of an occasional-use admin API notice the delay after idle periods. The team wants to cut startup latency without paying for idle pre-warmed capacity. Which solution meets these requirements MOST cost-effectively?
#
# - **A.** Configure provisioned concurrency on the function's alias.
# - **B.** Increase the function timeout to 15 minutes.
# - **C.** Schedule an EventBridge rule to invoke the function every 5 minutes.
# - **D.** Enable Lambda SnapStart and invoke a published version or alias.

# %% [markdown]
# ### Q24
# *Domain 1, task 1.3 · Single response*
#
# A recipe website reads recipes from an Amazon RDS database. Most traffic goes to a small set of popular recipes, and the team wants to add Amazon ElastiCache so that only data that is actually requested is cached and a cache node failure does not break the site. Which caching strategy meets these requirements MOST efficiently?
#
# - **A.** Write-through: write every recipe to the cache at the same time as it is written to the database.
# - **B.** Preload the entire recipe table into the cache each night with a scheduled job and no TTL.
# - **C.** Lazy loading: check the cache, and on a miss read the database and cache the result with a TTL.
# - **D.** Read from the database first and write to the cache only after a database error.

# %% [markdown]
# ### Q25
# *Domain 1, task 1.2 · Single response*
#
# A data-science team wants to run a Lambda function that needs machine-learning libraries totalling about 1.8 GB unzipped. Their attempt to use a .zip package with layers failed with a size error. Which solution meets the requirement with the LEAST operational overhead?
#
# - **A.** Split the libraries across five layers of about 360 MB each and attach all of them.
# - **B.** Increase the function's ephemeral storage to 10,240 MB.
# - **C.** Deploy the function as a container image stored in Amazon ECR.
# - **D.** Upload the .zip package through Amazon S3 instead of directly.

# %% [markdown]
# ### Q26
# *Domain 4, task 4.1 · Single response*
#
# A developer writes JSON log lines like {"service": "cart", "latencyMs": 84} from a Lambda function and expects a CloudWatch metric named latencyMs to appear, but no metric is created, although the lines are visible in CloudWatch Logs. What is missing?
#
# - **A.** The log group needs a retention period of at least 30 days.
# - **B.** The function needs the CloudWatchFullAccess policy to create metrics from its logs.
# - **C.** A metric filter is required on the log group for every JSON log line.
# - **D.** An _aws object with a CloudWatchMetrics directive that declares latencyMs as a metric.

# %% [markdown]
# ### Q27
# *Domain 1, task 1.1 · Single response*
#
# A REST API in Amazon API Gateway uses a non-proxy Lambda integration. When the function throws an error whose message starts with "NotFound:", clients receive HTTP 200 with the raw error object in the body. The team wants these errors returned as HTTP 404 with a clean JSON body, without changing the function. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Enable request validation on the method so that invalid IDs are rejected with 404.
# - **B.** Configure a gateway response of type DEFAULT_4XX with a 404 status code.
# - **C.** Add an integration response with the Lambda error regex NotFound:.* that maps to a 404 method response and body template.
# - **D.** Switch the method to a Lambda proxy integration and leave the function unchanged, so that API Gateway passes the function's error status straight through.

# %% [markdown]
# ### Q28
# *Domain 3, task 3.3 · Select 2*
#
# A platform team wants every pull request that changes AWS CloudFormation templates to be checked automatically, both for template errors and for company rules such as "all S3 buckets must block public access", before anything is deployed. Which tools should run in the build to meet this with the LEAST development effort? (Select TWO.)
#
# - **A.** CloudFormation drift detection on the production stacks.
# - **B.** cfn-lint, to check templates against the resource specification and best practices.
# - **C.** Stack termination protection turned on for every stack in the account.
# - **D.** AWS X-Ray tracing on the build project.
# - **E.** AWS CloudFormation Guard (cfn-guard) with the team's policy rules.

# %% [markdown]
# ### Q29
# *Domain 1, task 1.1 · Single response*
#
# An HR onboarding workflow in AWS Step Functions must pause after creating accounts until a manager approves the new hire in an internal web app, which can take several days. The workflow must then continue from where it stopped. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Have a Lambda Task state poll the approval database in a loop until the manager approves.
# - **B.** Use an Express workflow so that the execution can stay open for as long as the approval takes to arrive.
# - **C.** Use a Task state with .waitForTaskToken; the approval app returns the token with SendTaskSuccess.
# - **D.** Use a Wait state of 7 days, followed by a Choice state that checks a database for the manager's approval.

# %% [markdown]
# ### Q30
# *Domain 3, task 3.3 · Single response*
#
# A regulated company's release policy says a named release manager must sign off each change after it passes automated tests in staging and before it reaches production. The pipeline runs in AWS CodePipeline. Which solution meets this requirement with the LEAST development effort?
#
# - **A.** Run the production deployment only on Fridays through an EventBridge schedule.
# - **B.** Add a manual approval action before the production stage, with an SNS notification to the release manager.
# - **C.** Require the release manager to merge every pull request into the main branch.
# - **D.** Give only the release manager the IAM permission to start executions of the pipeline.

# %% [markdown]
# ### Q31
# *Domain 2, task 2.1 · Single response*
#
# A platform team maintains the permissions that twelve different IAM roles need to publish metrics and write logs. The permissions change a few times a year, and the team wants to edit them in one place, see earlier versions and roll back a bad change. Which type of policy meets these requirements with the LEAST operational overhead?
#
# - **A.** An inline policy embedded in each of the twelve roles.
# - **B.** An AWS managed policy, edited to add the team's changes.
# - **C.** A customer managed policy attached to all twelve roles.
# - **D.** A service control policy attached to the account.

# %% [markdown]
# ### Q32
# *Domain 1, task 1.2 · Single response*
#
# An order-import Lambda function writes to a relational database that can handle at most about 60 concurrent connections. During bulk imports the function scales to hundreds of concurrent executions and the database refuses connections. The team wants to cap the function's concurrency at 50 and also make sure those 50 can always run even when other functions in the account are busy. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Request a lower account-level concurrency quota of 50.
# - **B.** Configure provisioned concurrency of 50 on the function's alias.
# - **C.** Set the function's timeout to 60 seconds so that connections are released faster.
# - **D.** Set the function's reserved concurrency to 50.

# %% [markdown]
# ### Q33
# *Domain 4, task 4.2 · Single response*
#
# A streaming service has separate CloudWatch alarms for high latency and for high 5xx error rate. Each alarm on its own pages the team too often for harmless spikes. The team wants to be paged only when both conditions occur at the same time. Which solution meets this requirement with the LEAST operational overhead?
#
# - **A.** Use anomaly detection on the latency metric only.
# - **B.** Increase the evaluation periods of both alarms to 24 hours to filter out spikes.
# - **C.** Create a composite alarm with the rule ALARM(latency) AND ALARM(errors) and page from it.
# - **D.** Create a metric math expression that adds the latency and error counts together and alarm on the sum.

# %% [markdown]
# ### Q34
# *Domain 3, task 3.3 · Single response*
#
# A developer adds a new mapping template to a method of an Amazon API Gateway REST API and wants to check the transformed request and the backend response before deploying the API to any stage. What should the developer do with the LEAST effort?
#
# - **A.** Deploy to a new stage named scratch and call its invoke URL.
# - **B.** Enable CloudWatch execution logging on the prod stage and call the production URL.
# - **C.** Run the method's Test feature in the API Gateway console (TestInvokeMethod).
# - **D.** Run sam local start-api, which runs mapping templates exactly as API Gateway does.

# %% [markdown]
# ### Q35
# *Domain 3, task 3.3 · Single response*
#
# A company's AWS CodePipeline pipeline deploys a web API to a staging environment. The team wants an automated suite of API tests to run against staging after every deployment and to stop the pipeline before the production stage if any test fails. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Add a CodeBuild test action that runs the suite after the staging deploy action.
# - **B.** Add a manual approval action and ask testers to run the suite by hand.
# - **C.** Run the suite from a nightly cron job on an EC2 instance and email the results to the team.
# - **D.** Configure the production deploy action to retry three times when the API returns errors.

# %% [markdown]
# ### Q36
# *Domain 1, task 1.3 · Single response*
#
# A gaming company lets players trade items. A trade must move an item from one player's inventory to another's, deduct coins from the buyer and credit the seller, all as one all-or-nothing operation that fails if the buyer lacks coins. The records live in two DynamoDB tables. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Use TransactWriteItems with a condition that checks the buyer's balance.
# - **B.** Enable DynamoDB Streams and have a Lambda function apply the remaining updates.
# - **C.** Use BatchWriteItem to write all four records in one request to both tables.
# - **D.** Perform four UpdateItem calls and undo the earlier ones if a later call fails.

# %% [markdown]
# ### Q37
# *Domain 1, task 1.1 · Single response*
#
# An engineering firm sends CAD conversion jobs through an Amazon SQS queue. Each job includes a drawing of about 5 MB, and sends fail because the message is too large. The consumers must still receive the job parameters and the drawing. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Switch to an SQS FIFO queue, which supports larger messages than a standard queue.
# - **B.** Upload the drawing to S3 and send a message that holds the job parameters and the object's S3 key.
# - **C.** Compress the drawing with gzip and send it as a message attribute instead of the message body.
# - **D.** Raise the queue's MaximumMessageSize attribute to 10 MB with a SetQueueAttributes call before sending the jobs.

# %% [markdown]
# ### Q38
# *Domain 2, task 2.1 · Single response*
#
# A media company keeps a shared Amazon DynamoDB table in its data account. An AWS Lambda function in the company's separate analytics account must write items to that table. The security team does not allow long-term credentials to be shared between accounts. Which solution meets these requirements in the MOST secure way?
#
# - **A.** Create an IAM user in the data account, store its access keys as encrypted environment variables of the function, and sign the DynamoDB calls with them.
# - **B.** Create a role in the data account that can put items in the table and trusts the execution role; have the function call sts:AssumeRole.
# - **C.** Add a statement to the function's execution role that allows dynamodb:PutItem on the table's ARN in the data account, with no other change.
# - **D.** Create a VPC peering connection between the two accounts' VPCs, then call DynamoDB over the peering connection with the execution role.

# %% [markdown]
# ### Q39
# *Domain 2, task 2.2 · Select 2*
#
# A car-sharing company exposes an Amazon API Gateway REST API to fleet devices. Each device has a client certificate issued by the company's own CA, and the API must reject any connection that does not present a valid client certificate. Which combination of steps meets these requirements with the LEAST custom code? (Select TWO.)
#
# - **A.** Create a usage plan and give each device an API key tied to its certificate.
# - **B.** Store a truststore of the company's CA certificates in Amazon S3 and enable mutual TLS on a custom domain.
# - **C.** Add a resource policy that allows requests only from the devices' public IP ranges.
# - **D.** Write a Lambda authorizer that reads the client certificate from the request body and compares it with a list.
# - **E.** Disable the API's default execute-api endpoint so that clients can connect only through the custom domain.

# %% [markdown]
# ### Q40
# *Domain 4, task 4.1 · Select 2*
#
# A Lambda function that processes uploads shows a rising Throttles metric and clients receive TooManyRequestsException, although the function's own invocation rate has not changed. Which are the MOST likely root causes that the developer should check? (Select TWO.)
#
# - **A.** Another function in the same account and Region has scaled up and is consuming most of the unreserved account concurrency.
# - **B.** The function's CloudWatch log group has reached its storage limit.
# - **C.** The function's execution role lacks the lambda:InvokeFunction permission.
# - **D.** Someone has set a low reserved concurrency value on this function.
# - **E.** The function's memory setting is too low for its workload.

# %% [markdown]
# ### Q41
# *Domain 4, task 4.2 · Single response*
#
# A company is starting a new set of microservices in 2026 and wants distributed tracing that shows up in AWS X-Ray. The platform team notes that the X-Ray SDKs and daemon have entered maintenance mode. Which instrumentation approach should the developers choose to need the LEAST maintenance effort later?
#
# - **A.** Use the X-Ray SDKs, because they are the only way to send trace data to X-Ray.
# - **B.** Use CloudTrail to record every service-to-service call.
# - **C.** Write trace IDs to CloudWatch Logs and correlate the services' logs manually.
# - **D.** Instrument with OpenTelemetry through ADOT, exporting the traces to X-Ray.

# %% [markdown]
# ### Q42
# *Domain 2, task 2.1 · Select 2*
#
# A gaming company wants players to sign in to its web game either with their Google accounts or through the company's esports partner, which provides a SAML 2.0 identity provider. The game's backend must receive the same kind of Amazon Cognito user pool tokens no matter how the player signed in. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Create an IAM SAML identity provider for the partner and have the game call sts:AssumeRoleWithSAML.
# - **B.** Create an IAM user for each partner player and let them sign in with those credentials.
# - **C.** Add Google as a social identity provider to the user pool and enable it on the app client.
# - **D.** Configure an identity pool with developer-authenticated identities for both providers.
# - **E.** Add the partner's SAML identity provider to the user pool and enable it on the app client.

# %% [markdown]
# ### Q43
# *Domain 1, task 1.2 · Single response*
#
# A new Lambda function that calls an external geocoding API works in unit tests, but in production the logs show "Task timed out after 3.00 seconds" for many requests. The API usually responds in 4 to 6 seconds. The function configuration was left at its defaults. What is the MOST appropriate fix?
#
# - **A.** Raise the function timeout above the API's response time, such as 15 seconds.
# - **B.** Configure an on-failure destination to retry the timed-out requests.
# - **C.** Enable provisioned concurrency so that the function does not wait for a cold start.
# - **D.** Increase the function's memory to 10,240 MB so that the API call completes faster.

# %% [markdown]
# ### Q44
# *Domain 3, task 3.3 · Single response*
#
# A team updates an AWS CloudFormation stack that changes an Auto Scaling group's launch template. They want CloudFormation to roll back the update automatically if a CloudWatch alarm on the application's 5xx rate goes off during the update or shortly after. Which solution meets these requirements with the LEAST development effort?
#
# - **A.** A stack policy that denies Update:Replace on the Auto Scaling group.
# - **B.** A DeletionPolicy of Retain on the launch template.
# - **C.** Drift detection scheduled every five minutes.
# - **D.** Rollback triggers naming the alarm.

# %% [markdown]
# ### Q45
# *Domain 1, task 1.2 · Single response*
#
# An analytics service invokes a Lambda function asynchronously with sensor bundles that have grown to about 2 MB each, and the Invoke calls now fail with a request-too-large error. Which solution meets the requirement with the LEAST change to the processing logic?
#
# - **A.** Increase the function's memory so that it can accept larger events.
# - **B.** Put each bundle in S3 and invoke the function with the bucket and key.
# - **C.** Invoke the function synchronously instead, which accepts payloads of up to 10 MB.
# - **D.** Base64-encode the bundle to reduce its size before invoking.

# %% [markdown]
# ### Q46
# *Domain 3, task 3.3 · Single response*
#
# An Amazon ECS service's task definition uses the image tag latest. After a scaling event, some tasks run new code that nobody deployed, while older tasks run the previous build. What should the team change so that every task runs the approved build, with the LEAST maintenance effort?
#
# - **A.** Force a new deployment of the service every hour so that all running tasks pull the latest tag together.
# - **B.** Enable ECR image scanning so that unapproved images are blocked.
# - **C.** Reduce the service's desired count to one task so that only one version can run at a time.
# - **D.** Register each release as a new task definition revision that uses a unique, immutable tag or digest of the image.

# %% [markdown]
# ### Q47
# *Domain 3, task 3.3 · Single response*
#
# A news site's AWS Lambda function is invoked through a prod alias. An hour ago the pipeline moved the alias from version 14, the last approved version, to version 15, which is now causing errors. The team wants to return to the approved code in seconds, with the LEAST downtime, without running the pipeline. What should the team do?
#
# - **A.** Update the prod alias so that it points back to version 14.
# - **B.** Edit $LATEST to undo the change and publish version 16.
# - **C.** Delete version 15 so that Lambda falls back to the previous version.
# - **D.** Redeploy the whole CloudFormation stack from last week's template.

# %% [markdown]
# ### Q48
# *Domain 4, task 4.3 · Single response*
#
# A car-rental company publishes all booking events to one Amazon SNS topic. Each event has a message attribute region with values such as EU, US or APAC. The EU compliance service, subscribed through an SQS queue, currently receives every event and discards about 80 percent of them in code. How can the team reduce this wasted processing with the LEAST effort?
#
# - **A.** Enable raw message delivery on the subscription.
# - **B.** Add a subscription filter policy {"region": ["EU"]} to the EU service's subscription.
# - **C.** Set a delivery delay on the SQS queue so the service processes messages in batches.
# - **D.** Create a separate SNS topic per region and have the publisher send each event to the right topic.

# %% [markdown]
# ### Q49
# *Domain 3, task 3.3 · Select 2*
#
# After each deployment to staging, a pipeline must run automated smoke tests and block the promotion to production if they fail. The team wants to use AWS services it already has in AWS CodePipeline. Which actions could run these tests with the LEAST operational overhead? (Select TWO.)
#
# - **A.** An AWS CodeBuild test action that runs the smoke-test suite.
# - **B.** An Amazon S3 deploy action that uploads the test results.
# - **C.** A manual approval action with a link to the test plan.
# - **D.** An AWS Lambda invoke action whose function runs the tests and reports the result.
# - **E.** An AWS CloudTrail trail that records the deployment.

# %% [markdown]
# ### Q50
# *Domain 2, task 2.3 · Single response*
#
# A team enables rotation for a secret in AWS Secrets Manager. The rotation function runs in private subnets next to the database, which have no NAT gateway. Every rotation times out while calling Secrets Manager. Which change fixes the problem with the LEAST effort while keeping the subnets private?
#
# - **A.** Increase the rotation function's timeout to 15 minutes.
# - **B.** Move the database into a public subnet so that the function can reach both services.
# - **C.** Attach an internet gateway to the private subnets' route tables.
# - **D.** Create an interface VPC endpoint for Secrets Manager in the VPC.

# %% [markdown]
# ### Q51
# *Domain 2, task 2.2 · Single response*
#
# A multi-tenant SaaS app encrypts small tenant secrets with the AWS KMS Encrypt API. The architects want ciphertext from one tenant to fail decryption if it is ever presented as another tenant's data, and they want each decryption to show the tenant ID in AWS CloudTrail. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** A separate key alias for each tenant, all pointing to the same KMS key.
# - **B.** An encryption context that contains the tenant ID, passed on both Encrypt and Decrypt.
# - **C.** A grant for each tenant that names the tenant ID as the grantee principal of the key.
# - **D.** A key policy condition on aws:PrincipalTag that matches the tenant ID.

# %% [markdown]
# ### Q52
# *Domain 4, task 4.1 · Single response*
#
# A weather-data company sells API access through Amazon API Gateway usage plans. One customer reports frequent HTTP 429 Too Many Requests responses, while other customers see none and the backend metrics look healthy. What is the MOST likely cause?
#
# - **A.** The API's TLS certificate has expired.
# - **B.** The backend Lambda function is failing for that customer's requests.
# - **C.** The customer's API key exceeds its usage plan's throttle or quota.
# - **D.** The customer's IAM policy denies execute-api:Invoke.

# %% [markdown]
# ### Q53
# *Domain 4, task 4.3 · Single response*
#
# A CPU-bound Lambda function runs for 4 seconds at 1,024 MB. In a test at 2,048 MB, it runs for 1.5 seconds. Billing is per GB-second at the same rate for both sizes. What is the effect of moving to 2,048 MB?
#
# - **A.** The cost stays the same, because Lambda bills per request only.
# - **B.** The function becomes faster but twice as expensive, because memory doubles.
# - **C.** The function becomes slower, because larger memory sizes have longer cold starts.
# - **D.** It becomes faster and cheaper: 3 GB-seconds per invocation instead of 4.

# %% [markdown]
# ### Q54
# *Domain 2, task 2.1 · Single response*
#
# A developer uses the AWS CLI to create an Amazon EventBridge rule that runs an AWS Lambda function every hour. The rule shows failed invocations, and the function never runs. The same setup created in the console works. What is the MOST likely cause?
#
# - **A.** The function's execution role does not list events.amazonaws.com as a trusted principal in its trust policy.
# - **B.** The rule needs an IAM user with lambda:InvokeFunction in its target configuration.
# - **C.** EventBridge can invoke Lambda only through an Amazon SNS topic.
# - **D.** The function's resource-based policy does not allow events.amazonaws.com to invoke it for the rule's ARN.

# %% [markdown]
# ### Q55
# *Domain 2, task 2.3 · Select 2*
#
# A junior developer pushed a commit to a public Git repository that contains an IAM user's access key ID and secret access key. Which actions are the MOST urgent? (Select TWO.)
#
# - **A.** Rotate the KMS keys that encrypt the team's S3 buckets.
# - **B.** Delete the commit from the latest branch with a force push and then consider the incident closed.
# - **C.** Make the repository private, which removes all copies of the key.
# - **D.** Deactivate the exposed access key immediately and give the user a new key if one is still needed.
# - **E.** Open an AWS Support case and wait for AWS to confirm that the key was misused before changing anything.
# - **F.** Review AWS CloudTrail for API calls made with the exposed key ID and undo any unauthorized changes.

# %% [markdown]
# ### Q56
# *Domain 1, task 1.1 · Single response*
#
# A bank runs a fraud-scoring application that consumes an Amazon Kinesis data stream. After a defect is fixed, the team wants to be able to reprocess up to 30 days of past records straight from the stream, without building a separate archive. What should the developer do with the LEAST operational overhead?
#
# - **A.** Split the shards so that the stream can hold more days of data.
# - **B.** Do nothing, because Kinesis Data Streams always keeps records for 30 days.
# - **C.** Enable enhanced fan-out for the consumer so that it can read records older than the retention period.
# - **D.** Increase the stream's data retention period to at least 720 hours (30 days).

# %% [markdown]
# ### Q57
# *Domain 1, task 1.1 · Single response*
#
# A brokerage processes trade instructions with Amazon SQS. Instructions for the same account must be processed strictly in the order they were sent, but instructions for different accounts should be processed in parallel by several consumers. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Use an SQS standard queue and include a sequence number that consumers sort on.
# - **B.** Use an SQS standard queue with a delivery delay of 1 second per message.
# - **C.** Use an SQS FIFO queue and set the MessageGroupId to the account ID.
# - **D.** Use an SQS FIFO queue with the same MessageGroupId for every message.

# %% [markdown]
# ### Q58
# *Domain 4, task 4.2 · Select 2*
#
# A developer is instrumenting an order service with tracing. On-call engineers must be able to search traces by customer tier (gold, silver, bronze), and when they open a trace they want to see the full validated order object (a nested JSON document of several KB) for debugging. Which combination of instrumentation choices meets these requirements? (Select TWO.)
#
# - **A.** Record the customer tier as metadata.
# - **B.** Encode both values in the trace ID header.
# - **C.** Record the customer tier as an annotation.
# - **D.** Record the order object as an annotation.
# - **E.** Record the order object as metadata.

# %% [markdown]
# ### Q59
# *Domain 3, task 3.3 · Select 2*
#
# A developer reviews an AWS CloudFormation change set before a release. Which information does the change set give the developer? (Select TWO.)
#
# - **A.** The estimated change in the monthly bill.
# - **B.** The resources that will be added, modified or removed.
# - **C.** The runtime errors the application will raise after the update.
# - **D.** The drift status of every resource in the stack.
# - **E.** Whether modifying each resource requires replacing it.

# %% [markdown]
# ### Q60
# *Domain 3, task 3.3 · Select 2*
#
# A team uses AWS SAM with AutoPublishAlias and a canary DeploymentPreference for a payment function. They want each new version tested automatically with a sample payment event before any traffic shifts, and the deployment rolled back if the error rate rises during the canary. Which combination of settings meets these requirements with the LEAST development effort? (Select TWO.)
#
# - **A.** Add a PreTraffic hook function that invokes the new version with the sample event.
# - **B.** Set DeploymentPreference Type to AllAtOnce so that tests run on all traffic.
# - **C.** List a CloudWatch alarm on the function's errors under DeploymentPreference Alarms.
# - **D.** Add a manual approval action to the pipeline that runs after the canary period has finished.
# - **E.** Remove AutoPublishAlias so that the hooks run against $LATEST.
# - **F.** Set the function's reserved concurrency to zero during the canary so that only the hook can call the new version.

# %% [markdown]
# ### Q61
# *Domain 2, task 2.1 · Single response*
#
# A software vendor offers a cost-reporting SaaS product. Each customer creates an IAM role in their own account that the vendor's AWS account assumes. A customer's security team is worried that another of the vendor's customers could trick the vendor into using this role. Which addition to the role's trust policy is the MOST effective protection?
#
# - **A.** A condition that requires aws:MultiFactorAuthPresent to be true for the vendor's principal.
# - **B.** A condition on aws:SourceIp that lists the customer's own office IP ranges.
# - **C.** A Deny statement for sts:AssumeRole from all principals outside AWS Organizations.
# - **D.** A condition that sts:ExternalId equals a unique value that the vendor gave this customer.

# %% [markdown]
# ### Q62
# *Domain 2, task 2.3 · Single response*
#
# Several support engineers have read access to an AWS Lambda function's configuration in the console. A developer must store a webhook token in an environment variable, but the engineers must not be able to see the token's value when they open the function. Which solution meets this requirement in the MOST secure way?
#
# - **A.** Mark the environment variable as sensitive in the function's tags so that the console hides its value.
# - **B.** Encrypt the value with the console's encryption helpers and a KMS key, and decrypt it in the code with KMS Decrypt.
# - **C.** Change the default encryption of environment variables to a customer managed key, which masks values in the console.
# - **D.** Base64-encode the token before saving it in the environment variable, and decode it in the function's initialization code.

# %% [markdown]
# ### Q63
# *Domain 1, task 1.2 · Select 2*
#
# Twelve Python Lambda functions owned by one team copy the same in-house data-validation package into every deployment package. The team wants to maintain the package in one place and reference it from each function. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Store the library source code in an environment variable and import it dynamically at runtime from each handler.
# - **B.** Package the library as a Lambda extension so that it runs alongside each function.
# - **C.** Download the library from Amazon S3 into /tmp at the start of every invocation.
# - **D.** Add the layer version ARN to each function's configuration.
# - **E.** Publish the library, zipped under a python/ folder, as a Lambda layer version.
# - **F.** Publish the package to a private CodeArtifact repository and have each function pip install it into /tmp during initialization.

# %% [markdown]
# ### Q64
# *Domain 1, task 1.1 · Single response*
#
# A subscription platform must send each customer a renewal reminder at a specific date and time that differs for every customer, which adds up to millions of one-off reminders a month. Each reminder invokes a Lambda function with the customer's ID. The team wants a managed solution with no polling. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Create a one-time schedule in EventBridge Scheduler for each reminder that targets the Lambda function.
# - **B.** Store reminders in DynamoDB and run a Lambda function every minute that scans for due reminders.
# - **C.** Create an EventBridge rule with a cron expression for each customer's reminder time on the default event bus.
# - **D.** Send each reminder to an SQS queue with a delivery delay equal to the time until the reminder.

# %% [markdown]
# ### Q65
# *Domain 1, task 1.3 · Select 2*
#
# A fitness-tracking company is designing a DynamoDB table that will receive about 40,000 writes per second from wearable devices. Each device sends a reading every few seconds. The developer must choose a partition key that spreads the writes evenly across partitions. Which attributes spread the writes MOST evenly as partition keys? (Select TWO.)
#
# - **A.** readingDate, the calendar date of the reading
# - **B.** deviceId, unique for each of several million devices
# - **C.** userId#date, combining the wearer and the day
# - **D.** isActive, a Boolean flag that is true for devices currently being worn
# - **E.** deviceModel, which has 12 possible values spread evenly across the fleet

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
    5: "",
    6: "",  # Select 2 of ABCDE
    7: "",  # Select 2 of ABCDE
    8: "",
    9: "",
    10: "",
    11: "",
    12: "",
    13: "",
    14: "",
    15: "",
    16: "",  # Select 2 of ABCDEF
    17: "",
    18: "",
    19: "",
    20: "",  # Select 2 of ABCDE
    21: "",
    22: "",  # Select 2 of ABCDE
    23: "",
    24: "",
    25: "",
    26: "",
    27: "",
    28: "",  # Select 2 of ABCDE
    29: "",
    30: "",
    31: "",
    32: "",
    33: "",
    34: "",
    35: "",
    36: "",
    37: "",
    38: "",
    39: "",  # Select 2 of ABCDE
    40: "",  # Select 2 of ABCDE
    41: "",
    42: "",  # Select 2 of ABCDE
    43: "",
    44: "",
    45: "",
    46: "",
    47: "",
    48: "",
    49: "",  # Select 2 of ABCDE
    50: "",
    51: "",
    52: "",
    53: "",
    54: "",
    55: "",  # Select 2 of ABCDEF
    56: "",
    57: "",
    58: "",  # Select 2 of ABCDE
    59: "",  # Select 2 of ABCDE
    60: "",  # Select 2 of ABCDEF
    61: "",
    62: "",
    63: "",  # Select 2 of ABCDEF
    64: "",
    65: "",  # Select 2 of ABCDE
}
### BEGIN SOLUTION
answers.update({1: 'B', 2: 'A', 3: 'A', 4: 'D', 5: 'C', 6: ['C', 'E'], 7: ['B', 'E'], 8: 'C', 9: 'D', 10: 'A', 11: 'B', 12: 'D', 13: 'C', 14: 'D', 15: 'B', 16: ['A', 'C'], 17: 'B', 18: 'A', 19: 'B', 20: ['A', 'B'], 21: 'D', 22: ['A', 'E'], 23: 'D', 24: 'C', 25: 'C', 26: 'D', 27: 'C', 28: ['B', 'E'], 29: 'C', 30: 'B', 31: 'C', 32: 'D', 33: 'C', 34: 'C', 35: 'A', 36: 'A', 37: 'B', 38: 'B', 39: ['B', 'E'], 40: ['A', 'D'], 41: 'D', 42: ['C', 'E'], 43: 'A', 44: 'D', 45: 'B', 46: 'D', 47: 'A', 48: 'B', 49: ['A', 'D'], 50: 'D', 51: 'B', 52: 'C', 53: 'D', 54: 'D', 55: ['D', 'F'], 56: 'D', 57: 'C', 58: ['C', 'E'], 59: ['B', 'E'], 60: ['A', 'C'], 61: 'D', 62: 'B', 63: ['D', 'E'], 64: 'A', 65: ['B', 'C']})
### END SOLUTION

# %% nbgrader={"grade": false, "grade_id": "check_sheet", "locked": true}
check_sheet(answers, 'ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCDEF:2 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCDE:2')

# %% [markdown]
# ## Checks
# One cell per question; each earns its point when graded.

# %% nbgrader={"grade": true, "grade_id": "q001_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 1, 'd3t3-010', ['B'], {'A': "A change set compares a template with the stack's recorded template, not with the live resources, so manual changes do not show.", 'B': 'Correct. Drift detection compares the actual configuration of stack resources with the expected values from the template and reports the differences.', 'C': 'Stack policies restrict updates made through CloudFormation; they neither see nor block manual changes.', 'D': "StackSets deploy stacks to many accounts and Regions; a second stack's outputs say nothing about manual rule changes."})
### END HIDDEN TESTS
check_answer(answers, 1, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q002_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 2, 'd1t3-022', ['A'], {'A': 'Each stage matches the access pattern: Standard-IA keeps millisecond access, Glacier Flexible Retrieval restores within hours (Deep Archive can take up to 12 hours), and expiration deletes the logs.', 'B': 'Logs in Deep Archive take hours to retrieve, which breaks the frequent reads in the first 30 days.', 'C': 'Lifecycle rules cannot move objects back to Standard, and 7 days is below the 30-day minimum before an IA transition.', 'D': 'This meets access needs but pays Standard prices for data that is rarely read.'})
### END HIDDEN TESTS
check_answer(answers, 2, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q003_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 3, 'd3t3-004', ['A'], {'A': 'Correct. Build once and promote the approved artifact, so production runs exactly what was tested.', 'B': 'The order of the builds does not matter; two builds can still differ.', 'C': 'latest is a moving tag, which causes this exact problem.', 'D': 'An approval does not make the two builds identical.'})
### END HIDDEN TESTS
check_answer(answers, 3, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q004_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 4, 'd4t3-015', ['D'], {'A': 'Each key still receives one request per object, and more keys add monthly charges.', 'B': 'Rotation changes the key material; it does not reduce the number of requests.', 'C': 'This removes KMS calls but gives up SSE-KMS, which the team must keep.', 'D': 'A bucket-level key derived from the KMS key lets S3 encrypt many objects without a KMS call for each one, cutting requests and cost.'})
### END HIDDEN TESTS
check_answer(answers, 4, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q005_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 5, 'd4t3-011', ['C'], {'A': 'Backtrack rewinds the database to an earlier point in time; it does not cache queries.', 'B': 'DAX caches DynamoDB only; it does not work with Aurora.', 'C': 'The expensive query runs only on a cache miss, so most requests never reach the database.', 'D': 'This adds capacity but the same query still runs thousands of times.'})
### END HIDDEN TESTS
check_answer(answers, 5, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q006_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 6, 'd4t3-013', ['C', 'E'], {'A': 'Versioning keeps object versions; it does not make uploads faster or resumable.', 'B': 'The storage class does not affect upload speed.', 'C': 'Transfer Acceleration routes uploads through nearby CloudFront edge locations over the AWS network, which helps distant offices.', 'D': 'A single PUT is limited to 5 GB, and video files barely compress.', 'E': 'Multipart upload is recommended above about 100 MB; parallel parts raise throughput and only failed parts need to be resent.'})
### END HIDDEN TESTS
check_answer(answers, 6, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q007_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 7, 'd2t3-011', ['B', 'E'], {'A': 'SSE-S3 is transparent to anyone who has s3:GetObject, so it does not limit who can read the data.', 'B': 'Correct. Classification drives access control: tags let policies treat PHI differently from ordinary data.', 'C': 'Environment variables are tiny, are shown to anyone with read access to the function configuration and are not a data store.', 'D': 'Transfer Acceleration speeds up uploads over long distances; HTTPS, not acceleration, protects data in transit.', 'E': "Correct. Macie's automated discovery keeps finding sensitive data as new objects arrive."})
### END HIDDEN TESTS
check_answer(answers, 7, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q008_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 8, 'd3t3-015', ['C'], {'A': 'One shared stack means pull requests are not isolated and wait for each other.', 'B': 'Permanent environments are paid for even when nobody uses them.', 'C': 'Correct. Infrastructure as code makes short-lived, isolated stacks cheap to create and remove for each pull request.', 'D': 'Local emulation misses real service behaviour such as IAM permissions and integrations.'})
### END HIDDEN TESTS
check_answer(answers, 8, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q009_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 9, 'd1t3-024', ['D'], {'A': 'Standard-IA charges a retrieval fee per GB, which hurts when datasets become popular again.', 'B': 'Retrieval takes minutes to hours and is charged, which does not suit data that can become popular at any time.', 'C': 'It has retrieval fees and stores data in a single Availability Zone.', 'D': 'It moves objects between access tiers automatically based on use, with no retrieval fees, for a small monitoring charge per object.'})
### END HIDDEN TESTS
check_answer(answers, 9, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q010_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 10, 'd1t1-020', ['A'], {'A': 'S3 events sent to EventBridge can be matched on fields such as object key and size, and each rule can route to many kinds of targets.', 'B': 'S3 notification filters support key prefix and suffix only, not object size.', 'C': 'Inventory is a scheduled report, so routing would be delayed by up to a day.', 'D': 'Searching CloudTrail is a polling design with delay and extra cost compared with native event routing.'})
### END HIDDEN TESTS
check_answer(answers, 10, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q011_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 11, 'd1t3-014', ['B'], {'A': 'Compression may help slightly, but scanned documents of several MB will not reliably fit in 400 KB.', 'B': 'DynamoDB items are limited to 400 KB including attribute names, so large binary content belongs in S3 with a pointer in the item.', 'C': 'Capacity mode does not change the maximum item size.', 'D': 'The 400 KB limit applies to the whole item, not to each attribute.'})
### END HIDDEN TESTS
check_answer(answers, 11, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q012_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 12, 'd2t1-011', ['D'], {'A': 'This helps only new uploads and keeps the bucket dependent on ACLs; the existing partner objects would still be unreadable.', 'B': 'Versioning keeps object versions; it does not change who owns an object.', 'C': "The company's role already has read permission; the problem is that the partner account owns those objects under the old ACL model.", 'D': 'Correct. With Bucket owner enforced, ACLs no longer apply and the bucket owner owns and controls all objects, existing and new, so access is governed by policies alone.'})
### END HIDDEN TESTS
check_answer(answers, 12, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q013_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 13, 'd3t3-005', ['C'], {'A': 'Manual redeploys to one environment cannot show several branches at the same time.', 'B': 'A domain alone does not deploy branches; it can only give deployed branches nicer names.', 'C': 'Correct. Amplify can connect new branches matching a pattern automatically and build web previews for pull requests, each with its own URL.', 'D': 'Redirects and rewrites change URL routing inside an app; they do not create deployments.'})
### END HIDDEN TESTS
check_answer(answers, 13, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q014_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 14, 'd2t2-016', ['D'], {'A': 'Every DynamoDB table is encrypted at rest, and the key type of an existing table can be changed at any time without migration.', 'B': 'There is no console switch for client-side encryption; that requires a client library such as the AWS Database Encryption SDK.', 'C': 'AWS managed keys log their use in CloudTrail but cannot be disabled or have their key policy changed by the customer.', 'D': 'Correct. A customer managed key gives full control: its use is logged in CloudTrail and it can be disabled or have its key policy changed.'})
### END HIDDEN TESTS
check_answer(answers, 14, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q015_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 15, 'd1t3-004', ['B'], {'A': 'A GSI is still eventually consistent, and orderTotal as partition key would not group orders by customer.', 'B': "Local secondary indexes share the table's partition key, support strongly consistent reads, and must be defined when the table is created.", 'C': 'Local secondary indexes can only be created together with the table.', 'D': 'Global secondary indexes never offer strongly consistent reads, so retries cannot guarantee them.'})
### END HIDDEN TESTS
check_answer(answers, 15, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q016_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 16, 'd2t2-004', ['A', 'C'], {'A': 'Correct. The deny rejects uploads that explicitly request another key or another encryption type, which default encryption alone would accept.', 'B': 'S3 Bucket Keys reduce the number of calls to KMS for SSE-KMS; they do not choose or enforce a key.', 'C': 'Correct. Default encryption applies the customer managed key to uploads that do not ask for any encryption.', 'D': 'Versioning keeps earlier versions of objects; it does not refuse uploads or choose the encryption key.', 'E': 'Since January 2023 new objects get SSE-S3 automatically, but SSE-S3 uses S3-owned keys, not the required customer managed key.', 'F': 'Object Lock prevents deletion and overwrites for a retention period; it has nothing to do with which key encrypts an object.'})
### END HIDDEN TESTS
check_answer(answers, 16, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q017_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 17, 'd3t3-001', ['B'], {'A': 'Drift detection compares deployed resources with the current template; it does not preview a new template.', 'B': 'Correct. A change set lists the resources to be added, modified or removed and shows whether a modification requires replacement, as a table rename does.', 'C': 'Termination protection prevents stack deletion; it does not stop replacements during updates.', 'D': "validate-template only checks the template's syntax, not the effect on the stack."})
### END HIDDEN TESTS
check_answer(answers, 17, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q018_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 18, 'd4t1-003', ['A'], {'A': 'With proxy integration the function must return statusCode, headers and a string body; API Gateway treats any other shape as malformed and returns 502.', 'B': "No such permission exists: the function returns data in the invoke response, and API Gateway's right to invoke it comes from the function's resource policy.", 'C': 'Throttling returns 429 Too Many Requests.', 'D': 'A timeout results in 504 Gateway Timeout, not 502.'})
### END HIDDEN TESTS
check_answer(answers, 18, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q019_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 19, 'd2t3-013', ['B'], {'A': "An identity policy alone cannot grant access to another account's secret; the secret's resource policy and its key's policy must also allow the caller.", 'B': "Correct. Cross-account access needs the secret's resource policy, a customer managed key whose policy allows the other account, and IAM permissions on the caller's side.", 'C': 'The AWS managed key aws/secretsmanager cannot be used from another account, so decryption would fail.', 'D': 'Replication copies a secret to other Regions in the same account, not to another account.'})
### END HIDDEN TESTS
check_answer(answers, 19, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q020_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 20, 'd2t2-010', ['A', 'B'], {'A': 'Correct. ACM provides and automatically renews the public certificate used by the listener for browser connections.', 'B': 'Correct. An HTTPS target group makes the load balancer open a TLS connection to each instance, so the traffic is encrypted end to end.', 'C': 'Browsers do not trust self-signed certificates, so users would see warnings.', 'D': 'Restricting the port does not encrypt anything; port 80 traffic is plain HTTP.', 'E': 'This protects log files at rest, not traffic in transit.'})
### END HIDDEN TESTS
check_answer(answers, 20, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q021_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 21, 'd2t3-022', ['D'], {'A': 'The app would need KMS permissions to decrypt, so anyone who extracts the app could decrypt the secret the same way.', 'B': "A public URL lets anyone download the secret, and local storage on a device is not under the company's control.", 'C': 'Anything shipped in a client can be extracted; frequent rotation only shortens the exposure.', 'D': 'Correct. Secrets must stay on the server side; the backend reads the secret with its own role and the app never sees it.'})
### END HIDDEN TESTS
check_answer(answers, 21, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q022_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 22, 'd1t2-028', ['A', 'E'], {'A': 'SnapStart restores a snapshot of the already-initialized environment instead of running the full init.', 'B': 'Tracing shows where init time goes but does not reduce it.', 'C': 'Reserved concurrency guarantees capacity but does not pre-initialize environments.', 'D': 'A longer timeout does not make initialization faster.', 'E': 'Less code to load and fewer reflection-heavy start-up steps shorten the INIT phase.'})
### END HIDDEN TESTS
check_answer(answers, 22, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q023_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 23, 'd1t2-011', ['D'], {'A': 'This removes cold starts but bills for pre-warmed environments all the time, which the team wants to avoid.', 'B': 'The timeout limits total run time; it does not shorten initialization.', 'C': 'Warming pings keep only one environment warm and do not help when traffic needs several at once.', 'D': 'SnapStart snapshots the initialized execution environment when a version is published and resumes from it, greatly reducing init time without provisioned-concurrency charges.'})
### END HIDDEN TESTS
check_answer(answers, 23, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q024_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 24, 'd1t3-016', ['C'], {'A': 'Write-through caches every written item, including recipes nobody reads, and a new node is empty until data is written again.', 'B': 'This caches everything, serves stale data during the day, and leaves a fresh node empty until the next run.', 'C': 'Lazy loading (cache-aside) fills the cache only with requested data, and on a node failure requests simply miss and fall back to the database.', 'D': 'This never uses the cache for normal reads, so it does not reduce database load.'})
### END HIDDEN TESTS
check_answer(answers, 24, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q025_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 25, 'd1t2-013', ['C'], {'A': 'The 250 MB unzipped limit covers the function and all its layers combined, so splitting does not help.', 'B': 'Ephemeral storage is /tmp scratch space; it does not raise the deployment package limit.', 'C': 'Container images for Lambda can be up to 10 GB, while a .zip package plus its layers is limited to 250 MB unzipped.', 'D': 'Uploading through S3 raises the direct-upload limit for the zipped file but not the 250 MB unzipped limit.'})
### END HIDDEN TESTS
check_answer(answers, 25, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q026_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 26, 'd4t1-011', ['D'], {'A': 'Retention controls how long log events are kept; it has no effect on metric extraction.', 'B': 'Metric extraction from EMF logs needs only the normal permission to write logs.', 'C': 'Metric filters are one way to create metrics, but EMF needs no metric filter; the line itself is incomplete.', 'D': 'CloudWatch extracts metrics only from lines that follow the embedded metric format, whose _aws object names the namespace, dimensions and metrics.'})
### END HIDDEN TESTS
check_answer(answers, 26, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q027_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 27, 'd1t1-022', ['C'], {'A': "Request validators check the request's shape and return 400; they cannot know that an item does not exist.", 'B': 'Gateway responses cover errors raised by API Gateway itself; a successful integration call that returns an error is not one of them.', 'C': 'In non-proxy integrations, the selection pattern matches the Lambda error message and maps it to the chosen status code and body template.', 'D': 'With proxy integration the function itself must return the status code, which would require changing the code.'})
### END HIDDEN TESTS
check_answer(answers, 27, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q028_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 28, 'd3t3-008', ['B', 'E'], {'A': 'Drift detection checks deployed stacks, not the templates in a pull request.', 'B': 'Correct. cfn-lint finds invalid properties, types and values before deployment.', 'C': 'Termination protection prevents deletion; it does not check templates.', 'D': 'X-Ray traces application requests and says nothing about template content.', 'E': 'Correct. Guard evaluates templates against policy-as-code rules such as required Block Public Access settings.'})
### END HIDDEN TESTS
check_answer(answers, 28, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q029_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 29, 'd1t1-017', ['C'], {'A': 'A Lambda function cannot run for days (the maximum timeout is 15 minutes), and polling wastes invocations.', 'B': 'Express workflows run for at most 5 minutes and do not support the .waitForTaskToken pattern.', 'C': 'The callback pattern pauses the execution until the app returns the token (SendTaskSuccess or SendTaskFailure), and Standard workflows can wait up to a year.', 'D': 'A fixed wait is always 7 days, even when approval comes in an hour, and needs extra logic when it comes later.'})
### END HIDDEN TESTS
check_answer(answers, 29, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q030_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 30, 'd3t3-006', ['B'], {'A': "A schedule does not record anyone's approval after testing.", 'B': 'Correct. A manual approval action pauses the pipeline until an authorized person approves or rejects it, and SNS notifies the approver.', 'C': 'Merging happens before any tests in staging run.', 'D': 'Starting the pipeline happens before testing, so the sign-off would not cover test results.'})
### END HIDDEN TESTS
check_answer(answers, 30, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q031_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 31, 'd2t1-010', ['C'], {'A': 'Inline policies belong to one identity, so the same change would have to be made twelve times, and they have no version history.', 'B': 'AWS managed policies are owned and updated by AWS and cannot be edited; you can only copy one into a customer managed policy.', 'C': 'Correct. A customer managed policy is reusable across identities, keeps up to five versions and lets you set an earlier version as the default to roll back.', 'D': 'SCPs only set the maximum permissions in AWS Organizations; they never grant permissions to a role.'})
### END HIDDEN TESTS
check_answer(answers, 31, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q032_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 32, 'd1t2-009', ['D'], {'A': 'This would throttle every function in the account, not just the import function.', 'B': 'Provisioned concurrency pre-initializes environments but does not stop the function from scaling beyond 50.', 'C': 'The timeout limits run time; it does not limit how many copies run at once.', 'D': "Reserved concurrency both caps the function at 50 and sets that capacity aside from the account's unreserved pool."})
### END HIDDEN TESTS
check_answer(answers, 32, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q033_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 33, 'd4t2-010', ['C'], {'A': 'This changes how latency is judged but ignores the error-rate condition.', 'B': 'This delays real incidents by up to a day instead of combining the conditions.', 'C': 'A composite alarm combines the states of other alarms with a rule expression and notifies only when the whole rule is true.', 'D': 'Adding unlike metrics gives a number with no clear meaning, and a high value of one can trigger it alone.'})
### END HIDDEN TESTS
check_answer(answers, 33, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q034_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 34, 'd3t3-011', ['C'], {'A': 'This works but deploys the API, which the developer wants to avoid.', 'B': 'The change is not deployed to prod yet, and testing on production is risky.', 'C': 'Correct. The test invoke runs the method without a deployment and shows logs with the request after mapping and the integration response.', 'D': "SAM's local API emulation does not run REST API mapping templates."})
### END HIDDEN TESTS
check_answer(answers, 34, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q035_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 35, 'd3t3-002', ['A'], {'A': 'Correct. A failed CodeBuild action fails the stage, so the pipeline never reaches the production stage.', 'B': 'Manual testing is not automated and delays every release.', 'C': 'A nightly job is not tied to each deployment and cannot stop the pipeline.', 'D': 'Retries do not test anything and may push a broken build to production.'})
### END HIDDEN TESTS
check_answer(answers, 35, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q036_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 36, 'd1t3-008', ['A'], {'A': 'A transaction applies all actions (up to 100 items) atomically, and any failed condition cancels the whole transaction.', 'B': 'Stream processing is asynchronous, so the trade is not atomic.', 'C': 'BatchWriteItem is not atomic: individual writes can fail, and it supports no condition expressions.', 'D': 'Hand-made compensation leaves a window where other readers see a half-finished trade, and undo can also fail.'})
### END HIDDEN TESTS
check_answer(answers, 36, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q037_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 37, 'd1t1-013', ['B'], {'A': 'FIFO queues have the same maximum message size as standard queues.', 'B': 'An SQS message can be at most 1 MiB, so large payloads go to S3 and the message carries a pointer to them; the SQS Extended Client Library automates this.', 'C': 'Message attributes count toward the same maximum message size, and compression cannot guarantee that 5 MB fits.', 'D': 'MaximumMessageSize can only be set up to the 1 MiB service maximum.'})
### END HIDDEN TESTS
check_answer(answers, 37, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q038_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 38, 'd2t1-006', ['B'], {'A': 'This shares long-term access keys across accounts, which the security team forbids, and the keys would need manual rotation.', 'B': 'Correct. Cross-account role assumption gives temporary credentials; the trust policy controls who can assume the role and the permissions policy limits what it can do.', 'C': "An identity policy alone cannot grant access to another account's resources; the data account must also grant access, for example through a role it owns.", 'D': 'Network connectivity does not authorize anything; the request would still be denied because nothing in the data account grants the execution role access.'})
### END HIDDEN TESTS
check_answer(answers, 38, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q039_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 39, 'd2t2-013', ['B', 'E'], {'A': 'API keys are plain identifiers for usage plans; they are not tied to TLS and do not check certificates.', 'B': 'Correct. Mutual TLS is configured on a custom domain with a truststore in S3; API Gateway then checks the client certificate during the TLS handshake.', 'C': 'Source IP checks do not verify certificates, and mobile devices change IP addresses.', 'D': 'The client certificate is part of the TLS handshake, not the request body; API Gateway does this check natively with mutual TLS.', 'E': 'Correct. The default endpoint does not enforce mutual TLS, so it must be disabled or clients could bypass the certificate check.'})
### END HIDDEN TESTS
check_answer(answers, 39, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q040_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 40, 'd4t1-016', ['A', 'D'], {'A': 'All functions without reserved concurrency share the account pool, so a busy neighbor can starve this one.', 'B': 'Log groups have no storage limit that blocks invocations.', 'C': 'The execution role governs what the function can call; invoke permissions for callers do not produce throttles.', 'D': 'Reserved concurrency also acts as a hard cap, so invocations beyond it are throttled.', 'E': 'Low memory makes invocations slower or fail, but does not cause throttling errors.'})
### END HIDDEN TESTS
check_answer(answers, 40, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q041_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 41, 'd4t2-004', ['D'], {'A': 'X-Ray accepts OpenTelemetry traces, and the X-Ray SDKs reach end of support in 2027.', 'B': 'CloudTrail records AWS API calls, not application requests between services.', 'C': 'Manual correlation gives no service map or trace timeline.', 'D': 'AWS recommends OpenTelemetry (for example ADOT) for new instrumentation now that the X-Ray SDKs and daemon are in maintenance mode.'})
### END HIDDEN TESTS
check_answer(answers, 41, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q042_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 42, 'd2t1-019', ['C', 'E'], {'A': 'This returns AWS credentials, not user pool tokens, and bypasses the user pool entirely.', 'B': 'IAM users are for people and workloads that administer or call AWS, not for end users of an app.', 'C': 'Correct. User pools federate with social providers such as Google and then issue their own user pool tokens.', 'D': 'Developer-authenticated identities are for your own login system and give AWS credentials, not user pool tokens.', 'E': 'Correct. User pools also federate with SAML and OIDC providers, so partner players receive the same user pool tokens.'})
### END HIDDEN TESTS
check_answer(answers, 42, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q043_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 43, 'd1t2-007', ['A'], {'A': "The default Lambda timeout is 3 seconds; it can be set up to 900 seconds to fit the call's real duration.", 'B': 'Retried requests would time out again after 3 seconds; destinations also apply only to asynchronous invocations.', 'C': 'Provisioned concurrency removes cold starts; it does not change the timeout.', 'D': 'More memory gives more CPU, but the function is waiting on a remote API, so it would still hit the 3-second limit.'})
### END HIDDEN TESTS
check_answer(answers, 43, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q044_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 44, 'd3t3-007', ['D'], {'A': 'A stack policy blocks certain updates; it does not watch alarms.', 'B': 'DeletionPolicy controls what happens to a resource when it is deleted, not alarms.', 'C': 'Drift detection reports manual changes; it does not roll back updates.', 'D': 'Correct. CloudFormation monitors the listed alarms during the operation and the monitoring period, and rolls back if any goes into ALARM.'})
### END HIDDEN TESTS
check_answer(answers, 44, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q045_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 45, 'd1t2-024', ['B'], {'A': "Payload limits are fixed by the invocation type, not by the function's memory.", 'B': 'Asynchronous invocation payloads are limited to 1 MB, so large data is passed by reference.', 'C': 'The synchronous limit is 6 MB, and switching to synchronous would make the caller wait for processing.', 'D': 'Base64 encoding makes the payload about a third larger, not smaller.'})
### END HIDDEN TESTS
check_answer(answers, 45, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q046_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 46, 'd3t3-013', ['D'], {'A': 'Regular redeploys still pull whatever latest means at that moment, including untested code.', 'B': 'Scanning reports vulnerabilities; it does not control which build a tag points to.', 'C': 'Fewer tasks hide the symptom and reduce availability.', 'D': 'Correct. A unique tag or digest pins each revision to one image, so new tasks start the same approved build.'})
### END HIDDEN TESTS
check_answer(answers, 46, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q047_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 47, 'd3t3-009', ['A'], {'A': 'Correct. Versions are immutable, so moving the alias back to the approved version is an instant rollback for every caller of the alias.', 'B': 'Editing and publishing again takes longer and ships code that has not been tested.', 'C': 'A version that an alias points to cannot be deleted, and there is no automatic fallback.', 'D': 'A full stack redeploy is slow and may change other resources.'})
### END HIDDEN TESTS
check_answer(answers, 47, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q048_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 48, 'd4t3-001', ['B'], {'A': 'Raw delivery removes the SNS envelope but still delivers every message.', 'B': 'SNS evaluates the filter policy against message attributes and delivers only matching messages to that subscription.', 'C': 'Delays change timing, not which messages are delivered.', 'D': 'This works but requires changing the publisher and managing more topics.'})
### END HIDDEN TESTS
check_answer(answers, 48, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q049_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 49, 'd3t3-012', ['A', 'D'], {'A': 'Correct. A CodeBuild test action fails when the test command fails, which stops the pipeline.', 'B': 'A deploy action copies files; it runs no tests.', 'C': 'Manual approval is not an automated test.', 'D': 'Correct. A Lambda invoke action calls PutJobSuccessResult or PutJobFailureResult, so its result decides whether the pipeline continues.', 'E': 'CloudTrail records API calls; it does not test anything or control the pipeline.'})
### END HIDDEN TESTS
check_answer(answers, 49, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q050_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 50, 'd2t3-017', ['D'], {'A': 'The function cannot reach the Secrets Manager endpoint at all, so more time does not help.', 'B': 'Exposing the database weakens security and does not give the function a route to Secrets Manager.', 'C': 'Routing through an internet gateway turns the subnets into public subnets, which breaks the requirement.', 'D': 'Correct. An interface endpoint (AWS PrivateLink) lets the function call Secrets Manager privately from inside the VPC.'})
### END HIDDEN TESTS
check_answer(answers, 50, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q051_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 51, 'd2t2-015', ['B'], {'A': 'Aliases are just names for a key; ciphertext made through one alias decrypts through any other alias of the same key.', 'B': 'Correct. The encryption context is bound to the ciphertext as additional authenticated data, must match exactly on Decrypt and is recorded in CloudTrail.', 'C': 'Grants give principals permission to use a key; a tenant ID is not a principal, and grants do not bind ciphertext to a tenant.', 'D': 'The app calls KMS with one role for all tenants, so a principal tag cannot tell tenants apart.'})
### END HIDDEN TESTS
check_answer(answers, 51, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q052_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 52, 'd4t1-005', ['C'], {'A': 'An expired certificate causes TLS handshake failures for all clients, not 429 responses for one.', 'B': 'Backend failures appear as 5xx responses, not 429.', 'C': 'Usage plans enforce per-key throttling and quotas and return 429 when a key exceeds them.', 'D': 'An IAM deny returns 403 Forbidden.'})
### END HIDDEN TESTS
check_answer(answers, 52, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q053_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 53, 'd4t3-007', ['D'], {'A': 'Lambda bills per request and per GB-second of duration.', 'B': 'Cost depends on memory multiplied by duration, and duration fell by more than half.', 'C': 'The measurement shows it is faster, and extra memory does not lengthen warm invocations.', 'D': '1 GB × 4 s = 4 GB-s versus 2 GB × 1.5 s = 3 GB-s, so doubling memory lowers both duration and compute cost.'})
### END HIDDEN TESTS
check_answer(answers, 53, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q054_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 54, 'd2t1-016', ['D'], {'A': 'The execution role is what the function assumes when it runs; it does not control who may invoke the function.', 'B': "Targets do not take IAM user credentials; the service is authorized through the function's resource-based policy.", 'C': 'EventBridge invokes Lambda functions directly as targets.', 'D': 'Correct. The console adds the lambda:InvokeFunction permission for the rule automatically; with the CLI you must add it yourself (aws lambda add-permission with the source ARN).'})
### END HIDDEN TESTS
check_answer(answers, 54, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q055_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 55, 'd2t3-018', ['D', 'F'], {'A': 'The exposed secret is the access key, not KMS key material; rotating KMS keys does not stop misuse of the key.', 'B': 'The key stays in history and may already be copied; it remains valid until it is deactivated.', 'C': 'Forks and clones may already hold the key, and the key itself remains valid.', 'D': 'Correct. Public keys are found by scanners within minutes, so the key must be disabled first; removing it from Git does not revoke it.', 'E': 'Waiting for confirmation leaves a public key valid; automated scanners can find and use exposed keys within minutes.', 'F': 'Correct. CloudTrail shows what the key was used for, so the team can find and reverse unauthorized activity.'})
### END HIDDEN TESTS
check_answer(answers, 55, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q056_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 56, 'd1t1-012', ['D'], {'A': 'Resharding changes throughput capacity, not the retention period.', 'B': 'The default retention is 24 hours; without a change older records are gone.', 'C': 'Enhanced fan-out gives a consumer dedicated read throughput; it does not extend how long records are kept.', 'D': 'Kinesis Data Streams retention can be raised from the 24-hour default up to 8,760 hours (365 days), so consumers can reread 30 days of records.'})
### END HIDDEN TESTS
check_answer(answers, 56, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q057_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 57, 'd1t1-014', ['C'], {'A': 'Standard queues deliver out of order and at least once; consumers working in parallel cannot reliably reorder.', 'B': 'Delays do not create ordering guarantees, and standard queues can still deliver out of order.', 'C': 'FIFO queues preserve order within a message group and deliver different groups to consumers in parallel.', 'D': 'A single group serializes all accounts, so nothing is processed in parallel.'})
### END HIDDEN TESTS
check_answer(answers, 57, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q058_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 58, 'd4t2-002', ['C', 'E'], {'A': 'Metadata cannot be used in filter expressions, so engineers could not search by tier.', 'B': 'The trace header carries trace and sampling identifiers; custom data does not belong there.', 'C': 'Annotations hold simple indexed values (string, number or Boolean) that filter expressions can search.', 'D': 'Annotations accept only simple scalar values, and indexing large payloads is not their purpose.', 'E': 'Metadata accepts objects of any type and is shown in the trace details, but it is not indexed.'})
### END HIDDEN TESTS
check_answer(answers, 58, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q059_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 59, 'd3t3-014', ['B', 'E'], {'A': 'Change sets do not estimate costs.', 'B': 'Correct. The change set lists every resource change with its action.', 'C': 'A change set describes infrastructure changes; it cannot predict application behaviour.', 'D': 'Drift status comes from drift detection, not from change sets.', 'E': 'Correct. The Replacement field shows True, False or Conditional for each modification.'})
### END HIDDEN TESTS
check_answer(answers, 59, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q060_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 60, 'd3t3-003', ['A', 'C'], {'A': 'Correct. CodeDeploy runs the PreTraffic hook before shifting traffic, and the hook must call PutLifecycleEventHookExecutionStatus with Succeeded or Failed.', 'B': 'AllAtOnce shifts all traffic immediately, so a failure would hit every user.', 'C': 'Correct. If a listed alarm goes into ALARM during the deployment, CodeDeploy rolls the alias back to the previous version.', 'D': 'A manual approval is neither automatic nor able to stop the canary while it is running.', 'E': 'Traffic shifting needs AutoPublishAlias; without it there is no version or alias to shift.', 'F': 'Reserved concurrency applies to the whole function, so zero throttles every caller, including production traffic.'})
### END HIDDEN TESTS
check_answer(answers, 60, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q061_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 61, 'd2t1-007', ['D'], {'A': "The vendor's service assumes the role programmatically, so it cannot present MFA; this would break the integration without addressing the confused-deputy risk.", 'B': "The calls come from the vendor's systems, not the customer's offices, so this condition would block the legitimate vendor.", 'C': "The vendor is not in the customer's organization, so this deny would block the vendor too.", 'D': "Correct. A unique external ID per customer prevents the confused-deputy problem: the vendor passes only this customer's ID when it assumes this customer's role."})
### END HIDDEN TESTS
check_answer(answers, 61, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q062_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 62, 'd2t3-006', ['B'], {'A': 'Tags do not change how the console shows environment variables.', 'B': 'Correct. With the encryption helpers the stored value is ciphertext, so viewers see only encrypted text, and only identities with kms:Decrypt on the key can read it.', 'C': 'Encryption at rest is transparent: anyone allowed to read the configuration still sees the decrypted value.', 'D': 'Base64 is an encoding, not encryption; anyone can decode it.'})
### END HIDDEN TESTS
check_answer(answers, 62, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q063_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 63, 'd1t2-012', ['D', 'E'], {'A': 'Environment variables are limited to 4 KB in total and are meant for configuration, not code.', 'B': 'Extensions are companion processes for tooling such as monitoring; a code library is shared with a layer.', 'C': 'This adds latency and S3 calls to every cold start and keeps versioning outside Lambda.', 'D': 'Each function lists up to five layers; updating means publishing a new layer version and pointing the functions at it.', 'E': 'Lambda extracts layers into /opt, and for Python the python/ folder is on the import path.', 'F': 'Installing at every cold start slows start-up, needs network access from each function, and still copies the package into every environment; a layer is attached once.'})
### END HIDDEN TESTS
check_answer(answers, 63, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q064_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 64, 'd1t1-018', ['A'], {'A': 'EventBridge Scheduler supports one-time at() schedules at very large scale and invokes the target directly at the set time.', 'B': 'This is the polling design the team wants to avoid, and frequent scans get more expensive as the table grows.', 'C': 'Rules are limited per event bus and are meant for recurring patterns, not millions of one-off times.', 'D': 'SQS delivery delay is at most 15 minutes, so it cannot hold reminders for days or weeks.'})
### END HIDDEN TESTS
check_answer(answers, 64, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q065_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 65, 'd1t3-001', ['B', 'C'], {'A': "All of today's writes would target one key value, creating a hot partition.", 'B': 'Millions of distinct, evenly used values spread writes across many partitions.', 'C': 'The combination has very high cardinality, so no single key value attracts a large share of the writes.', 'D': 'Two values concentrate all traffic on two keys.', 'E': "Only 12 values means at most 12 hot keys, each limited to a single partition's 1,000 WCU."})
### END HIDDEN TESTS
check_answer(answers, 65, 'ABCDE', 2)

# %% [markdown]
# ## After the exam
# Grade it (`./run.sh grade week8_mock3` on your own, or your instructor's autograde), then read the feedback and
# run `python -m course.exam.readiness week8_mock3`. Back to
# [the practice exams page](../week8_practice_exams/week8_practice_exams.ipynb).
