# %% [markdown]
# # Practice exam 1 of 4
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
# `python -m course.exam.readiness week8_mock1` turns your result into a readiness report (scaled score, domains,
# what to study next).

# %% [markdown]
# ### Q1
# *Domain 1, task 1.1 · Single response*
#
# A Lambda function behind Amazon API Gateway creates customer refunds. Mobile clients send an Idempotency-Key header and retry with the same key when a response is lost. The developer uses the idempotency utility of Powertools for AWS Lambda with a DynamoDB table, but retries still create second refunds because the whole API Gateway event is used as the idempotency key and it contains a different request ID and timestamp each time. Which change fixes the problem with the FEWEST code changes?
#
# - **A.** Increase the expiry window of the idempotency records in the DynamoDB table.
# - **B.** Turn on DynamoDB point-in-time recovery for the persistence table.
# - **C.** Configure the utility's event key JMESPath expression to select only the Idempotency-Key header.
# - **D.** Enable caching on the API Gateway stage so that repeated requests are answered from the cached response.

# %% [markdown]
# ### Q2
# *Domain 4, task 4.2 · Single response*
#
# A developer uses Powertools for AWS Lambda to publish EMF metrics and adds the request ID and the user ID as metric dimensions so that they can find slow requests. The CloudWatch bill rises sharply because of millions of new custom metrics. How should the developer record these values instead, at the LOWEST cost?
#
# - **A.** Keep the dimensions and shorten the retention period of the metrics to one day.
# - **B.** Publish the same values with PutMetricData calls instead of EMF.
# - **C.** Record them as EMF properties (metadata) that stay in the log entry, and keep the dimensions low-cardinality.
# - **D.** Use high-resolution metrics for the dimensions.

# %% [markdown]
# ### Q3
# *Domain 2, task 2.1 · Single response*
#
# A container service on Amazon ECS receives requests that carry an Amazon Cognito user pool access token. The service is not behind API Gateway, so the developers must validate the token in their own code. Which check is required to trust the token?
#
# - **A.** Verify the signature with the pool's JWKS public keys, then check the exp, iss, client_id and token_use claims.
# - **B.** Base64-decode the token's payload and accept the token if its sub claim matches an existing user in the user pool.
# - **C.** Call the AWS STS GetCallerIdentity API with the token to confirm that it belongs to a valid, signed-in user.
# - **D.** Decrypt the token with the AWS KMS key that the user pool used to encrypt it.

# %% [markdown]
# ### Q4
# *Domain 3, task 3.1 · Single response*
#
# A data-science team packages a Python AWS Lambda function with PyTorch and several other large libraries. The dependencies take about 1.8 GB when unzipped, and the .zip upload is rejected. The team wants to keep running the code on Lambda with the LEAST operational overhead. Which solution meets these requirements?
#
# - **A.** Upload the .zip file to an Amazon S3 bucket first, and create the function from the S3 object instead.
# - **B.** Split the libraries across five Lambda layers so that each layer stays under the size limit.
# - **C.** Package the function as a container image, push it to Amazon ECR and create the function from the image.
# - **D.** Download the libraries from Amazon S3 into /tmp during every cold start, with ephemeral storage raised to fit them.

# %% [markdown]
# ### Q5
# *Domain 3, task 3.1 · Select 2*
#
# A developer on a macOS laptop builds a .zip package for a Python 3.12 AWS Lambda function that depends on a library with compiled C extensions. The function fails on Lambda with an "invalid ELF header" import error. Which steps will produce a working package with the LEAST effort? (Select TWO.)
#
# - **A.** Build with sam build --use-container so that dependencies are compiled in a Lambda-like Amazon Linux container.
# - **B.** Add requirements.txt to the .zip package so that Lambda installs the missing packages during the cold start.
# - **C.** Zip the laptop's virtual environment folder and set the handler to point inside it.
# - **D.** Use pip to install Linux wheels for the function's architecture into the package root, then zip them with the code.
# - **E.** Change the function's architecture setting until the import succeeds.

# %% [markdown]
# ### Q6
# *Domain 4, task 4.1 · Single response*
#
# A Regional REST API in Amazon API Gateway invokes a report-generation Lambda function that has a 60-second timeout. For large reports, clients receive HTTP 504 after about 29 seconds, while the function's logs show that it continues running and finishes after about 45 seconds. What is the MOST likely root cause?
#
# - **A.** The client's HTTP library has a 29-second read timeout.
# - **B.** API Gateway's 29-second default integration timeout expired first.
# - **C.** The Lambda function ran out of memory and was restarted by the Lambda service.
# - **D.** The function's reserved concurrency is set too low.

# %% [markdown]
# ### Q7
# *Domain 4, task 4.1 · Select 2*
#
# A DynamoDB table in on-demand mode returns ProvisionedThroughputExceededException for some requests even though the table's total traffic is far below its previous peak. The team suspects a few keys receive most of the traffic. Which combination of steps will identify and fix the root cause with the LEAST cost? (Select TWO.)
#
# - **A.** Redesign the key with higher cardinality or write sharding.
# - **B.** Turn on point-in-time recovery and restore the table to a new one.
# - **C.** Enable CloudWatch Contributor Insights for DynamoDB on the table.
# - **D.** Switch the table to provisioned mode with much higher read and write capacity than the previous peak.
# - **E.** Enable DynamoDB Streams to find which keys are throttled.

# %% [markdown]
# ### Q8
# *Domain 3, task 3.1 · Single response*
#
# An insurance company has 25 Python AWS Lambda functions that all use the same in-house validation library. Today each function bundles its own copy, and updating the library means rebuilding every package. Which approach lets the team publish the library once and reuse it with the LEAST operational overhead?
#
# - **A.** Publish the library as a Lambda layer with a python/ folder, and add that layer version to each of the 25 functions.
# - **B.** Store the library in an Amazon EFS file system and mount that file system on every one of the 25 functions.
# - **C.** Add the library as a Lambda extension that each function starts as a separate process.
# - **D.** Put the library in one function and have the other functions invoke it synchronously.

# %% [markdown]
# ### Q9
# *Domain 3, task 3.1 · Single response*
#
# A frontend build in AWS CodeBuild writes the finished site to a dist/ folder. The next stage must receive an artifact that contains only the contents of dist/ at the root of the .zip file, without the dist/ prefix. Which artifacts section of the buildspec meets this requirement with the FEWEST changes?
#
# - **A.** An artifacts section with files set to '**/*' and base-directory set to dist, so that paths start inside dist/.
# - **B.** An artifacts section with files set to 'dist/**/*' and discard-paths set to no.
# - **C.** An artifacts section with files set to '**/*' and name set to dist.
# - **D.** A secondary-artifacts section with one artifact whose identifier is dist.

# %% [markdown]
# ### Q10
# *Domain 3, task 3.1 · Single response*
#
# A fintech team stores its service limits as a JSON document in AWS AppConfig. Last month a typo in the document reached production and broke the service. The team wants AppConfig to reject malformed or out-of-range values before a deployment starts. What should the team configure with the LEAST effort?
#
# - **A.** A CloudWatch alarm on the service's error rate as a rollback trigger.
# - **B.** An AllAtOnce deployment strategy so that errors show up immediately.
# - **C.** A JSON Schema validator on the configuration profile.
# - **D.** A second environment that receives the same configuration one hour after the first one.

# %% [markdown]
# ### Q11
# *Domain 1, task 1.3 · Single response*
#
# A news site counts article page views in a DynamoDB table. Its current code reads the item, adds 1 in the application, and writes the item back, and under heavy traffic views are lost. Which change records every view correctly with the LEAST overhead?
#
# - **A.** Use PutItem with the new total calculated in the application.
# - **B.** Use a strongly consistent GetItem before each write.
# - **C.** Use TransactGetItems to read the counter before incrementing it.
# - **D.** Use UpdateItem with an update expression such as ADD views :one.

# %% [markdown]
# ### Q12
# *Domain 3, task 3.1 · Single response*
#
# Each AWS CodeBuild run of a Java service downloads the same Maven dependencies and takes 12 minutes, most of it spent downloading. Which buildspec change shortens the builds with the LEAST effort?
#
# - **A.** Move the download commands from the install phase to the pre_build phase.
# - **B.** Increase the build timeout so that downloads have more time to finish.
# - **C.** Commit the downloaded dependencies into the Git repository so that the build finds them locally.
# - **D.** Add the local Maven repository path to the buildspec's cache section and enable caching.

# %% [markdown]
# ### Q13
# *Domain 2, task 2.3 · Single response*
#
# A media company runs its API in us-west-2 and keeps a warm standby in us-east-2. The API's database credentials live in AWS Secrets Manager in us-west-2 and rotate monthly. The standby must be able to read the current credentials locally if us-west-2 fails. Which solution meets this requirement with the LEAST operational overhead?
#
# - **A.** Export the secret to a file each month and upload it to an S3 bucket in us-east-2.
# - **B.** Replicate the secret to us-east-2 so that Secrets Manager keeps a read-only replica in sync.
# - **C.** Create an identical secret in us-east-2 and configure a separate monthly rotation schedule in that Region.
# - **D.** Have the standby call the us-west-2 endpoint, because secrets are global resources.

# %% [markdown]
# ### Q14
# *Domain 4, task 4.1 · Select 2*
#
# A genomics pipeline writes tens of thousands of small result files per second to Amazon S3, all under the prefix results/today/. The S3 SDK calls increasingly fail with HTTP 503 SlowDown. Which combination of changes addresses the problem with the LEAST cost? (Select TWO.)
#
# - **A.** Use S3 Standard-IA for the result files.
# - **B.** Spread the objects across many prefixes, such as results/<sample-id>/.
# - **C.** Enable S3 Transfer Acceleration on the bucket and send uploads to the accelerate endpoint.
# - **D.** Upload each result file with multipart upload, so that every small file is sent in several parallel parts.
# - **E.** Retry SlowDown errors with exponential backoff and jitter.
# - **F.** Enable versioning on the bucket.

# %% [markdown]
# ### Q15
# *Domain 1, task 1.1 · Single response*
#
# A data-migration script written with the AWS SDK for Python (boto3) writes to a DynamoDB table and occasionally stops with ProvisionedThroughputExceededException after the SDK gives up retrying. The developer wants the SDK to keep retrying throttled calls longer, with its built-in backoff, and also to slow its own request rate on the client side when throttling is detected. Which change meets these requirements with the LEAST custom code?
#
# - **A.** Wrap each call in a loop that retries immediately on the exception until the write succeeds.
# - **B.** Set the retry mode to 'legacy' so that the SDK uses its original retry logic.
# - **C.** Catch the exception and switch the script to a Scan instead of writing items.
# - **D.** Configure the client with retries in 'adaptive' mode and a higher max_attempts value.

# %% [markdown]
# ### Q16
# *Domain 3, task 3.1 · Single response*
#
# A company promotes the same built Lambda package from its dev account to test and prod. Database endpoints and timeouts differ per environment, and the team never wants to rebuild the package for a new environment. Which approach meets these requirements with the LEAST operational overhead?
#
# - **A.** Build a separate package for each environment in the pipeline, with that environment's values compiled into the code.
# - **B.** Create a Git branch for each environment with its own copy of the values, and build each branch in the pipeline.
# - **C.** Ship one package with a config file per environment inside it, choose the file by account ID at run time, and add a file for each new environment.
# - **D.** Read the values at run time from Parameter Store paths per environment, such as /app/prod/, in each account.

# %% [markdown]
# ### Q17
# *Domain 1, task 1.2 · Single response*
#
# A developer adds VPC settings to an existing Lambda function in the console and the update fails with an error saying the execution role does not have permissions to call CreateNetworkInterface on EC2. What is the MOST secure fix?
#
# - **A.** Add the AWSLambdaVPCAccessExecutionRole managed policy to the function's execution role.
# - **B.** Add a resource-based policy to the function that allows ec2.amazonaws.com to invoke it.
# - **C.** Add an inbound rule to the function's security group that allows all traffic from the VPC CIDR.
# - **D.** Grant the developer's IAM user the ec2:CreateNetworkInterface permission.

# %% [markdown]
# ### Q18
# *Domain 3, task 3.1 · Single response*
#
# A streaming service wants to turn on a new recommendation feature for its users gradually, without redeploying code, and to switch it off automatically if an error-rate alarm fires during the rollout. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Store the flag in a Lambda environment variable and roll the change out with a canary deployment in AWS CodeDeploy.
# - **B.** Define the flag in AWS AppConfig, deploy it with a gradual strategy, and set the alarm as a rollback trigger.
# - **C.** Store the flag in Parameter Store as a String parameter and ask users to restart the app after each change.
# - **D.** Store the flag in an Amazon S3 object and change the object by hand in stages.

# %% [markdown]
# ### Q19
# *Domain 2, task 2.1 · Select 2*
#
# A note-taking app stores every user's notes in one Amazon DynamoDB table whose partition key is the user's Amazon Cognito identity ID. The app reads and writes the table directly from the client. Each user must be able to access only the items under their own partition key. Which combination of steps is the MOST secure? (Select TWO.)
#
# - **A.** Add a condition on dynamodb:LeadingKeys that equals ${cognito-identity.amazonaws.com:sub} to the IAM policy that allows the item actions on the table.
# - **B.** Create one IAM user per app user and attach a policy that names that user's partition key value.
# - **C.** Have the app obtain temporary credentials from an Amazon Cognito identity pool whose authenticated role carries that policy.
# - **D.** Add a resource-based policy to the table that allows the Principal "*" and rely on the app to send only the signed-in user's key.
# - **E.** Let the app run a Scan with a FilterExpression on the identity ID so that only the user's items are returned.
# - **F.** Enable DynamoDB Streams and have a Lambda function delete any item that a user writes under another user's key.

# %% [markdown]
# ### Q20
# *Domain 3, task 3.1 · Single response*
#
# An auditor asks a team to prove which Git commit produced each container image running in production. The team builds images with AWS CodeBuild from a Git repository. What should the team change in the build with the LEAST effort?
#
# - **A.** Tag every image as latest so that production always runs the newest commit.
# - **B.** Tag each image with the commit ID from CODEBUILD_RESOLVED_SOURCE_VERSION.
# - **C.** Write the build start time into the image name so that it can be matched to Git history.
# - **D.** Keep a spreadsheet of deployments that engineers update after each release.

# %% [markdown]
# ### Q21
# *Domain 1, task 1.1 · Select 2*
#
# In an e-commerce platform, the checkout microservice calls the inventory microservice synchronously over HTTP. When inventory is slow, checkout threads block, time out after 60 seconds, and the whole checkout page becomes unavailable. Reserving stock may complete a few seconds after checkout. Which combination of changes will make checkout the MOST resilient? (Select TWO.)
#
# - **A.** Retry failed inventory calls immediately in a tight loop until they succeed.
# - **B.** Raise the client timeout from 60 seconds to 5 minutes so that slow inventory calls have time to complete successfully.
# - **C.** Send reservation requests to an SQS queue that the inventory service consumes.
# - **D.** Use short timeouts and a few retries with capped, jittered exponential backoff on remaining sync calls.
# - **E.** Move the inventory service to larger instances without changing the call pattern.

# %% [markdown]
# ### Q22
# *Domain 2, task 2.2 · Single response*
#
# During a clean-up, an engineer scheduled a customer managed KMS key for deletion with a waiting period of 30 days. Two days later the team discovers that a nightly reporting job still decrypts data with the key. What should the team do to keep the data readable with the LEAST disruption?
#
# - **A.** Nothing, because the key keeps working normally until the waiting period ends.
# - **B.** Create a new key with the same alias so that the reporting job finds it.
# - **C.** Cancel the key deletion and then enable the key again.
# - **D.** Import a backup of the key material into a new key and re-run the job.

# %% [markdown]
# ### Q23
# *Domain 3, task 3.1 · Select 2*
#
# A developer has a new AWS SAM project with three functions whose CodeUri properties point to local folders. The developer wants to build the functions and deploy the stack with the FEWEST steps, letting the tools upload the artifacts. Which commands should the developer use? (Select TWO.)
#
# - **A.** sam build, to resolve dependencies and prepare the artifacts.
# - **B.** aws cloudformation deploy, pointing at the template with local CodeUri paths.
# - **C.** sam deploy, which packages and uploads the artifacts to Amazon S3 and deploys the stack.
# - **D.** sam local invoke, to upload each function before the stack is created.
# - **E.** zip each folder by hand and replace every CodeUri with its S3 URL.

# %% [markdown]
# ### Q24
# *Domain 2, task 2.3 · Single response*
#
# A marketing company has hundreds of Amazon S3 buckets built up over many years. Before a privacy audit, it must find which buckets contain personal data such as names, addresses and passport numbers. Which solution meets this requirement with the LEAST custom code?
#
# - **A.** Enable Amazon Macie, run sensitive data discovery across the buckets, and review its findings per bucket.
# - **B.** Enable Amazon GuardDuty S3 Protection and review its findings for buckets that hold personal data.
# - **C.** Run Amazon Inspector scans on the buckets and read the vulnerability findings for each bucket.
# - **D.** Write a Lambda function that downloads every object and searches it for personal data with regular expressions.

# %% [markdown]
# ### Q25
# *Domain 4, task 4.1 · Single response*
#
# A PDF-rendering Lambda function configured with 512 MB fails on large documents. The logs show "Runtime exited with error: signal: killed" and REPORT lines where Max Memory Used is 512 MB. Which change fixes the failures with the LEAST effort?
#
# - **A.** Increase the function's memory setting.
# - **B.** Enable provisioned concurrency.
# - **C.** Increase the function's timeout.
# - **D.** Increase the function's ephemeral storage (/tmp).

# %% [markdown]
# ### Q26
# *Domain 2, task 2.1 · Single response*
#
# A research lab gives each of its 40 analysts an IAM user. Every analyst must be able to list, read and write objects only under their own prefix in a shared Amazon S3 bucket, for example home/<user name>/. New analysts join every month. Which approach needs the LEAST ongoing maintenance?
#
# - **A.** Attach one customer managed policy to the analysts' group that uses the ${aws:username} policy variable in its resources and conditions.
# - **B.** Create an inline policy for each analyst's IAM user that names that analyst's home/ prefix explicitly in the resource ARN.
# - **C.** Create a separate bucket for each analyst and grant that analyst access with a bucket policy on each of the buckets.
# - **D.** Use S3 object ACLs to grant each analyst FULL_CONTROL on the objects under their prefix.

# %% [markdown]
# ### Q27
# *Domain 3, task 3.1 · Select 2*
#
# A team uses AWS CodeBuild to build a Docker image and push it to an Amazon ECR repository. The build fails first with "Cannot connect to the Docker daemon" and, after that is fixed, with an authorization error on docker push. Which combination of changes fixes both errors in the MOST secure way? (Select TWO.)
#
# - **A.** Allow the ECR push actions in the project's service role, and run docker login with aws ecr get-login-password.
# - **B.** List the image under the artifacts section of the buildspec so that CodeBuild uploads it.
# - **C.** Install the Docker engine with yum in the install phase of the buildspec.
# - **D.** Turn on privileged mode for the build project's environment.
# - **E.** Store Docker Hub credentials as plaintext environment variables of the project so that docker push can log in.
# - **F.** Make the ECR repository public so that pushes do not need credentials.

# %% [markdown]
# ### Q28
# *Domain 1, task 1.3 · Select 2*
#
# A media company enabled versioning on an S3 bucket that stores frequently overwritten project files, and the storage bill has tripled. The company also uploads large videos with multipart upload from unreliable connections. Which combination of lifecycle rules will reduce the cost MOST while keeping current versions? (Select TWO.)
#
# - **A.** Add an Expiration action for current versions after 30 days.
# - **B.** Add a NoncurrentVersionExpiration action.
# - **C.** Add a Transition action that moves current versions to S3 Glacier Deep Archive one day after creation.
# - **D.** Suspend versioning on the bucket so that old versions stop being billed.
# - **E.** Enable S3 Transfer Acceleration on the bucket.
# - **F.** Add an AbortIncompleteMultipartUpload action.

# %% [markdown]
# ### Q29
# *Domain 2, task 2.3 · Single response*
#
# A partner gives a logistics company an access token that expires after 60 days. The token is stored in Parameter Store. The team wants the parameter to be deleted automatically when the token expires and to be alerted 10 days before that. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Create a CloudWatch alarm on the parameter's LastModifiedDate metric with a 50-day threshold.
# - **B.** Keep the parameter in the Standard tier and add an Expiration tag with the date.
# - **C.** Use an Advanced tier parameter with Expiration and ExpirationNotification parameter policies.
# - **D.** Store the token in Secrets Manager and enable rotation every 60 days.

# %% [markdown]
# ### Q30
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function triggered by an Amazon SQS queue calls a partner API that allows at most 20 concurrent requests. Other functions in the account must not be affected, and the developer wants to avoid the throttling-and-retry churn that happens when reserved concurrency is set lower than what the event source mapping tries to use. Which setting meets these requirements with the LEAST operational overhead?
#
# - **A.** Set the queue's delivery delay to 15 minutes.
# - **B.** Set the function timeout to 20 seconds so that calls finish sooner.
# - **C.** Set the maximum concurrency on the SQS event source mapping to 20.
# - **D.** Set the event source mapping's batch size to 20 messages per invocation.

# %% [markdown]
# ### Q31
# *Domain 1, task 1.1 · Select 2*
#
# A developer has written a Lambda function, defined in an AWS SAM template, that processes Amazon S3 object-created events. Before pushing code, the developer wants to run the function on a laptop against a realistic S3 event, without deploying anything to AWS. Which combination of AWS SAM CLI commands meets this need with the LEAST setup? (Select TWO.)
#
# - **A.** sam local generate-event s3 put > event.json
# - **B.** sam sync --watch
# - **C.** sam deploy --guided
# - **D.** sam package --output-template-file packaged.yaml
# - **E.** sam logs --tail
# - **F.** sam local invoke MyFunction --event event.json

# %% [markdown]
# ### Q32
# *Domain 4, task 4.3 · Single response*
#
# A company runs hundreds of Lambda functions, all created with the default 128 MB of memory. The developers want a data-driven way to pick the memory setting that gives the best balance of cost and speed for each important function. Which approach is the MOST reliable way to meet this requirement?
#
# - **A.** Enable provisioned concurrency and compare the monthly bills afterwards.
# - **B.** Run the open-source AWS Lambda Power Tuning state machine against each function.
# - **C.** Set memory to the Max Memory Used value shown in the REPORT log lines of each function.
# - **D.** Set all functions to the maximum memory of 10,240 MB for best speed.

# %% [markdown]
# ### Q33
# *Domain 2, task 2.2 · Select 2*
#
# An order service sends messages to an Amazon SQS queue that uses server-side encryption with a customer managed KMS key. After the key was introduced, SendMessage calls from the producer's IAM role fail with a KMS access error. Which permissions on the key must the producer's role have, with the LEAST privilege? (Select TWO.)
#
# - **A.** kms:CreateGrant, so that SQS can create a grant on the key for each message that the producer sends.
# - **B.** kms:ReEncrypt*, so that SQS can move each message from the queue's old key to the new one.
# - **C.** kms:EnableKeyRotation, so that the producer can rotate the key whenever a SendMessage call fails.
# - **D.** kms:* on the key, so that every SQS operation on the encrypted queue is covered for the producer.
# - **E.** kms:GenerateDataKey, so that SQS can get data keys to encrypt the messages that the producer sends.
# - **F.** kms:Decrypt, which SQS also uses on the producer's behalf to check each new data key before use.

# %% [markdown]
# ### Q34
# *Domain 1, task 1.2 · Select 2*
#
# A Lambda function consumes an Amazon Kinesis data stream. One malformed record makes every invocation for its shard fail, so processing of that shard stops and the iterator age keeps growing. The team wants the function to isolate the bad record, keep processing the rest of the shard, and keep a record of what was skipped. Which combination of event source mapping settings meets these requirements with the LEAST custom code? (Select TWO.)
#
# - **A.** Enable BisectBatchOnFunctionError on the event source mapping.
# - **B.** Increase the function timeout to the maximum of 15 minutes.
# - **C.** Configure a dead-letter queue on the Kinesis data stream for records that fail repeatedly.
# - **D.** Change the starting position of the event source mapping to LATEST so that processing resumes at the newest records.
# - **E.** Limit MaximumRetryAttempts and add an on-failure destination such as an SQS queue.

# %% [markdown]
# ### Q35
# *Domain 4, task 4.2 · Single response*
#
# A trading platform publishes a custom latency metric and must raise an alarm within about 30 seconds when order latency breaches its threshold. With the current standard-resolution metric, alarms react only after minutes. Which change meets this requirement with the LEAST effort?
#
# - **A.** Create a CloudWatch Logs Insights query that runs every 30 seconds.
# - **B.** Publish the standard-resolution metric twice per minute instead of once per minute.
# - **C.** Enable detailed monitoring on the instances that publish the metric.
# - **D.** Publish it as a high-resolution metric and alarm with a 10-second period.

# %% [markdown]
# ### Q36
# *Domain 1, task 1.2 · Single response*
#
# A developer deploys a Node.js Lambda function from a .zip file whose entry file is src/app.mjs, exporting a function named processOrder. Every invocation fails with Runtime.ImportModuleError or HandlerNotFound. The function's handler setting is index.handler. Which handler setting fixes the error with the FEWEST changes to the package?
#
# - **A.** Set the handler to src/app/processOrder, with slashes between the folder, the file and the exported function.
# - **B.** Set the handler to src/app.processOrder: the file path without its extension, a dot, then the export.
# - **C.** Set the handler to processOrder alone, so that the runtime searches the package for that export.
# - **D.** Set the handler to app.mjs.processOrder, keeping the file extension and leaving out the src/ folder.

# %% [markdown]
# ### Q37
# *Domain 4, task 4.2 · Select 2*
#
# A developer wants traces for a Lambda function that is invoked by API Gateway, including timing for the function's calls to DynamoDB, to appear in AWS X-Ray. Which combination of steps is required? (Select TWO.)
#
# - **A.** Enable active tracing and let the execution role write trace data.
# - **B.** Install and run the X-Ray daemon inside the function's deployment package.
# - **C.** Enable CloudTrail data events for the function and send them to the X-Ray console.
# - **D.** Instrument the function's AWS SDK client, for example with the ADOT layer.
# - **E.** Enable DynamoDB Streams on the table.

# %% [markdown]
# ### Q38
# *Domain 2, task 2.2 · Single response*
#
# A security review finds that some clients of an Amazon S3 bucket still use plain HTTP requests. The company requires all access to the bucket to use TLS. Which solution enforces this with the LEAST operational overhead?
#
# - **A.** Enable default encryption with SSE-KMS, because KMS calls always use TLS.
# - **B.** Add a bucket policy that denies all S3 actions when aws:SecureTransport is false.
# - **C.** Turn on S3 Block Public Access for the bucket and the account.
# - **D.** Configure a CloudFront distribution in front of the bucket with an HTTPS-only viewer policy.

# %% [markdown]
# ### Q39
# *Domain 4, task 4.2 · Single response*
#
# A support engineer at a SaaS company needs to find all X-Ray traces for a specific tenant when that tenant reports slow responses, using a filter expression in the X-Ray console. The application is instrumented and records traces. How should the developer record the tenant ID with the LEAST effort?
#
# - **A.** Add the tenant ID to the segment as metadata.
# - **B.** Add the tenant ID to the segment as an annotation.
# - **C.** Write the tenant ID to CloudWatch Logs in each request.
# - **D.** Put the tenant ID in the name of each subsegment.

# %% [markdown]
# ### Q40
# *Domain 2, task 2.1 · Single response*
#
# An energy company's on-premises reporting tool authenticates employees against the corporate identity provider, which issues SAML 2.0 assertions. The tool must call AWS APIs as the signed-in employee with short-lived credentials, and the company does not want to create IAM users. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Have a broker call sts:GetSessionToken with a shared IAM user's keys after it checks each employee's assertion.
# - **B.** Pass each SAML assertion to sts:AssumeRoleWithWebIdentity, which accepts tokens from corporate identity providers.
# - **C.** Have a broker call sts:GetFederationToken with an IAM user's access keys to create a session per employee.
# - **D.** Register the identity provider as an IAM SAML provider and call sts:AssumeRoleWithSAML with each assertion.

# %% [markdown]
# ### Q41
# *Domain 4, task 4.3 · Single response*
#
# A payroll application's Lambda API receives heavy, latency-sensitive traffic every weekday from 08:00 to 10:00 and little traffic otherwise. Cold starts during the morning peak are unacceptable, but the company does not want to pay for pre-warmed capacity all day. Which solution meets these requirements MOST cost-effectively?
#
# - **A.** Schedule provisioned concurrency around the peak with Application Auto Scaling.
# - **B.** Set reserved concurrency to the peak value during business hours.
# - **C.** Configure enough fixed provisioned concurrency for the peak, 24 hours a day.
# - **D.** Invoke the function once every minute from an EventBridge schedule to keep it warm.

# %% [markdown]
# ### Q42
# *Domain 1, task 1.3 · Single response*
#
# A support dashboard runs a DynamoDB Scan with FilterExpression status = "ESCALATED" on a 200 GB tickets table every minute. Only a few hundred tickets are escalated at a time, yet the scan consumes large amounts of read capacity and takes many seconds. Which change MOST reduces the cost and latency?
#
# - **A.** Lower the page size of the scan with the Limit parameter.
# - **B.** Add a ProjectionExpression so that the scan returns only the attributes the dashboard shows.
# - **C.** Query a sparse global secondary index keyed on an attribute set only on escalated tickets.
# - **D.** Run a parallel scan with 16 segments so that the whole table is read faster.

# %% [markdown]
# ### Q43
# *Domain 1, task 1.1 · Single response*
#
# A healthcare scheduling API runs on an Amazon API Gateway REST API with a Lambda integration. Many requests arrive without the required patientId and slot fields in the JSON body, and each one still invokes and bills the Lambda function, which then returns an error. The team wants such requests rejected with HTTP 400 before the backend is invoked, with the LEAST custom code. Which solution meets these requirements?
#
# - **A.** Configure a usage plan with a low throttling limit so that fewer invalid requests reach Lambda.
# - **B.** Attach a JSON schema model to the method and enable a request validator for the body.
# - **C.** Add a Lambda authorizer that parses the request body and denies requests with missing fields.
# - **D.** Attach an AWS WAF web ACL with a rule that blocks requests larger than a set size.

# %% [markdown]
# ### Q44
# *Domain 1, task 1.3 · Single response*
#
# A Lambda function triggered by a DynamoDB stream reads NewImage and receives values such as {"price": {"N": "19.99"}, "tags": {"SS": ["new", "sale"]}} instead of plain values. The developer wants ordinary native objects. What should the developer do with the LEAST custom code?
#
# - **A.** Parse the image with a standard JSON parser and read the values directly.
# - **B.** Enable the Lambda function's JSON log format.
# - **C.** Change the stream view type to KEYS_ONLY so that the records carry plain values.
# - **D.** Convert the image with an SDK deserializer such as boto3's TypeDeserializer.

# %% [markdown]
# ### Q45
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function runs in private subnets of a VPC that has no NAT gateway, to reach an Amazon ElastiCache cluster. A new feature requires the function to write to an Amazon DynamoDB table, and the calls time out. Security policy forbids any route to the internet. Which solution meets these requirements at the LOWEST cost?
#
# - **A.** Add the AmazonDynamoDBFullAccess policy to the function's execution role.
# - **B.** Remove the function from the VPC so that it can reach DynamoDB directly.
# - **C.** Create a gateway VPC endpoint for DynamoDB in the route tables of the function's subnets.
# - **D.** Add a NAT gateway in a public subnet and a default route to it from the private subnets.

# %% [markdown]
# ### Q46
# *Domain 1, task 1.1 · Select 2*
#
# A developer is writing a worker on Amazon EC2 that consumes an Amazon SQS standard queue. Each message takes up to 90 seconds to process, and processing updates customer balances. Which combination of practices MOST reliably ensures that messages are neither lost nor applied twice? (Select TWO.)
#
# - **A.** Make the balance update idempotent by recording applied message IDs.
# - **B.** Set the visibility timeout above the processing time and delete messages only after processing.
# - **C.** Keep the default 30-second visibility timeout and use short polling to receive faster.
# - **D.** Delete each message immediately after receiving it so that no other worker can pick it up.
# - **E.** Rely on the standard queue's exactly-once delivery guarantee so that no duplicate check is needed in the worker code.

# %% [markdown]
# ### Q47
# *Domain 1, task 1.3 · Select 2*
#
# A web app stores login sessions in a DynamoDB table and wants them removed automatically 24 hours after creation, without paying for write capacity to delete them. The app must never accept an expired session. Which combination of steps meets these requirements at the LOWEST cost? (Select TWO.)
#
# - **A.** Store the expiry time in epoch milliseconds so that deletion is more precise.
# - **B.** Store the expiry time as an ISO 8601 string attribute and enable TTL on it.
# - **C.** Enable TTL on a Number attribute holding the expiry in epoch seconds.
# - **D.** Check the expiry attribute on every read and reject expired sessions.
# - **E.** Run a scheduled Lambda function every hour that scans the table and deletes expired sessions.

# %% [markdown]
# ### Q48
# *Domain 3, task 3.1 · Single response*
#
# A release engineer discovers that the image tagged v2.3.0 in an Amazon ECR repository was overwritten by a later build, so production and staging ran different code under the same tag. How can the team prevent this from happening again with the LEAST effort?
#
# - **A.** Enable image scanning on push for the repository.
# - **B.** Turn on tag immutability for the repository.
# - **C.** Add a lifecycle policy that expires untagged images.
# - **D.** Enable cross-Region replication for the repository.

# %% [markdown]
# ### Q49
# *Domain 4, task 4.3 · Single response*
#
# A logistics company publishes shipment events to an Amazon SNS topic from a third-party system that cannot add message attributes. The JSON body contains a field "priority" with values such as "express" and "standard". A Lambda subscriber should be invoked only for express shipments. Which solution meets these requirements MOST cost-effectively?
#
# - **A.** Use a filter policy with the default MessageAttributes scope on a priority attribute.
# - **B.** Set FilterPolicyScope to MessageBody and filter on priority equal to express.
# - **C.** Replace the subscription with an SQS queue and set a redrive policy.
# - **D.** Have the Lambda function return early for non-express messages.

# %% [markdown]
# ### Q50
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function with a 5-minute timeout is triggered by an SQS queue whose visibility timeout is 30 seconds. The team sees many messages processed more than once, even though the function usually succeeds. Which change fixes the duplicates MOST reliably?
#
# - **A.** Switch the queue to long polling.
# - **B.** Raise the visibility timeout to at least six times the function timeout.
# - **C.** Enable a dead-letter queue with maxReceiveCount of 1.
# - **D.** Reduce the function timeout to 30 seconds so that it matches the queue's setting.

# %% [markdown]
# ### Q51
# *Domain 2, task 2.2 · Single response*
#
# A customer managed KMS key that protects years of archived records was rotated automatically last week. A developer worries that the archives encrypted before the rotation can no longer be decrypted. What happens when the app calls Decrypt on an old archive?
#
# - **A.** The call fails until the archive is re-encrypted with the ReEncrypt API.
# - **B.** KMS uses the older key material it keeps for that key, and the call succeeds unchanged.
# - **C.** The call succeeds only if the app passes the previous key version's ARN.
# - **D.** KMS decrypts the archive and silently replaces the stored ciphertext with a new version.

# %% [markdown]
# ### Q52
# *Domain 2, task 2.1 · Select 3*
#
# A developer's IAM role has an identity policy that allows s3:* on the bucket arn:aws:s3:::invoice-archive and its objects. Uploads with aws s3 cp still fail with Access Denied. Which of the following could cause the denial? (Select THREE.)
#
# - **A.** S3 Block Public Access is turned on for the account.
# - **B.** The bucket policy has an explicit Deny for PutObject requests that do not specify SSE-KMS with the company's key.
# - **C.** The role's trust policy does not list s3.amazonaws.com as a principal.
# - **D.** A permissions boundary attached to the role does not allow s3:PutObject.
# - **E.** The bucket does not have S3 Versioning enabled.
# - **F.** A service control policy of the account's organization denies s3:PutObject on the bucket.

# %% [markdown]
# ### Q53
# *Domain 2, task 2.1 · Single response*
#
# A fitness startup is building a mobile app. Users must be able to sign up with an email address and password, sign in, and then upload workout videos straight from the phone to an Amazon S3 bucket without passing through a backend server. The team does not want to embed any long-term AWS credentials in the app. Which solution meets these requirements in the MOST secure way?
#
# - **A.** Create an IAM user for each person who signs up, and return that user's access keys to the app after each successful sign-in.
# - **B.** Use an Amazon Cognito user pool for sign-in and an identity pool that exchanges its tokens for temporary role credentials.
# - **C.** Use an Amazon Cognito user pool only, and send the user's ID token in the Authorization header of each PutObject request to Amazon S3.
# - **D.** Store one set of IAM access keys in AWS Secrets Manager and have the app read the secret at startup to sign its S3 requests.

# %% [markdown]
# ### Q54
# *Domain 1, task 1.3 · Single response*
#
# A product-catalog service reads items of 6 KB from a provisioned-capacity DynamoDB table with GetItem. It must support 200 reads per second, and eventually consistent reads are acceptable. What is the LOWEST provisioned read capacity that serves this traffic without throttling?
#
# - **A.** Provision 150 RCU, because each 6 KB eventually consistent read costs 0.75 units.
# - **B.** Provision 1,200 RCU, because each read is charged one unit per KB of item size.
# - **C.** Provision 200 RCU, because each 6 KB read rounds to 8 KB and costs 1 unit.
# - **D.** Provision 400 RCU, because each 6 KB read rounds to 8 KB and costs 2 units.

# %% [markdown]
# ### Q55
# *Domain 1, task 1.3 · Single response*
#
# A developer migrating an old application finds code that writes an object to Amazon S3 and then waits 5 seconds before reading it, "to let S3 become consistent". The code also lists the bucket right after the write. What should the developer know about current S3 behavior?
#
# - **A.** S3 now offers strong read-after-write consistency, including for lists, so the wait can go.
# - **B.** S3 is eventually consistent for overwrites, so the wait must be increased to 30 seconds.
# - **C.** S3 is strongly consistent for GET requests but list results can take minutes to include the new object.
# - **D.** S3 is strongly consistent only when versioning is enabled on the bucket.

# %% [markdown]
# ### Q56
# *Domain 4, task 4.3 · Single response*
#
# A startup launches a DynamoDB-backed app whose traffic is unpredictable: it is near zero most of the day and spikes sharply and irregularly when the app is mentioned on social media. The team wants no throttling during spikes and no payment for idle capacity, with no capacity planning. Which capacity mode meets these requirements MOST cost-effectively?
#
# - **A.** Provisioned mode sized for the largest spike.
# - **B.** Provisioned mode with auto scaling based on 70 percent utilization.
# - **C.** Create the table in on-demand capacity mode, billed per request, with no capacity to plan or pay for when idle.
# - **D.** Provisioned mode with reserved capacity.

# %% [markdown]
# ### Q57
# *Domain 1, task 1.1 · Single response*
#
# A gaming company streams player actions to an Amazon Kinesis data stream with 20 shards. A consumer must see the actions of each individual player in the order in which they happened, but the stream as a whole must still be processed in parallel across shards. How should the producers write the records to get the MOST parallelism while keeping each player's order?
#
# - **A.** Use the event timestamp as the partition key so that records are sorted by time.
# - **B.** Use the player ID as the partition key for each record.
# - **C.** Use a fixed partition key for all records so that they land in a single ordered shard.
# - **D.** Use a random UUID as the partition key so that records are spread evenly across the shards.

# %% [markdown]
# ### Q58
# *Domain 2, task 2.3 · Single response*
#
# A high-traffic AWS Lambda function reads three secrets from AWS Secrets Manager and two parameters from Parameter Store on every invocation. Latency and API costs have grown, and the team wants a managed way to cache the values without writing caching code. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Add the AWS Parameters and Secrets Lambda Extension layer and read the values from its local endpoint.
# - **B.** Copy the values into environment variables with a nightly job that updates the function's configuration.
# - **C.** Enable provisioned concurrency so that the values stay in memory between invocations.
# - **D.** Put the values in Amazon ElastiCache and read them from there in every invocation.

# %% [markdown]
# ### Q59
# *Domain 3, task 3.1 · Single response*
#
# Several teams at a retailer publish internal npm packages that their AWS CodeBuild projects must install, and the security team wants upstream public packages fetched through a controlled, cached repository. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** AWS CodeArtifact, with an upstream connection to the public npm registry.
# - **B.** Amazon ECR, storing each npm package as an OCI artifact in a private repository.
# - **C.** Amazon S3 with a static website that serves the package tarballs.
# - **D.** AWS CodeCommit, with the packages committed to a shared repository.

# %% [markdown]
# ### Q60
# *Domain 3, task 3.1 · Single response*
#
# A developer moves an AWS Lambda function from a .zip package to a container image. The function used two Lambda layers for a monitoring agent and shared helper code. After the move, the developer cannot attach the layers. How should the developer include that code with the FEWEST changes?
#
# - **A.** Attach the layers to the function's alias instead of to the function itself.
# - **B.** Set the LAMBDA_LAYERS environment variable to the two layer ARNs when building the container image.
# - **C.** Publish new versions of the layers marked as compatible with container images.
# - **D.** Copy the layer contents into the image in the Dockerfile.

# %% [markdown]
# ### Q61
# *Domain 2, task 2.2 · Single response*
#
# A payments company uses a symmetric AWS KMS customer managed key with key material generated by KMS. A new compliance rule requires the key material to be rotated every 180 days. Which solution meets the rule with the LEAST operational overhead?
#
# - **A.** Create a new key every 180 days with a scheduled Lambda function, re-encrypt all data and point the alias at the new key.
# - **B.** Enable automatic rotation, which always rotates once a year, and accept the difference as an exception.
# - **C.** Enable automatic rotation with a rotation period of 180 days.
# - **D.** Call the RotateKeyOnDemand API manually from a runbook every 180 days.

# %% [markdown]
# ### Q62
# *Domain 2, task 2.3 · Single response*
#
# A fintech company's AWS Lambda function stores a merchant ID and a signing salt in environment variables. An audit requires that these values be encrypted at rest with a key that the company controls and can audit in AWS CloudTrail. Which solution meets this requirement with the LEAST effort?
#
# - **A.** Nothing, because Lambda already encrypts environment variables at rest with a key that AWS manages by default.
# - **B.** Move the values into the function's deployment package and encrypt the .zip file with SSE-S3.
# - **C.** Encrypt the variables with a customer managed KMS key, and allow the role kms:Decrypt on it.
# - **D.** Enable AWS X-Ray active tracing on the function so that every read of the environment variables is recorded.

# %% [markdown]
# ### Q63
# *Domain 1, task 1.2 · Select 2*
#
# A Lambda function that sends marketing SMS messages is invoked asynchronously by Amazon SNS. When a downstream call fails, Lambda's automatic retries sometimes send the same SMS three times. Marketing also says that any message more than 1 hour old is no longer useful. Which combination of changes meets these requirements with the LEAST custom code? (Select TWO.)
#
# - **A.** Enable long polling on the SNS subscription.
# - **B.** Set the asynchronous maximum retry attempts to 0.
# - **C.** Set the asynchronous maximum event age to 3,600 seconds.
# - **D.** Set the function's reserved concurrency to 0 while the downstream service recovers.
# - **E.** Set the function timeout to 3,600 seconds so that old events are dropped by the runtime.

# %% [markdown]
# ### Q64
# *Domain 2, task 2.2 · Single response*
#
# A developer is reviewing an old upload script that never sets any encryption headers. The script writes to a new Amazon S3 bucket created with default settings. How are the uploaded objects stored?
#
# - **A.** They are encrypted at rest with SSE-S3, because S3 applies it to all new objects by default.
# - **B.** They are stored unencrypted until a bucket policy that requires encryption is added.
# - **C.** They are encrypted with the account's AWS managed key aws/s3 by using SSE-KMS.
# - **D.** They are rejected with an error, because every upload must name an encryption method in its headers.

# %% [markdown]
# ### Q65
# *Domain 3, task 3.1 · Single response*
#
# A developer's AWS Lambda deployment package is 70 MB zipped and 180 MB unzipped. Uploading it directly through the CreateFunction API fails. What should the developer do with the FEWEST changes to the function?
#
# - **A.** Compress the package again with a stronger algorithm until it is under 50 MB.
# - **B.** Split the code into two functions that call each other, each with its own smaller package.
# - **C.** Upload the .zip file to Amazon S3 and point the function's code at that bucket and key, keeping the same package.
# - **D.** Request a Service Quotas increase for the direct upload size of deployment packages.

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
    6: "",
    7: "",  # Select 2 of ABCDE
    8: "",
    9: "",
    10: "",
    11: "",
    12: "",
    13: "",
    14: "",  # Select 2 of ABCDEF
    15: "",
    16: "",
    17: "",
    18: "",
    19: "",  # Select 2 of ABCDEF
    20: "",
    21: "",  # Select 2 of ABCDE
    22: "",
    23: "",  # Select 2 of ABCDE
    24: "",
    25: "",
    26: "",
    27: "",  # Select 2 of ABCDEF
    28: "",  # Select 2 of ABCDEF
    29: "",
    30: "",
    31: "",  # Select 2 of ABCDEF
    32: "",
    33: "",  # Select 2 of ABCDEF
    34: "",  # Select 2 of ABCDE
    35: "",
    36: "",
    37: "",  # Select 2 of ABCDE
    38: "",
    39: "",
    40: "",
    41: "",
    42: "",
    43: "",
    44: "",
    45: "",
    46: "",  # Select 2 of ABCDE
    47: "",  # Select 2 of ABCDE
    48: "",
    49: "",
    50: "",
    51: "",
    52: "",  # Select 3 of ABCDEF
    53: "",
    54: "",
    55: "",
    56: "",
    57: "",
    58: "",
    59: "",
    60: "",
    61: "",
    62: "",
    63: "",  # Select 2 of ABCDE
    64: "",
    65: "",
}
### BEGIN SOLUTION
answers.update({1: 'C', 2: 'C', 3: 'A', 4: 'C', 5: ['A', 'D'], 6: 'B', 7: ['A', 'C'], 8: 'A', 9: 'A', 10: 'C', 11: 'D', 12: 'D', 13: 'B', 14: ['B', 'E'], 15: 'D', 16: 'D', 17: 'A', 18: 'B', 19: ['A', 'C'], 20: 'B', 21: ['C', 'D'], 22: 'C', 23: ['A', 'C'], 24: 'A', 25: 'A', 26: 'A', 27: ['A', 'D'], 28: ['B', 'F'], 29: 'C', 30: 'C', 31: ['A', 'F'], 32: 'B', 33: ['E', 'F'], 34: ['A', 'E'], 35: 'D', 36: 'B', 37: ['A', 'D'], 38: 'B', 39: 'B', 40: 'D', 41: 'A', 42: 'C', 43: 'B', 44: 'D', 45: 'C', 46: ['A', 'B'], 47: ['C', 'D'], 48: 'B', 49: 'B', 50: 'B', 51: 'B', 52: ['B', 'D', 'F'], 53: 'B', 54: 'C', 55: 'A', 56: 'C', 57: 'B', 58: 'A', 59: 'A', 60: 'D', 61: 'C', 62: 'C', 63: ['B', 'C'], 64: 'A', 65: 'C'})
### END SOLUTION

# %% nbgrader={"grade": false, "grade_id": "check_sheet", "locked": true}
check_sheet(answers, 'ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCDEF:2 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCDEF:2 ABCDE:2 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDEF:3 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1')

# %% [markdown]
# ## Checks
# One cell per question; each earns its point when graded.

# %% nbgrader={"grade": true, "grade_id": "q001_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 1, 'd1t1-021', ['C'], {'A': 'A longer expiry does not help when each retry produces a different key in the first place.', 'B': 'Point-in-time recovery protects table data against deletion; it does not change how keys are computed.', 'C': 'Hashing only the client-supplied key makes every retry of the same request map to the same idempotency record.', 'D': 'API Gateway caches GET-style responses by cache key; it is not a safe way to deduplicate POST refund requests.'})
### END HIDDEN TESTS
check_answer(answers, 1, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q002_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 2, 'd4t2-015', ['C'], {'A': 'Custom metrics are billed per metric, not per retention period, so cost stays high.', 'B': 'The number of unique dimension combinations, and so the cost, is the same.', 'C': 'Each unique dimension combination is a separate billed metric; properties stay in the log entry, where Logs Insights can query them, while service and operation remain dimensions.', 'D': 'Resolution controls granularity, not the number of unique metrics.'})
### END HIDDEN TESTS
check_answer(answers, 2, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q003_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 3, 'd2t1-020', ['A'], {'A': "Correct. A JWT is trusted only after its signature is verified with the issuer's published keys and its expiry, issuer, audience or client and token use claims are checked.", 'B': 'Anyone can create a token with a valid-looking sub; without a signature check the token is not trustworthy.', 'C': 'GetCallerIdentity works with AWS credentials, not with Cognito JWTs.', 'D': 'User pool tokens are signed, not encrypted with a KMS key you can use; their payload is readable by anyone.'})
### END HIDDEN TESTS
check_answer(answers, 3, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q004_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 4, 'd3t1-001', ['C'], {'A': 'Uploading through S3 raises the zipped upload size, but the unzipped code and layers are still limited to 250 MB.', 'B': 'The 250 MB unzipped limit covers the function and all of its layers together, so splitting does not help.', 'C': 'Correct. Container images for Lambda can be up to 10 GB, which fits large machine learning dependencies.', 'D': 'This adds long cold starts and needs a large /tmp (ephemeral storage); it works around the packaging model instead of using the supported image format.'})
### END HIDDEN TESTS
check_answer(answers, 4, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q005_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 5, 'd3t1-011', ['A', 'D'], {'A': 'Correct. Building in a container that matches the Lambda environment produces Linux binaries for the package.', 'B': 'Lambda does not install dependencies for you; they must be in the package or a layer.', 'C': 'The virtual environment holds macOS binaries, which cause exactly this error.', 'D': 'Correct. pip can download manylinux wheels for the right platform (for example with --platform and --only-binary), which Lambda can load.', 'E': 'The binaries are built for macOS, so no Lambda architecture can load them.'})
### END HIDDEN TESTS
check_answer(answers, 5, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q006_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 6, 'd4t1-004', ['B'], {'A': 'A client-side timeout would not produce a 504 response from API Gateway.', 'B': 'API Gateway returns 504 when the integration does not respond within its timeout, even if the function keeps running.', 'C': 'An out-of-memory error would end the invocation with an error, but the logs show it finishing normally.', 'D': 'A throttled invocation fails at once and never runs, whereas the logs show the function running to completion.'})
### END HIDDEN TESTS
check_answer(answers, 6, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q007_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 7, 'd4t1-007', ['A', 'C'], {'A': 'A single partition key value is limited to 3,000 RCU and 1,000 WCU per second, even in on-demand mode.', 'B': 'A restored table has the same key design and the same hot keys.', 'C': 'Contributor Insights ranks the most accessed and most throttled partition keys, which exposes hot keys.', 'D': 'Table-level capacity does not raise the per-partition limit that hot keys run into.', 'E': 'Streams record successful changes only; throttled requests never appear there.'})
### END HIDDEN TESTS
check_answer(answers, 7, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q008_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 8, 'd3t1-002', ['A'], {'A': 'Correct. Layers share code across functions; Lambda extracts them to /opt, and the python/ folder is on the Python path.', 'B': 'EFS can hold code but adds a VPC dependency and mount configuration; layers are the intended way to share libraries.', 'C': 'Extensions run alongside the function for tasks such as monitoring; they are not a way to import a library.', 'D': 'Turning a library call into a network call adds latency, cost and a new failure point.'})
### END HIDDEN TESTS
check_answer(answers, 8, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q009_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 9, 'd3t1-007', ['A'], {'A': 'Correct. base-directory makes CodeBuild collect files relative to dist/, so they sit at the root of the artifact.', 'B': 'This keeps the dist/ prefix in every path.', 'C': "name sets the artifact's name, not the folder the files are taken from, so the whole workspace is packaged.", 'D': 'Secondary artifacts produce additional outputs; naming one dist does not change paths.'})
### END HIDDEN TESTS
check_answer(answers, 9, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q010_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 10, 'd3t1-005', ['C'], {'A': 'A rollback trigger reacts after bad data is already live; it does not stop the deployment from starting.', 'B': 'Deploying everything at once increases the damage of a bad configuration.', 'C': 'Correct. Validators run when a deployment starts, and AppConfig refuses to deploy data that fails the schema or the validation function.', 'D': 'A delay reduces blast radius but still lets the bad configuration be deployed.'})
### END HIDDEN TESTS
check_answer(answers, 10, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q011_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 11, 'd1t3-013', ['D'], {'A': 'PutItem still replaces the item with a value calculated from a possibly stale read.', 'B': 'The read-modify-write race remains between the read and the write.', 'C': 'A transactional read does not lock the item for the later write, and it costs twice as much.', 'D': 'The increment (ADD, or SET views = views + :one) is applied on the server side in one request, so concurrent increments do not overwrite each other.'})
### END HIDDEN TESTS
check_answer(answers, 11, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q012_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 12, 'd3t1-008', ['D'], {'A': 'Phases run in order in the same build, so moving commands changes nothing.', 'B': 'A longer timeout lets slow builds finish but does not make them faster.', 'C': 'Committing binaries bloats the repository and makes dependency updates harder.', 'D': 'Correct. A build cache (S3 or local) keeps the listed paths between builds, so dependencies are downloaded only when they change.'})
### END HIDDEN TESTS
check_answer(answers, 12, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q013_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 13, 'd2t3-014', ['B'], {'A': 'Manual exports lag behind rotation and leave copies of the secret in another store.', 'B': "Correct. Secret replication keeps replica secrets in other Regions updated with the primary's value, including after rotation.", 'C': 'Two independent rotations would give each Region a different password for the same database.', 'D': 'Secrets are Regional; if us-west-2 is down, its endpoint cannot be reached.'})
### END HIDDEN TESTS
check_answer(answers, 13, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q014_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 14, 'd4t1-014', ['B', 'E'], {'A': 'The storage class does not change request-rate limits, and IA adds per-request costs.', 'B': 'S3 supports at least 3,500 writes and 5,500 reads per second per partitioned prefix, so more prefixes give more throughput.', 'C': 'Transfer Acceleration speeds up long-distance transfers; it does not raise the per-prefix request rate.', 'D': 'Multipart upload helps with large objects; for small files it adds requests and does nothing for the request rate per prefix.', 'E': '503 SlowDown asks the client to reduce its request rate; backing off lets the requests succeed as S3 adds capacity.', 'F': 'Versioning adds versions per key and does not increase request throughput.'})
### END HIDDEN TESTS
check_answer(answers, 14, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q015_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 15, 'd1t1-025', ['D'], {'A': 'Immediate retries without backoff add load and keep the table throttled.', 'B': 'Legacy mode is the older default with fewer retry features; it does not add client-side rate limiting.', 'C': 'Scans read data; they do not write items and do not help with write throttling.', 'D': 'The SDK retries throttling errors with exponential backoff; adaptive mode adds client-side rate limiting and max_attempts raises the attempt limit.'})
### END HIDDEN TESTS
check_answer(answers, 15, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q016_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 16, 'd3t1-016', ['D'], {'A': 'Breaks the never-rebuild rule: every environment gets its own build, so the tested artifact is not the one that reaches prod.', 'B': 'Breaks the never-rebuild rule: each branch produces its own package, and the branches drift apart.', 'C': 'Breaks the never-rebuild rule: a new environment or a changed timeout means editing a file inside the package, so the package must be rebuilt.', 'D': "Correct. Configuration lives outside the artifact, so the same package runs in every account and reads its environment's values at run time, with no rebuild."})
### END HIDDEN TESTS
check_answer(answers, 16, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q017_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 17, 'd1t2-006', ['A'], {'A': 'Lambda uses the execution role (ec2:CreateNetworkInterface and related permissions) to manage the network interfaces that connect the function to the VPC.', 'B': "A resource-based policy controls who can invoke the function, not what the function's role can do.", 'C': 'Security group rules control traffic, not the IAM permission to create network interfaces.', 'D': "Lambda creates the interfaces with the function's execution role, not with the caller's identity."})
### END HIDDEN TESTS
check_answer(answers, 17, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q018_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 18, 'd3t1-004', ['B'], {'A': "Changing an environment variable updates the function's configuration, which is a redeployment, and CodeDeploy shifts traffic between function versions, not between users.", 'B': 'Correct. AppConfig deploys configuration gradually to the targets that fetch it and rolls back automatically when a configured CloudWatch alarm goes into ALARM.', 'C': 'Parameter Store stores the value but has no deployment strategies or automatic rollback.', 'D': 'Manual edits of an object give no gradual rollout, validation or automatic rollback.'})
### END HIDDEN TESTS
check_answer(answers, 18, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q019_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 19, 'd2t1-004', ['A', 'C'], {'A': "Correct. The dynamodb:LeadingKeys condition key with the identity ID policy variable limits every request to items whose partition key is the caller's own ID.", 'B': 'One IAM user per app user does not scale and hands out long-term keys; the policy variable makes one policy work for everyone.', 'C': "Correct. The identity pool issues credentials for its authenticated role, and the ${cognito-identity.amazonaws.com:sub} variable is filled in with the caller's identity ID.", 'D': "Allowing everyone at the table level and trusting the client to behave is not access control; any caller could read other users' items.", 'E': 'A filter is applied after items are read and is chosen by the client, so it neither enforces isolation nor saves capacity.', 'F': "Cleaning up after the fact still lets users read other users' items and briefly write under their keys; it is detection, not access control."})
### END HIDDEN TESTS
check_answer(answers, 19, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q020_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 20, 'd3t1-012', ['B'], {'A': 'latest changes meaning with every build, so it identifies no particular commit.', 'B': 'Correct. The resolved source version is the commit that was built; tagging with it links every image to its source.', 'C': 'Timestamps only loosely match commits, especially when builds overlap.', 'D': 'Manual records are error-prone and not an auditable link between image and commit.'})
### END HIDDEN TESTS
check_answer(answers, 20, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q021_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 21, 'd1t1-019', ['C', 'D'], {'A': 'Tight retry loops add load to a struggling service and can keep it from recovering.', 'B': 'Longer timeouts hold threads even longer and make the cascading failure worse.', 'C': 'A queue decouples the services, so checkout succeeds while inventory catches up at its own pace.', 'D': 'Short timeouts and bounded, jittered retries stop slow dependencies from tying up threads and avoid retry storms.', 'E': "More capacity may help for a while, but checkout is still coupled to inventory's availability and latency."})
### END HIDDEN TESTS
check_answer(answers, 21, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q022_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 22, 'd2t2-018', ['C'], {'A': 'A key that is pending deletion cannot be used for cryptographic operations, so the job is already failing.', 'B': 'A new key has different key material and cannot decrypt data encrypted under the old key.', 'C': 'Correct. During the 7–30 day waiting period the deletion can be cancelled; the key returns in the Disabled state and must be enabled again.', 'D': 'KMS-generated key material cannot be exported, so there is no backup to import.'})
### END HIDDEN TESTS
check_answer(answers, 22, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q023_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 23, 'd3t1-015', ['A', 'C'], {'A': 'Correct. sam build installs dependencies and writes deployable artifacts to .aws-sam/build.', 'B': 'cloudformation deploy does not upload local artifacts; it would need aws cloudformation package first.', 'C': 'Correct. Since SAM CLI 0.33.1, sam deploy packages automatically, so sam package is no longer needed.', 'D': 'sam local invoke runs a function locally in a container; it does not upload anything.', 'E': 'This manual step is what sam deploy automates.'})
### END HIDDEN TESTS
check_answer(answers, 23, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q024_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 24, 'd2t3-010', ['A'], {'A': 'Correct. Macie uses managed data identifiers and machine learning to discover and report sensitive data such as PII in S3 buckets.', 'B': 'GuardDuty detects threats such as unusual API calls or compromised instances; it does not classify the content of objects.', 'C': 'Inspector scans EC2 instances, container images and Lambda functions for software vulnerabilities, not data in S3.', 'D': 'A custom scanner is code to write and maintain, and hand-written patterns miss many kinds of personal data; Macie does this as a managed service.'})
### END HIDDEN TESTS
check_answer(answers, 24, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q025_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 25, 'd4t1-013', ['A'], {'A': 'Max Memory Used equal to the configured memory together with a killed runtime indicates the function hit its memory limit.', 'B': 'Pre-initialized environments have the same memory limit.', 'C': 'The process is killed because of memory, not time.', 'D': 'Ephemeral storage is disk space; it does not add memory.'})
### END HIDDEN TESTS
check_answer(answers, 25, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q026_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 26, 'd2t1-008', ['A'], {'A': "Correct. The policy variable is replaced with the caller's user name at evaluation time, so one policy covers every current and future analyst.", 'B': 'This works but needs a new policy for every analyst, which is the maintenance the lab wants to avoid.', 'C': 'Per-user buckets multiply the resources and policies to manage, and the bucket count per account is limited.', 'D': 'ACLs are disabled by default on new buckets, are per object, and cannot control listing by prefix.'})
### END HIDDEN TESTS
check_answer(answers, 26, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q027_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 27, 'd3t1-009', ['A', 'D'], {'A': 'Correct. The service role needs ECR permissions, and docker login with a token from get-login-password lets docker push authenticate.', 'B': 'The artifacts section uploads files to S3; images are pushed to ECR with docker push.', 'C': 'The curated images already include Docker; the daemon fails because privileged mode is off.', 'D': 'Correct. Building images inside CodeBuild needs privileged mode so that the Docker daemon can run.', 'E': 'Docker Hub credentials do not authenticate to Amazon ECR, and plaintext credentials in the project are a security risk.', 'F': 'Public repositories still require authentication to push, and publishing the images is not wanted.'})
### END HIDDEN TESTS
check_answer(answers, 27, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q028_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 28, 'd1t3-023', ['B', 'F'], {'A': 'This places delete markers on current files, which the company wants to keep.', 'B': 'Every overwrite keeps the previous version, which is billed until a noncurrent-version rule removes it.', 'C': 'The project files are in active use, and Deep Archive retrievals take hours, so the team could no longer work with its current files; it also removes no stored data.', 'D': 'Suspending does not remove versions that already exist, so the cost stays.', 'E': 'Transfer Acceleration speeds up uploads over long distances and adds cost; it removes no stored data.', 'F': 'Parts of abandoned multipart uploads are billed as storage until the upload is aborted.'})
### END HIDDEN TESTS
check_answer(answers, 28, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q029_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 29, 'd2t3-021', ['C'], {'A': 'Parameter Store does not publish such a metric, and an alarm would not delete the parameter.', 'B': 'Tags carry no behaviour; parameter policies, which need the Advanced tier, do.', 'C': 'Correct. Parameter policies can delete a parameter at a set time and send an EventBridge notification a chosen time before expiry.', 'D': 'Rotation needs a way to get a new token automatically, which the partner does not provide, and rotation does not delete the value.'})
### END HIDDEN TESTS
check_answer(answers, 29, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q030_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 30, 'd1t2-026', ['C'], {'A': 'Delays postpone delivery but do not cap how many invocations run at once.', 'B': 'The timeout does not limit concurrency.', 'C': 'Maximum concurrency limits how many concurrent invocations the mapping starts, so messages wait in the queue instead of being throttled and returned.', 'D': 'Batch size controls messages per invocation, not concurrent invocations.'})
### END HIDDEN TESTS
check_answer(answers, 30, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q031_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 31, 'd1t1-009', ['A', 'F'], {'A': 'generate-event writes a sample payload with the shape of a real S3 put notification that can be edited and reused.', 'B': 'sam sync deploys the stack to AWS and keeps it updated, which the developer wants to avoid at this stage.', 'C': 'This deploys the stack to AWS, which the developer wants to avoid at this stage.', 'D': 'Packaging uploads artifacts to S3 for deployment; it does not run the function.', 'E': 'sam logs reads CloudWatch Logs of deployed functions; there is nothing deployed to read yet.', 'F': 'sam local invoke runs the function in a local container that emulates the Lambda runtime, with the given event.'})
### END HIDDEN TESTS
check_answer(answers, 31, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q032_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 32, 'd4t3-006', ['B'], {'A': 'Provisioned concurrency addresses cold starts, not memory sizing.', 'B': 'Power Tuning invokes the function at several memory sizes and reports cost and duration for each, showing where more memory pays off.', 'C': 'Memory also sets CPU, so the cheapest or fastest setting is often higher than the memory actually used.', 'D': 'Functions that do not use the extra CPU or memory would cost much more with no speed gain.'})
### END HIDDEN TESTS
check_answer(answers, 32, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q033_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 33, 'd2t2-023', ['E', 'F'], {'A': 'SQS does not need the producer to create grants on the key.', 'B': 'ReEncrypt moves ciphertext between keys and is not used when sending messages.', 'C': 'Rotation is a key administration action and plays no part in sending messages.', 'D': 'kms:* also allows administering, disabling and scheduling deletion of the key, far more than sending messages needs.', 'E': "Correct. SQS uses envelope encryption and asks KMS for data keys on the producer's behalf.", 'F': "Correct. When SQS gets a new data key, it also calls Decrypt to verify the key's integrity before use, so producers need kms:Decrypt as well as consumers."})
### END HIDDEN TESTS
check_answer(answers, 33, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q034_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 34, 'd1t2-002', ['A', 'E'], {'A': 'Splitting narrows the failure down to the bad record, so the good records around it are processed.', 'B': 'The record fails because it is malformed, not because of time, so a longer timeout does not help.', 'C': 'Kinesis data streams have no dead-letter queue setting; failure handling is configured on the event source mapping.', 'D': 'The starting position applies when a mapping is created; changing it would skip unread data rather than one record.', 'E': 'Limiting retries (or record age) lets the mapping move past the bad record, and the destination receives metadata that points to it.'})
### END HIDDEN TESTS
check_answer(answers, 34, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q035_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 35, 'd4t2-012', ['D'], {'A': 'Logs Insights queries are run on demand or on a schedule, not as alarms with sub-minute periods.', 'B': 'Standard-resolution data is aggregated to 1-minute granularity, so alarms cannot evaluate shorter periods.', 'C': "Detailed monitoring changes the interval of EC2's built-in metrics, not of custom metrics.", 'D': 'High-resolution custom metrics keep data at 1-second granularity, and alarms on them can use 10- or 30-second periods.'})
### END HIDDEN TESTS
check_answer(answers, 35, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q036_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 36, 'd1t2-017', ['B'], {'A': 'The function name is separated from the module path by a dot, not a slash.', 'B': 'The handler is the file path without extension, relative to the package root, followed by the exported function name.', 'C': 'The runtime does not search for exports; it needs both the module path and the function name, separated by a dot.', 'D': 'The handler uses the module path without the file extension and must include the src/ folder.'})
### END HIDDEN TESTS
check_answer(answers, 36, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q037_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 37, 'd4t2-003', ['A', 'D'], {'A': 'Active tracing (plus tracing on the API Gateway stage) makes Lambda sample and send segments; the role needs xray:PutTraceSegments and xray:PutTelemetryRecords, as in AWSXRayDaemonWriteAccess.', 'B': 'Lambda runs the trace-forwarding component for you when active tracing is on.', 'C': 'CloudTrail records API activity for auditing, not request traces.', 'D': 'Lambda traces the invocation itself, but downstream DynamoDB calls appear as subsegments only if the SDK client is instrumented (ADOT/OpenTelemetry or the X-Ray SDK).', 'E': 'Streams record item changes; they do not produce trace data.'})
### END HIDDEN TESTS
check_answer(answers, 37, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q038_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 38, 'd2t2-020', ['B'], {'A': 'Encryption at rest says nothing about how the client connects; HTTP requests would still be accepted.', 'B': 'Correct. The aws:SecureTransport condition is false for plain HTTP requests, so the Deny rejects them whoever the caller is.', 'C': 'Block Public Access stops public policies and ACLs; it does not check the transport.', 'D': 'CloudFront protects only requests that go through it; clients could still call the S3 endpoint directly over HTTP.'})
### END HIDDEN TESTS
check_answer(answers, 38, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q039_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 39, 'd4t2-001', ['B'], {'A': 'Metadata is stored with the trace but not indexed, so it cannot be used to search for traces.', 'B': 'Annotations are indexed key-value pairs, so they can be used in filter expressions such as annotation.tenantId = "t-42".', 'C': "Logs can hold the ID, but the X-Ray console's trace filters cannot search log content.", 'D': 'Encoding data in subsegment names clutters the service map and is not a supported way to filter by a value.'})
### END HIDDEN TESTS
check_answer(answers, 39, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q040_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 40, 'd2t1-012', ['D'], {'A': "GetSessionToken is called by an existing IAM user and returns that user's permissions; it needs the IAM user the company does not want, and it ignores the assertion.", 'B': 'AssumeRoleWithWebIdentity accepts OIDC tokens from web identity providers, not SAML assertions, so the call fails.', 'C': "GetFederationToken must be signed with an IAM user's long-term credentials, which the company does not want to create.", 'D': 'Correct. With an IAM SAML identity provider and a role that trusts it, AssumeRoleWithSAML exchanges the assertion for temporary credentials of that role, with no IAM users and no broker to run.'})
### END HIDDEN TESTS
check_answer(answers, 40, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q041_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 41, 'd4t3-012', ['A'], {'A': 'Scheduled actions raise provisioned concurrency on the alias before 08:00 and lower it after 10:00, so environments are warm only during the peak.', 'B': 'Reserved concurrency guarantees capacity but does not pre-initialize environments.', 'C': 'This avoids cold starts but pays for idle capacity outside the peak.', 'D': 'Warming pings keep a single environment warm, not the many needed for the peak.'})
### END HIDDEN TESTS
check_answer(answers, 41, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q042_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 42, 'd1t3-006', ['C'], {'A': 'Smaller pages spread the reads out but still read the whole table.', 'B': 'Projection reduces the data returned, but the scan still reads and charges for every item.', 'C': 'A sparse index contains only items that have the key attribute, so a query reads just the few hundred escalated tickets.', 'D': 'Parallel scan finishes faster but consumes at least as much capacity.'})
### END HIDDEN TESTS
check_answer(answers, 42, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q043_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 43, 'd1t1-007', ['B'], {'A': 'Throttling limits the rate of all requests; invalid requests still reach the function.', 'B': 'API Gateway validates the body against the model and returns 400 Bad Request without calling the integration when validation fails.', 'C': 'Authorizers decide access, not payload shape; REQUEST authorizers do not even receive the body, and the extra function adds cost and code.', 'D': 'A size rule cannot tell whether specific JSON fields are present, and WAF blocks return 403, not a validation error.'})
### END HIDDEN TESTS
check_answer(answers, 43, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q044_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 44, 'd1t3-026', ['D'], {'A': 'A JSON parser keeps the type wrappers, and numbers stay strings.', 'B': 'Log format affects how logs are written, not how event payloads arrive.', 'C': 'KEYS_ONLY removes NewImage altogether; the keys that remain still use the same typed format.', 'D': 'Stream records use DynamoDB JSON with type descriptors; TypeDeserializer (or unmarshall in the JavaScript SDK) converts them to native types.'})
### END HIDDEN TESTS
check_answer(answers, 44, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q045_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 45, 'd1t2-005', ['C'], {'A': 'The calls time out because there is no network path, not because of missing permissions; the policy is also too broad.', 'B': 'The function would then lose access to the ElastiCache cluster in the VPC.', 'C': 'The endpoint provides a private route to DynamoDB without any internet path, and gateway endpoints for DynamoDB have no hourly charge.', 'D': 'A NAT gateway gives a route to the internet, which the security policy forbids.'})
### END HIDDEN TESTS
check_answer(answers, 45, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q046_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 46, 'd1t1-028', ['A', 'B'], {'A': 'Standard queues deliver at least once, so the consumer must tolerate an occasional duplicate.', 'B': 'The message stays hidden while it is worked on and is deleted only on success, so a crash lets it reappear instead of being lost.', 'C': 'With 90-second processing, a 30-second timeout makes messages visible again mid-processing, causing duplicates.', 'D': 'A crash during processing would then lose the message permanently.', 'E': 'Standard queues provide at-least-once delivery; exactly-once processing is a FIFO-queue feature.'})
### END HIDDEN TESTS
check_answer(answers, 46, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q047_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 47, 'd1t3-015', ['C', 'D'], {'A': 'TTL expects seconds; a millisecond value looks like a date far in the future, so items would not expire.', 'B': 'TTL ignores items whose TTL attribute is not a Number holding epoch seconds.', 'C': 'DynamoDB TTL deletes expired items in the background at no write cost, based on an epoch-seconds Number attribute.', 'D': 'Expired items are typically deleted within a few days and can still be read until then, so the app must check the time itself.', 'E': 'This works but consumes read and write capacity, which TTL deletion avoids.'})
### END HIDDEN TESTS
check_answer(answers, 47, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q048_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 48, 'd3t1-010', ['B'], {'A': 'Scanning looks for vulnerabilities; it does not stop a tag from being reused.', 'B': 'Correct. With immutable tags, pushing an image with an existing tag fails, so a tag always means the same image.', 'C': 'Lifecycle policies clean up old images; they do not protect tags from being overwritten.', 'D': 'Replication copies images to other Regions, including overwritten tags.'})
### END HIDDEN TESTS
check_answer(answers, 48, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q049_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 49, 'd4t3-002', ['B'], {'A': 'The publisher sends no attributes, so an attribute-based policy would match nothing.', 'B': 'SNS payload-based filtering applies the filter policy to properties in the JSON message body.', 'C': 'A redrive policy handles failed messages; it does not filter by content.', 'D': 'This still invokes and bills the function for every message.'})
### END HIDDEN TESTS
check_answer(answers, 49, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q050_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 50, 'd1t2-027', ['B'], {'A': 'Long polling affects empty responses, not whether in-flight messages become visible again.', 'B': 'If the visibility timeout is shorter than processing, messages reappear and are picked up again while still being processed.', 'C': 'This would send messages to the DLQ after the first receive, including ones that were about to succeed.', 'D': 'Work that needs minutes would then time out and be retried, causing more duplicates.'})
### END HIDDEN TESTS
check_answer(answers, 50, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q051_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 51, 'd2t2-009', ['B'], {'A': 'Rotation never breaks existing ciphertext, so no re-encryption is needed.', 'B': 'Correct. The key ID and ARN stay the same, KMS keeps all previous key material, and the ciphertext records which material was used.', 'C': 'Key versions do not have their own ARNs; the same key ID decrypts data from every version.', 'D': "KMS returns plaintext to the caller and does not touch stored data; re-encrypting is the caller's choice."})
### END HIDDEN TESTS
check_answer(answers, 51, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q052_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 52, 'd2t1-022', ['B', 'D', 'F'], {'A': "Block Public Access only stops public ACLs and policies; it does not block a role's private access that is granted by IAM.", 'B': 'Correct. An explicit Deny in any applicable policy overrides every Allow.', 'C': "The trust policy controls who can assume the role, not what the role can do; S3 never assumes the developer's role.", 'D': 'Correct. The effective permissions are the intersection of the identity policy and the permissions boundary, so an action missing from the boundary is denied.', 'E': 'Versioning is optional and does not affect whether uploads are allowed.', 'F': "Correct. A service control policy limits what any principal in the account can do; a Deny there wins over the role's Allow."})
### END HIDDEN TESTS
check_answer(answers, 52, 'ABCDEF', 3)

# %% nbgrader={"grade": true, "grade_id": "q053_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 53, 'd2t1-001', ['B'], {'A': 'IAM users are meant for a small number of long-lived identities, not millions of app users, and handing out long-term access keys is exactly what the team wants to avoid.', 'B': 'Correct. The user pool authenticates the user and issues JWTs; the identity pool trades them for short-lived STS credentials scoped by an IAM role, so the app can call S3 directly.', 'C': 'Amazon S3 does not accept Cognito JWTs as request authorization; S3 requests must be signed with AWS credentials (SigV4), which only the identity pool can supply.', 'D': 'The app would still need AWS credentials to read the secret, and every user would share the same long-term keys, which defeats least privilege and auditing.'})
### END HIDDEN TESTS
check_answer(answers, 53, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q054_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 54, 'd1t3-010', ['C'], {'A': 'This divides 6 KB by 4 KB and halves it (0.75 units) without first rounding up to the next 4 KB block.', 'B': 'This counts one unit per KB; read units are charged per 4 KB block.', 'C': '6 KB rounds up to 8 KB, which is 2 units for a strongly consistent read and half that, 1 unit, for an eventually consistent read; 200 reads/s × 1 = 200 RCU.', 'D': '400 RCU would be needed for strongly consistent reads (2 units per 8 KB read).'})
### END HIDDEN TESTS
check_answer(answers, 54, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q055_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 55, 'd1t3-027', ['A'], {'A': 'Since December 2020 S3 has been strongly consistent for all object reads and lists after a successful write.', 'B': "That describes S3's behavior before 2020; overwrites are now strongly consistent.", 'C': 'List operations are also strongly consistent after the write.', 'D': 'Strong consistency applies to all buckets, with or without versioning.'})
### END HIDDEN TESTS
check_answer(answers, 55, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q056_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 56, 'd4t3-014', ['C'], {'A': 'This pays for peak capacity all day while traffic is near zero.', 'B': 'Auto scaling reacts over minutes, so sudden spikes can be throttled before capacity rises.', 'C': 'On-demand mode bills per request and adapts to traffic automatically, which suits unpredictable and spiky workloads.', 'D': 'Reserved capacity is a commitment for steady usage, not for irregular spikes.'})
### END HIDDEN TESTS
check_answer(answers, 56, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q057_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 57, 'd1t1-011', ['B'], {'A': "Partition keys are hashed, not sorted, so a timestamp key scatters one player's actions across shards.", 'B': 'All records with the same partition key map to the same shard, where they are ordered by sequence number, while different players spread across shards.', 'C': "A single key puts all traffic on one shard, which removes parallelism and caps throughput at one shard's limits.", 'D': "Random keys spread the load but scatter one player's actions over many shards, losing their order."})
### END HIDDEN TESTS
check_answer(answers, 57, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q058_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 58, 'd2t3-008', ['A'], {'A': 'Correct. The extension fetches the values, caches them for a configurable time and serves them locally, which cuts latency and API calls with no cache code.', 'B': 'This exposes secrets in the configuration and delays rotation changes by up to a day.', 'C': 'Provisioned concurrency keeps environments initialized but does not cache anything the code fetches inside the handler.', 'D': 'Copying secrets into another store adds cost and another place to secure, and the team would still write the caching code.'})
### END HIDDEN TESTS
check_answer(answers, 58, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q059_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 59, 'd3t1-013', ['A'], {'A': 'Correct. CodeArtifact hosts private npm packages and proxies and caches public packages through upstream repositories, with IAM access control.', 'B': 'ECR is a container registry; npm clients cannot install packages from it.', 'C': 'A static site lacks npm registry APIs, authentication through IAM and upstream proxying.', 'D': 'A source repository is not a package registry, and committing built packages creates versioning problems.'})
### END HIDDEN TESTS
check_answer(answers, 59, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q060_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 60, 'd3t1-003', ['D'], {'A': 'Layers are configured on the function, and functions deployed as images cannot use them at all.', 'B': 'There is no such variable; Lambda does not load layers into container images.', 'C': 'Layers cannot be attached to image-based functions, whatever their compatible runtimes say.', 'D': 'Correct. For container images, everything the function needs, including former layer content, is added to the image at build time.'})
### END HIDDEN TESTS
check_answer(answers, 60, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q061_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 61, 'd2t2-008', ['C'], {'A': 'Manual rotation with a new key and alias works but needs custom code, re-encryption and careful alias updates.', 'B': 'Automatic rotation is no longer fixed at one year; the rotation period can be set, with 365 days as the default.', 'C': 'Correct. Automatic rotation accepts a custom period (documented from 90 days upward), and KMS keeps the old key material to decrypt existing data.', 'D': 'On-demand rotation works, but a manual runbook step every 180 days is more overhead than a configured period.'})
### END HIDDEN TESTS
check_answer(answers, 61, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q062_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 62, 'd2t3-005', ['C'], {'A': 'Lambda encrypts environment variables at rest by default, but with a key the company does not control or own, which fails the audit requirement.', 'B': 'Baking secrets into the package spreads them to everyone who can download the code, and SSE-S3 uses keys the company does not control.', 'C': 'Correct. Lambda can use a customer managed key for environment variables at rest; the company controls the key policy and sees its use in CloudTrail.', 'D': 'X-Ray traces requests; it does not encrypt or audit environment variables.'})
### END HIDDEN TESTS
check_answer(answers, 62, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q063_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 63, 'd1t2-016', ['B', 'C'], {'A': 'SNS pushes to Lambda; long polling is an SQS receive feature.', 'B': 'Asynchronous invocations are retried twice by default; setting the attempts to 0 stops the duplicate sends.', 'C': 'Lambda discards queued events older than the maximum event age (default 6 hours), so stale messages are dropped.', 'D': 'Reserved concurrency of 0 throttles every invocation, so no SMS would be sent at all.', 'E': 'The maximum Lambda timeout is 900 seconds, and the timeout is unrelated to event age.'})
### END HIDDEN TESTS
check_answer(answers, 63, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q064_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 64, 'd2t2-006', ['A'], {'A': "Correct. Since January 2023 Amazon S3 encrypts every new object with SSE-S3 unless the request or the bucket's default encryption asks for something else.", 'B': 'This was true for older buckets before the 2023 change; today there is no unencrypted default.', 'C': "SSE-KMS is used only when it is requested or set as the bucket's default encryption.", 'D': 'S3 does not require an encryption header; it applies the default encryption instead.'})
### END HIDDEN TESTS
check_answer(answers, 64, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q065_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 65, 'd3t1-014', ['C'], {'A': 'Lambda only accepts standard .zip files; other algorithms are not supported.', 'B': 'Splitting the code adds complexity and latency when a supported upload path exists.', 'C': 'Correct. Direct uploads are limited to 50 MB, but a package from S3 can be larger as long as it stays within 250 MB unzipped.', 'D': 'The deployment package limits are fixed and cannot be raised.'})
### END HIDDEN TESTS
check_answer(answers, 65, 'ABCD', 1)

# %% [markdown]
# ## After the exam
# Grade it (`./run.sh grade week8_mock1` on your own, or your instructor's autograde), then read the feedback and
# run `python -m course.exam.readiness week8_mock1`. Back to
# [the practice exams page](../week8_practice_exams/week8_practice_exams.ipynb).
