# %% [markdown]
# # Practice exam 2 of 4
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
# `python -m course.exam.readiness week8_mock2` turns your result into a readiness report (scaled score, domains,
# what to study next).

# %% [markdown]
# ### Q1
# *Domain 3, task 3.2 · Single response*
#
# An AWS Lambda function processes an Amazon SQS queue in the test environment and another queue in production. The team moves both environments between function versions often and does not want to change the event source mappings every time. How should the event source mappings be set up to need the FEWEST changes?
#
# - **A.** Map both queues to the unqualified function ARN and use an environment variable to decide which version runs.
# - **B.** Create a new event source mapping for every published version and delete the old one.
# - **C.** Map both queues to $LATEST and publish a version only for production.
# - **D.** Map each queue to an alias (test and prod) and move the aliases between versions.

# %% [markdown]
# ### Q2
# *Domain 4, task 4.1 · Single response*
#
# An application on an EC2 instance calls ec2:RunInstances and receives UnauthorizedOperation with a long encoded authorization failure message. The developer needs to see which policy statement and context caused the denial. Which action gives this information with the LEAST effort?
#
# - **A.** Decode it with aws sts decode-authorization-message.
# - **B.** Search the instance's CloudWatch Logs for the request ID of the call.
# - **C.** Base64-decode the message locally and read the JSON it contains.
# - **D.** Run iam simulate-principal-policy without any parameters.

# %% [markdown]
# ### Q3
# *Domain 4, task 4.2 · Single response*
#
# A team wants all of its Lambda functions to emit structured logs so that CloudWatch Logs Insights can query fields such as level and requestId without parsing free text, and so that log levels can be changed without code changes. Which approach meets these requirements with the LEAST effort?
#
# - **A.** Write logs with print statements that include the level as text.
# - **B.** Send all logs to an Amazon S3 bucket and query them with Amazon Athena.
# - **C.** Use the JSON log format and the application and system log-level settings in each function's logging configuration.
# - **D.** Enable X-Ray active tracing on every function so that each request's logs are structured.

# %% [markdown]
# ### Q4
# *Domain 2, task 2.3 · Single response*
#
# A developer finds that an AWS Lambda function connects to an Amazon RDS for PostgreSQL database with a password written in the source code. The security team wants the password out of the code and changed automatically every 30 days without downtime for the function. Which solution meets these requirements with the LEAST custom code?
#
# - **A.** Store the password as a SecureString parameter in Parameter Store and write a scheduled Lambda function that changes it in the database and in the parameter.
# - **B.** Store the credentials in AWS Secrets Manager, schedule rotation every 30 days with the RDS rotation function, and read the secret at run time.
# - **C.** Store the password in an encrypted Lambda environment variable and update the variable every 30 days from the deployment pipeline after changing it.
# - **D.** Store the password in a KMS-encrypted file in Amazon S3 and replace the file every 30 days after changing the password by hand.

# %% [markdown]
# ### Q5
# *Domain 1, task 1.1 · Single response*
#
# A ticketing service sends purchase messages to an Amazon SQS FIFO queue. When the network is slow, the SDK retries SendMessage calls that had in fact succeeded, and the same purchase appears twice in the queue. Each purchase already carries a unique orderReference. How can the developer MOST reliably stop these duplicates from entering the queue?
#
# - **A.** Turn off retries in the SDK so that SendMessage is never repeated for the same purchase.
# - **B.** Set the MessageGroupId of each message to the orderReference.
# - **C.** Enable long polling with a 20-second wait time on the consumers.
# - **D.** Set the MessageDeduplicationId of each message to the orderReference.

# %% [markdown]
# ### Q6
# *Domain 1, task 1.1 · Single response*
#
# An EventBridge rule sends shipment events to an API destination that points at a partner's webhook. During the partner's maintenance windows some deliveries fail, and after retries are exhausted those events are lost. The team wants failed events kept for reprocessing once the partner is back. Which solution meets this requirement with the LEAST operational overhead?
#
# - **A.** Enable long polling on the partner's webhook endpoint.
# - **B.** Configure an SQS dead-letter queue on the rule target and set the target's retry policy.
# - **C.** Create a second rule that matches the same events and targets Amazon CloudWatch Logs.
# - **D.** Attach a Lambda destination for failures to the event bus.

# %% [markdown]
# ### Q7
# *Domain 4, task 4.2 · Single response*
#
# A request in a food-delivery platform passes through API Gateway, three Lambda functions and an SQS queue. When a customer reports a failed order, engineers cannot connect the log lines of the different services. Which practice makes this possible with the LEAST effort per investigation?
#
# - **A.** Increase the log retention period of each log group.
# - **B.** Pass a correlation ID from the entry point through every hop, in headers and message attributes, and log it as a field.
# - **C.** Give every service the same log group so that all of their logs are stored together.
# - **D.** Use the Lambda request ID of each function to connect the logs.

# %% [markdown]
# ### Q8
# *Domain 3, task 3.2 · Single response*
#
# Developers keep editing an AWS Lambda function while QA runs a two-day regression test. QA must test exactly the same code and configuration that will later reach production, even if the developers change the function in the meantime. What should the team do with the LEAST effort?
#
# - **A.** Have QA invoke the unqualified function ARN, which always runs the most stable code.
# - **B.** Export the function's code to Amazon S3 at the start of testing and ask developers to stop deploying.
# - **C.** Point QA at $LATEST and turn on code signing so that changes are blocked.
# - **D.** Publish a version when testing starts and point a qa alias at that version for the test run.

# %% [markdown]
# ### Q9
# *Domain 3, task 3.2 · Select 2*
#
# A developer wants to run an AWS SAM function locally against a local copy of Amazon DynamoDB, so that tests never touch the real tables. Which combination of steps meets this requirement with the LEAST effort? (Select TWO.)
#
# - **A.** Point the SDK at the production table but use a read-only IAM role for local tests.
# - **B.** Enable DynamoDB Streams on the production table so that writes are replayed locally.
# - **C.** Run DynamoDB local in a Docker container on the laptop.
# - **D.** Create a global table replica named localhost.
# - **E.** Run sam local invoke with --docker-network and an --env-vars file that sets the DynamoDB endpoint URL used by the code.

# %% [markdown]
# ### Q10
# *Domain 3, task 3.2 · Single response*
#
# A developer has deployed an AWS SAM application to a personal development stack named orders-dev. The developer wants to run one of the stack's functions in the cloud with a saved JSON event from the project's events/ folder, referring to the function by its logical ID in the template instead of looking up its generated physical name. Which command meets this requirement with the FEWEST steps?
#
# - **A.** sam remote invoke OrderFunction --stack-name orders-dev --event-file events/order.json
# - **B.** sam local invoke OrderFunction -e events/order.json, which calls the deployed function
# - **C.** sam logs -n OrderFunction --stack-name orders-dev with the event file attached
# - **D.** sam sync --stack-name orders-dev --watch, which replays the saved events after each change

# %% [markdown]
# ### Q11
# *Domain 2, task 2.3 · Single response*
#
# A developer tries to add a 6 KB PEM certificate chain and several other settings as environment variables of an AWS Lambda function. The update fails with an error about the size of the environment variables. Which solution fixes the problem and keeps the certificate chain protected, with the LEAST effort?
#
# - **A.** Split the certificate chain across three environment variables of about 2 KB each and join them in code.
# - **B.** Compress the chain with gzip and store the result in one environment variable.
# - **C.** Increase the function's memory setting so that Lambda allows more space for environment variables.
# - **D.** Store the chain in AWS Secrets Manager and read it at run time, caching it outside the handler.

# %% [markdown]
# ### Q12
# *Domain 1, task 1.1 · Select 2*
#
# A photo-sharing startup stores uploads in Amazon S3. Each new object must be processed by three independent services (thumbnailing, content moderation and search indexing). Each service must be able to fall behind, retry and be redeployed without affecting the other two, and no upload may be lost while a service is down. Which combination of steps meets these requirements MOST reliably? (Select TWO.)
#
# - **A.** Add an access policy to each SQS queue that allows the SNS topic to send messages to it.
# - **B.** Configure three separate S3 event notifications with the same event type and prefix, one to each service's Lambda function.
# - **C.** Turn on S3 Versioning on the bucket so that each service can go back to earlier copies of an object after it recovers.
# - **D.** Enable S3 Cross-Region Replication so that each service can read from its own replica bucket.
# - **E.** Configure the bucket's event notification to publish to an Amazon SNS topic, and subscribe one Amazon SQS queue per service to the topic.
# - **F.** Send the S3 event notification to a single SQS queue that all three services poll.

# %% [markdown]
# ### Q13
# *Domain 3, task 3.2 · Single response*
#
# A frontend team at a food-delivery company must start building screens against a new /restaurants endpoint of an Amazon API Gateway REST API, but the backend service will not exist for another month. The frontend team needs fixed sample responses now, at no compute cost. Which solution meets these requirements with the LEAST effort?
#
# - **A.** Create a Lambda function that returns sample JSON and connect it with a proxy integration.
# - **B.** Configure a mock integration on the method with an integration response that returns the sample JSON.
# - **C.** Point an HTTP integration at a free public placeholder website that returns sample restaurant data as JSON.
# - **D.** Enable API caching on the stage and preload the cache with sample responses.

# %% [markdown]
# ### Q14
# *Domain 2, task 2.2 · Single response*
#
# A genomics company uploads research files to Amazon S3. Its data-sharing agreement says the files must be encrypted before they leave the company's servers, so that AWS never receives the plaintext. The company still wants to use an AWS KMS key to protect the data keys. Which solution meets these requirements?
#
# - **A.** Encrypt the files locally with the Amazon S3 Encryption Client and the KMS key, then upload them.
# - **B.** Upload the files over HTTPS with SSE-KMS, so that they are encrypted both in transit and at rest.
# - **C.** Upload the files with SSE-C and pass a new key that the company generates for each file in the request headers.
# - **D.** Set the bucket's default encryption to DSSE-KMS, so that two layers of encryption are applied to the files.

# %% [markdown]
# ### Q15
# *Domain 4, task 4.2 · Single response*
#
# A company's CloudWatch Logs bill keeps growing. The developers find that their Lambda function log groups, created automatically, contain several years of data, although the company's policy requires only 90 days. What should the developers do with the LEAST operational overhead?
#
# - **A.** Set a 90-day retention policy on each log group, for example in the template.
# - **B.** Reduce the Lambda functions' memory so that they write fewer logs.
# - **C.** Delete and recreate each log group every 90 days with a scheduled Lambda function.
# - **D.** Switch the functions to the JSON log format to make the logs smaller.

# %% [markdown]
# ### Q16
# *Domain 3, task 3.2 · Single response*
#
# A developer builds a REST API with AWS SAM: five functions behind Amazon API Gateway routes. The developer wants to call the routes from a browser and curl on a laptop and see code changes without redeploying. Which approach needs the FEWEST steps per code change?
#
# - **A.** Run sam local invoke once per route, with a saved event file, each time the code changes.
# - **B.** Run sam deploy --guided to a personal stack and call the deployed API URL after each change.
# - **C.** Run sam local start-lambda and call the functions through the local Lambda Invoke endpoint.
# - **D.** Run sam local start-api, which serves the template's routes on a local HTTP port.

# %% [markdown]
# ### Q17
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function reads an Amazon Kinesis data stream with 4 shards. The function is I/O-bound and each batch takes about 2 seconds, so the IteratorAge metric keeps rising during the evening peak. Ordering only matters per partition key. The team does not want to add shards. Which change will increase processing throughput MOST effectively?
#
# - **A.** Enable BisectBatchOnFunctionError on the event source mapping to split each batch in two.
# - **B.** Increase the ParallelizationFactor of the event source mapping, for example to 5.
# - **C.** Switch the event source mapping to use a batch size of 1.
# - **D.** Increase the function's reserved concurrency to 100 so that more copies can run at once.

# %% [markdown]
# ### Q18
# *Domain 4, task 4.2 · Single response*
#
# A high-traffic retail API produces too many traces, mostly from a /health endpoint that load balancers call every few seconds, while the team wants more traces for /checkout. Which solution meets these requirements MOST cost-effectively?
#
# - **A.** Create X-Ray sampling rules by URL path, with separate rates for /health and /checkout.
# - **B.** Increase the default sampling rule's fixed rate to 100 percent for all requests to the API.
# - **C.** Filter out /health traces with a filter expression in the console.
# - **D.** Disable tracing for the whole API to reduce cost.

# %% [markdown]
# ### Q19
# *Domain 2, task 2.1 · Single response*
#
# A developer creates an IAM role for an AWS Step Functions state machine that invokes two AWS Lambda functions. The role's permissions policy allows lambda:InvokeFunction on both functions, but creating the state machine fails with an error saying that the role cannot be assumed. What should the developer change?
#
# - **A.** Add lambda:InvokeFunction for the functions to the role's trust policy.
# - **B.** Edit the role's trust policy so that states.amazonaws.com is allowed to call sts:AssumeRole.
# - **C.** Add a resource-based policy to each Lambda function that allows the developer's IAM user to invoke it.
# - **D.** Replace the role with an inline policy attached directly to the state machine.

# %% [markdown]
# ### Q20
# *Domain 3, task 3.2 · Single response*
#
# A developer changes the request mapping template of a method in an Amazon API Gateway REST API and saves it in the console. Calls to the test stage's invoke URL still behave as before. What should the developer do with the LEAST effort?
#
# - **A.** Wait up to 15 minutes for the saved change to propagate to the endpoints of every stage.
# - **B.** Flush the stage's cache, because the old template is cached there.
# - **C.** Deploy the API to the test stage, so that the stage gets a new deployment snapshot that includes the saved change.
# - **D.** Delete and re-create the test stage with the same name.

# %% [markdown]
# ### Q21
# *Domain 2, task 2.3 · Single response*
#
# A developer stores an SMTP password as a SecureString parameter encrypted with a customer managed KMS key. The application's role allows ssm:GetParameter on the parameter, but calls with WithDecryption set to true fail with an access error. What is missing?
#
# - **A.** Permission for the role to use kms:Decrypt on the customer managed key.
# - **B.** Permission for the role to call ssm:GetParametersByPath on the parent path.
# - **C.** The Advanced tier for the parameter, because Standard parameters cannot be decrypted.
# - **D.** A resource policy on the parameter that trusts the application's role.

# %% [markdown]
# ### Q22
# *Domain 3, task 3.2 · Select 2*
#
# A team has one Amazon API Gateway REST API with dev and prod stages, and one AWS Lambda function with dev and prod aliases. Each stage must call the alias with the same name, without duplicating the API. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Set the integration's function ARN to end with :${stageVariables.lambdaAlias} and define that stage variable in each stage.
# - **B.** Grant API Gateway permission to invoke each alias-qualified function ARN, for example with aws lambda add-permission.
# - **C.** Create a separate copy of the API for each environment and point each copy's integration at one alias.
# - **D.** Enable a usage plan on each stage that names the alias to call.
# - **E.** Enable stage caching so that each stage keeps its own copy of the alias.

# %% [markdown]
# ### Q23
# *Domain 2, task 2.2 · Single response*
#
# A media company encrypts video metadata with a KMS key in us-east-1 and copies the encrypted data to eu-central-1 for a disaster recovery site. The recovery site must decrypt the data locally, even if us-east-1 is unavailable, without re-encrypting it first. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Use an AWS KMS multi-Region key and create a replica of it in eu-central-1.
# - **B.** Create a new key in eu-central-1 with the same alias as the key in us-east-1.
# - **C.** Call the us-east-1 key from eu-central-1, because KMS keys are global resources.
# - **D.** Enable automatic rotation so that the key material is copied to other Regions.

# %% [markdown]
# ### Q24
# *Domain 1, task 1.2 · Select 2*
#
# An order-confirmation Lambda function is invoked asynchronously by Amazon S3. The team wants a record of every successful invocation sent to an Amazon EventBridge bus for auditing, and every invocation that still fails after retries sent to an Amazon SQS queue together with the error details and the original event. Which combination of configurations meets these requirements with the LEAST custom code? (Select TWO.)
#
# - **A.** Configure the S3 bucket to send events to SQS and have the function delete messages on success.
# - **B.** Configure an on-success destination on the function that points to the EventBridge event bus.
# - **C.** Have the function write a CloudWatch Logs line for each result and add a metric filter.
# - **D.** Configure an on-failure destination on the function that points to the SQS queue.
# - **E.** Configure the bucket's event notification to send any invocation that fails after retries directly to the SQS queue.
# - **F.** Configure a dead-letter queue on the function for both successful and failed invocations.

# %% [markdown]
# ### Q25
# *Domain 1, task 1.2 · Single response*
#
# A Lambda function that resizes images is configured with 256 MB of memory and uses about 150 MB. Its average duration is 9 seconds, and profiling shows it is CPU-bound. The team wants it to run faster. Which change is MOST likely to help?
#
# - **A.** Increase the memory setting, because Lambda assigns CPU in proportion to memory.
# - **B.** Keep memory the same, because the function uses only 150 MB of the 256 MB configured.
# - **C.** Increase the ephemeral storage (/tmp) to 10,240 MB.
# - **D.** Set reserved concurrency on the function.

# %% [markdown]
# ### Q26
# *Domain 1, task 1.1 · Single response*
#
# A team writes Python Lambda functions that read and write Amazon DynamoDB with boto3. Their unit tests call the real table in a shared development account, so the tests are slow, fail when the network is down, and sometimes corrupt each other's data. The team wants fast, repeatable unit tests that still exercise the code that builds the DynamoDB requests. Which approach meets these requirements MOST effectively?
#
# - **A.** Inject the boto3 client into the code and stub its responses with botocore's Stubber or a library such as moto.
# - **B.** Give every developer a personal DynamoDB table and point the tests at it through an environment variable set in the test runner.
# - **C.** Run the unit tests only in the CI pipeline after sam deploy has created a test stack.
# - **D.** Wrap every DynamoDB call in a try/except block that ignores errors during testing.

# %% [markdown]
# ### Q27
# *Domain 2, task 2.2 · Single response*
#
# An IoT company writes millions of small objects per hour to an Amazon S3 bucket that uses SSE-KMS with a customer managed key. Uploads sometimes fail with KMS throttling errors, and the KMS request charges are high. Which change reduces both problems with the LEAST effort?
#
# - **A.** Switch the uploads to SSE-C and have every device send its own key with each request.
# - **B.** Enable S3 Bucket Keys for SSE-KMS on the bucket.
# - **C.** Create a second KMS key and alternate between the two keys for every other upload.
# - **D.** Enable automatic key rotation so that the load spreads across key versions.

# %% [markdown]
# ### Q28
# *Domain 4, task 4.3 · Single response*
#
# A Lambda function behind an API connects to an Amazon RDS for PostgreSQL database. During traffic peaks the function scales to hundreds of concurrent executions, and the database runs out of connections and uses much CPU opening them. The team wants to keep scaling the function. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Connect through an Amazon RDS Proxy endpoint that pools connections.
# - **B.** Add a read replica and send all queries to it.
# - **C.** Open a new connection in the handler and close it at the end of every invocation.
# - **D.** Increase the database instance's max_connections to 10,000.

# %% [markdown]
# ### Q29
# *Domain 2, task 2.1 · Single response*
#
# A logistics company runs its own OpenID Connect identity provider for partner drivers. A new Amazon API Gateway HTTP API must accept only requests that carry a valid JWT issued by that provider for a specific audience. The developers do not want to run code to check the tokens. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Configure a JWT authorizer on the HTTP API with the provider's issuer URL and the expected audience.
# - **B.** Create an Amazon Cognito identity pool that trusts the provider and enable IAM authorization on the HTTP API routes.
# - **C.** Attach a resource policy to the HTTP API that allows only requests whose Authorization header starts with "Bearer".
# - **D.** Put an AWS WAF web ACL in front of the API with a rule that matches the issuer name in the token.

# %% [markdown]
# ### Q30
# *Domain 1, task 1.1 · Single response*
#
# A fintech application processes payment instructions from an Amazon SQS standard queue with a Lambda function. Each message carries a unique paymentId. Auditors found that a few payments were executed twice after the function timed out and the message became visible again. The developer must make the processing safe to repeat. Which solution meets this requirement MOST reliably?
#
# - **A.** Switch the consumer to long polling with a 20-second wait so that each message is delivered to only one consumer.
# - **B.** Claim each paymentId with a conditional write to DynamoDB before paying, and skip the payment if the ID was already claimed.
# - **C.** Delete each message as soon as it is received, before executing the payment, so that it cannot be delivered again.
# - **D.** Raise the function's reserved concurrency so that messages are processed before their visibility timeout expires.

# %% [markdown]
# ### Q31
# *Domain 2, task 2.2 · Select 2*
#
# An AWS Lambda function decrypts a small token with the KMS Decrypt API. The token was encrypted with a customer managed key in the same account. The function fails with AccessDeniedException. Which combination of settings must be in place for the call to succeed? (Select TWO.)
#
# - **A.** A key policy statement that allows lambda.amazonaws.com to call kms:Encrypt.
# - **B.** Automatic key rotation enabled on the customer managed key.
# - **C.** An identity policy on the function's execution role that allows kms:Decrypt on the key ARN.
# - **D.** A key policy that allows the account to use IAM policies for the key, or names the role.
# - **E.** A grant that allows the function to call kms:GenerateRandom.

# %% [markdown]
# ### Q32
# *Domain 3, task 3.2 · Single response*
#
# A team wants to test a new deployment of an Amazon API Gateway REST API on 5% of the requests to its existing test stage while the rest of the requests use the current deployment. Which solution meets these requirements with the LEAST effort?
#
# - **A.** A second stage named test-canary, with its own invoke URL, for the new deployment.
# - **B.** Canary settings on the test stage with 5% of traffic sent to the canary deployment and the rest to the current one.
# - **C.** A usage plan that throttles the new deployment to 5% of requests.
# - **D.** A weighted Route 53 record that splits the traffic to the stage's invoke URL by 95 to 5.

# %% [markdown]
# ### Q33
# *Domain 2, task 2.2 · Single response*
#
# A legal-tech company must encrypt scanned contracts of about 2 MB each before storing them in its own database. The encryption must use an AWS KMS customer managed key, and the plaintext contracts must not be sent to AWS KMS. Which solution meets these requirements with the FEWEST calls to AWS KMS?
#
# - **A.** Call the KMS Encrypt API with the key ID and the whole contract as the plaintext, and store the returned ciphertext.
# - **B.** Split each contract into 4 KB chunks, call the KMS Encrypt API once for every chunk, and store the chunks in order.
# - **C.** Call GenerateDataKey, encrypt the contract locally with the plaintext data key, and keep the encrypted data key.
# - **D.** Call the KMS ReEncrypt API with the contract so that KMS wraps it under the customer managed key.

# %% [markdown]
# ### Q34
# *Domain 3, task 3.2 · Single response*
#
# A developer is iterating on the code of several AWS Lambda functions in a personal AWS SAM development stack. Each sam deploy takes several minutes because it runs a full CloudFormation update. Which option gives the FASTEST feedback loop for this development stack?
#
# - **A.** Use sam sync --watch for the development stack.
# - **B.** Switch to aws cloudformation deploy, which updates the stack without creating change sets.
# - **C.** Deploy with sam deploy --no-execute-changeset every time.
# - **D.** Package the functions as container images, which always deploy faster.

# %% [markdown]
# ### Q35
# *Domain 1, task 1.3 · Select 2*
#
# An online store's DynamoDB table has partition key customerId and sort key orderDate (ISO 8601 string). The order history page must show a customer's 10 most recent orders at the LOWEST cost. Which combination of request settings should the developer use? (Select TWO.)
#
# - **A.** A BatchGetItem call with the customerId of the customer.
# - **B.** A Query with KeyConditionExpression customerId = :c and ScanIndexForward set to false.
# - **C.** A Scan with a FilterExpression on customerId, sorted in the application.
# - **D.** Limit set to 10 on the same Query request.
# - **E.** A Query on customerId with a FilterExpression that keeps only orders from the last 30 days.
# - **F.** ConsistentRead set to true on the same Query request.

# %% [markdown]
# ### Q36
# *Domain 4, task 4.3 · Select 2*
#
# Worker processes poll an Amazon SQS queue continuously with ReceiveMessage. Most calls return no messages, and every message is deleted with its own DeleteMessage call. The SQS bill is much higher than expected. Which combination of changes will reduce cost by cutting the number of billed requests? (Select TWO.)
#
# - **A.** Use long polling with a 20-second wait time.
# - **B.** Receive up to 10 messages per call and delete them with DeleteMessageBatch.
# - **C.** Switch to a FIFO queue.
# - **D.** Add a delivery delay of 15 minutes to the queue.
# - **E.** Increase the visibility timeout to 12 hours so that each message is received only once.

# %% [markdown]
# ### Q37
# *Domain 2, task 2.3 · Select 2*
#
# A team is deciding whether to keep several credentials in Parameter Store SecureString parameters or move them to AWS Secrets Manager. Which capabilities would they gain only by choosing Secrets Manager? (Select TWO.)
#
# - **A.** Built-in scheduled rotation through a rotation function.
# - **B.** Encryption of the stored value at rest with an AWS KMS key that the team chooses.
# - **C.** Replication of a secret to other AWS Regions with automatic updates.
# - **D.** Organizing values in a path hierarchy such as /app/prod/db.
# - **E.** Keeping earlier versions of a value that can be retrieved later.
# - **F.** Controlling read access to each value with IAM policies that name its ARN.

# %% [markdown]
# ### Q38
# *Domain 1, task 1.1 · Select 2*
#
# A payment provider sends webhooks to a retailer and expects an HTTP 200 response within 2 seconds, otherwise it retries. Processing each webhook (calling fraud checks and updating several systems) takes up to 40 seconds. The retailer wants a serverless design that acknowledges quickly, does not lose webhooks, and processes them reliably. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Raise the API Gateway integration timeout so that the synchronous processing can finish.
# - **B.** Store each webhook in an ElastiCache (Valkey or Redis OSS) list and process it with a cron job.
# - **C.** Process the queue with a Lambda event source mapping, with a DLQ on the queue.
# - **D.** Use an API Gateway AWS service integration that sends each webhook body to an SQS queue.
# - **E.** Have an API Gateway Lambda proxy integration process each webhook synchronously and return HTTP 200 when all the work is done.

# %% [markdown]
# ### Q39
# *Domain 3, task 3.2 · Select 2*
#
# A team deploys one AWS SAM application to a staging stack and a production stack in the same account. The environments need different stack names, table capacity and log levels, and developers must not deploy to production by mistake. Which combination of steps meets these requirements with the LEAST operational overhead? (Select TWO.)
#
# - **A.** Run sam sync --watch against the production stack so that changes arrive quickly.
# - **B.** Add a Stage parameter to the template and set per-environment parameter_overrides in samconfig.toml.
# - **C.** Deploy both environments into one stack and switch between them at run time with an environment variable.
# - **D.** Define [staging] and [prod] sections in samconfig.toml and deploy with sam deploy --config-env staging.
# - **E.** Edit the deployed production template in the CloudFormation console after each release.

# %% [markdown]
# ### Q40
# *Domain 2, task 2.1 · Single response*
#
# A retail company exposes an Amazon API Gateway REST API. Its customers already sign in through an Amazon Cognito user pool. The security team wants API Gateway itself to reject any request that does not carry a valid, unexpired token from that user pool, and the developers want to write as little code as possible. Which solution requires the LEAST custom code?
#
# - **A.** Turn on AWS_IAM authorization on every method and have the client sign requests with the user pool's ID token.
# - **B.** Require an API key on every method and store each customer's key in the user pool as a custom attribute.
# - **C.** Write a Lambda authorizer that downloads the user pool's public keys and validates the token signature on every call.
# - **D.** Create a Cognito user pool authorizer for the user pool and attach it to the API's methods.

# %% [markdown]
# ### Q41
# *Domain 1, task 1.1 · Single response*
#
# A Step Functions state machine calls a third-party shipping API through a Lambda Task state. The API sometimes fails with a transient error. The developer wants the state machine itself to retry up to 4 times with increasing, randomized waits so that many concurrent executions do not retry at the same moment. Which configuration meets these requirements with the LEAST custom code?
#
# - **A.** Add a TimeoutSeconds value on the Task state so that slow calls are retried.
# - **B.** Add a Catch field that routes the error to a Wait state of 10 seconds and then loops back to the Task state.
# - **C.** Set the Lambda function's asynchronous retry attempts to 4 in its event invoke configuration.
# - **D.** Add a Retry field on the Task state with BackoffRate above 1, MaxAttempts 4, and JitterStrategy FULL.

# %% [markdown]
# ### Q42
# *Domain 2, task 2.3 · Single response*
#
# An e-commerce company's Lambda functions sometimes write customers' email addresses and card numbers into Amazon CloudWatch Logs while debugging. Until the code is fixed, the company wants this data hidden from most people who read the logs, while a small security group can still see the original values. Which solution meets these requirements with the LEAST effort?
#
# - **A.** Set a one-day retention period on the affected log groups so that the personal data is deleted from them quickly.
# - **B.** Encrypt the log groups with a customer managed KMS key.
# - **C.** Add a data protection policy that masks these identifiers, and grant logs:Unmask only to the security group.
# - **D.** Create a metric filter on each log group that matches card number patterns and alarms when one is found.

# %% [markdown]
# ### Q43
# *Domain 2, task 2.2 · Single response*
#
# A bank runs dozens of internal microservices that call each other over TLS by using private host names such as ledger.internal.corp. The security team wants certificates from a managed certificate authority that the bank controls, and never wants these names in public certificate logs. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Request public certificates from AWS Certificate Manager with DNS validation for each internal name.
# - **B.** Create self-signed certificates on each service and disable certificate verification in the clients.
# - **C.** Create a private CA in AWS Private Certificate Authority and issue private certificates for the services.
# - **D.** Store the certificates' private keys as SecureString parameters and create them with OpenSSL during deployment.

# %% [markdown]
# ### Q44
# *Domain 2, task 2.1 · Single response*
#
# A project-management app uses an Amazon Cognito user pool and an identity pool. Users in the user pool group "managers" must receive an IAM role that can delete projects, while all other signed-in users get a read-only role. Which configuration meets these requirements in the MOST secure way?
#
# - **A.** Create two identity pools, one for each IAM role, and let the app decide which identity pool to call after the user signs in.
# - **B.** Map the managers group to the delete-capable role, and let the identity pool choose the role from the token.
# - **C.** Add a custom attribute called role to every user and check it in the app before showing the delete button.
# - **D.** Attach the delete permission to the identity pool's unauthenticated role and give managers guest access.

# %% [markdown]
# ### Q45
# *Domain 3, task 3.2 · Single response*
#
# Four developers test the same AWS Lambda function in the console and each recreates the same complicated JSON test events by hand. They want to save the events once and have everyone in the account use them. What should they do with the LEAST effort?
#
# - **A.** Save the events in an environment variable of the function.
# - **B.** Store the events in a DynamoDB table and copy them into the console.
# - **C.** Save the events as shareable test events in the Lambda console.
# - **D.** Save the events as private test events in each developer's browser.

# %% [markdown]
# ### Q46
# *Domain 3, task 3.2 · Single response*
#
# A developer wants to try version 8 of an AWS Lambda function on a small share of real traffic in a pre-production environment that calls the function through its live alias, which points to version 7. Which configuration sends about 10% of invocations to version 8 with the FEWEST changes for callers?
#
# - **A.** Create a second alias for version 8 and set reserved concurrency on both aliases to a 9:1 ratio.
# - **B.** Set the live alias's routing configuration to add version 8 with a weight of 0.1.
# - **C.** Point the live alias to $LATEST and deploy version 8's code there.
# - **D.** Publish version 8 with a 10% traffic setting on the version itself.

# %% [markdown]
# ### Q47
# *Domain 1, task 1.3 · Select 2*
#
# A recommendation service needs 350 items by primary key from a DynamoDB table on each page load and is writing the code that fetches them with BatchGetItem. Some responses include UnprocessedKeys. Which combination of practices fetches every item MOST reliably? (Select TWO.)
#
# - **A.** Send all 350 keys in one BatchGetItem call and ignore UnprocessedKeys.
# - **B.** Split the keys into requests of at most 100 items each.
# - **C.** Resubmit any UnprocessedKeys in a new BatchGetItem call, waiting with exponential backoff between attempts.
# - **D.** Switch to TransactGetItems so that no keys are left unprocessed.
# - **E.** Replace BatchGetItem with a Scan that filters on the 350 keys.

# %% [markdown]
# ### Q48
# *Domain 1, task 1.3 · Single response*
#
# A hospital keeps medical images that are read about once a quarter but must be available within milliseconds when a doctor opens them. They must be kept for at least 5 years at the lowest storage cost that meets the access requirement. Which solution is the MOST cost-effective?
#
# - **A.** Store the images in S3 Glacier Flexible Retrieval and restore each image when a doctor asks for it.
# - **B.** Store the images in S3 Standard, which serves each read in milliseconds with no retrieval fee.
# - **C.** Store the images in S3 Glacier Instant Retrieval, which serves each read in milliseconds.
# - **D.** Store the images in S3 Glacier Deep Archive, the lowest-cost class, and restore images on request.

# %% [markdown]
# ### Q49
# *Domain 1, task 1.3 · Single response*
#
# A banking app writes a new transfer to a DynamoDB table and immediately reads it back with GetItem to display a confirmation page. Occasionally the read returns the previous state of the item. The developer must make sure the read always returns the latest committed write. Which solution meets this requirement with the FEWEST changes?
#
# - **A.** Retry the GetItem request once after a fixed 100 ms delay.
# - **B.** Read the item through a global secondary index instead of the base table.
# - **C.** Add a DAX cluster and read through it.
# - **D.** Set ConsistentRead to true on the GetItem request.

# %% [markdown]
# ### Q50
# *Domain 1, task 1.2 · Select 2*
#
# A Lambda function must read from an Amazon RDS database in private subnets of a VPC and also call a public payment-provider API on the internet. The developer attached the function to the VPC through a public subnet whose route table points to an internet gateway. The database calls work, but calls to the payment API time out. Which combination of steps will give the function internet access MOST reliably while keeping the database reachable? (Select TWO.)
#
# - **A.** Keep the function in the public subnet and add a second route to the internet gateway for the payment provider's IP range.
# - **B.** Move the function's VPC configuration from the public subnet to private subnets only.
# - **C.** Add a route 0.0.0.0/0 in the private subnets' route table to a NAT gateway placed in a public subnet.
# - **D.** Assign a public IP address to the function's elastic network interface.
# - **E.** Create an interface VPC endpoint for the payment provider's domain name.

# %% [markdown]
# ### Q51
# *Domain 1, task 1.2 · Single response*
#
# A team configured provisioned concurrency on the "live" alias of a latency-sensitive Lambda function, but CloudWatch still shows cold starts on every traffic spike. The API Gateway integration uses the function's ARN without any qualifier. Which change removes these cold starts with the FEWEST changes?
#
# - **A.** Configure provisioned concurrency on $LATEST instead of the alias.
# - **B.** Invoke the alias ARN (function-name:live) from the API Gateway integration.
# - **C.** Increase the function's memory so that cold starts finish sooner.
# - **D.** Increase the function's reserved concurrency to match the size of the traffic spikes.

# %% [markdown]
# ### Q52
# *Domain 1, task 1.2 · Single response*
#
# A Python Lambda function opens a new database connection and creates a new boto3 client inside the handler on every invocation. Under steady traffic the database sees thousands of connection openings per minute, and average latency is high. Which change gives the LOWEST latency with the FEWEST code changes?
#
# - **A.** Store the open connection object in an environment variable so that invocations can share it.
# - **B.** Set provisioned concurrency to 0 so that environments are recycled more often.
# - **C.** Increase the function's timeout so that each new connection has more time to open.
# - **D.** Create the client and connection during initialization, outside the handler, and reuse them.

# %% [markdown]
# ### Q53
# *Domain 4, task 4.1 · Select 2*
#
# A developer added a new resource /reports to an existing REST API in the API Gateway console and tested it successfully with the console's Test button. Calls from a client to https://abc123.execute-api.eu-west-1.amazonaws.com/prod/reports return HTTP 403 with the message "Missing Authentication Token". The method uses no authorization. Which are the MOST likely causes? (Select TWO.)
#
# - **A.** The prod stage has throttling enabled with a low rate limit for unauthenticated clients.
# - **B.** The client calls a path or HTTP method that the deployed API does not have.
# - **C.** The backend Lambda function's execution role lacks permission to read the report data.
# - **D.** The API was not redeployed to prod after the resource was added.
# - **E.** The client did not send an API key in the x-api-key header.

# %% [markdown]
# ### Q54
# *Domain 4, task 4.3 · Select 2*
#
# A public transport company's REST API in Amazon API Gateway serves timetable lookups such as GET /timetable?stop=123. The data changes every 10 minutes, and the backend Lambda function is called thousands of times per minute with the same parameters. Which combination of steps will reduce backend calls while returning the right timetable for each stop, with the FEWEST changes? (Select TWO.)
#
# - **A.** Enable CORS on the API so that browsers can cache the timetable responses locally.
# - **B.** Add the stop query parameter to the cache key.
# - **C.** Enable stage caching with a TTL of about 600 seconds.
# - **D.** Set reserved concurrency on the function to limit calls.
# - **E.** Enable caching on the Lambda function with a 600-second TTL.

# %% [markdown]
# ### Q55
# *Domain 4, task 4.3 · Single response*
#
# A pricing Lambda function downloads a 2 MB rules file from Amazon S3 on every invocation. The file changes about once an hour, and the function handles hundreds of requests per second. Which change reduces latency and S3 requests with the LEAST effort?
#
# - **A.** Increase the function's ephemeral storage to 10 GB.
# - **B.** Enable S3 Transfer Acceleration on the bucket that holds the rules file for faster downloads.
# - **C.** Cache the parsed rules in a global variable and reload them after a few minutes.
# - **D.** Store the rules file in the function's environment variables instead.

# %% [markdown]
# ### Q56
# *Domain 3, task 3.2 · Select 2*
#
# A team's integration tests must always run against the exact Lambda code that passed code review, and callers must keep using the same ARN when the team later promotes a new build. Which properties of Lambda versions and aliases make this possible? (Select TWO.)
#
# - **A.** $LATEST is locked after it is published, so reviewed code cannot change.
# - **B.** An alias can point to versions of other functions, so one alias can serve many functions.
# - **C.** Each version writes to its own CloudWatch Logs log group.
# - **D.** A published version is an immutable snapshot of the code and most of its configuration.
# - **E.** An alias can be moved to another version without changing the ARN that callers use.
# - **F.** Deleting an alias also deletes the versions it points to, so old reviewed code cannot linger.

# %% [markdown]
# ### Q57
# *Domain 4, task 4.1 · Single response*
#
# An operations team opens the AWS X-Ray service map for a checkout application during an incident. The node for the downstream DynamoDB table is shown with a large purple segment, while the Lambda function nodes are mostly green. What does this indicate?
#
# - **A.** The Lambda functions are sending malformed requests (HTTP 4xx).
# - **B.** DynamoDB responses are slow but successful, above the latency threshold.
# - **C.** Calls to DynamoDB are being throttled (HTTP 429 / throttling errors).
# - **D.** DynamoDB is returning server faults (HTTP 5xx).

# %% [markdown]
# ### Q58
# *Domain 2, task 2.1 · Select 2*
#
# A developer is preparing an AWS Lambda function for production. The function is triggered by an Amazon SQS queue and writes each message to one Amazon DynamoDB table. The developer has been running it with a broad prototype policy and must now apply least privilege. Which combination of actions meets this goal with the LEAST operational effort? (Select TWO.)
#
# - **A.** Attach the AmazonSQSFullAccess and AmazonDynamoDBFullAccess AWS managed policies to the execution role because they are maintained by AWS.
# - **B.** Grant the execution role only sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes on the queue ARN and dynamodb:PutItem on the table ARN.
# - **C.** Add a resource-based policy to the function that lets sqs.amazonaws.com invoke it.
# - **D.** Create an IAM user with the needed permissions and store its keys in environment variables so that the role can be removed.
# - **E.** Use IAM Access Analyzer to generate a policy from the role's recorded AWS CloudTrail activity and review it before replacing the prototype policy.

# %% [markdown]
# ### Q59
# *Domain 1, task 1.2 · Single response*
#
# A team stores the configuration of a Lambda function, including a 20 KB JSON routing table, in environment variables. The deployment fails because the environment variables are too large. The configuration changes several times a week and must be read at startup. Which solution meets these requirements with the LEAST operational overhead?
#
# - **A.** Add the routing table to a Lambda layer and publish a new layer version each time it changes.
# - **B.** Encrypt the environment variables with a customer managed KMS key to compress them.
# - **C.** Split the routing table across several environment variables of less than 4 KB each.
# - **D.** Load the routing table from AWS AppConfig or Parameter Store during initialization.

# %% [markdown]
# ### Q60
# *Domain 1, task 1.3 · Select 2*
#
# Two warehouse clerks can edit the same stock record in a DynamoDB table at the same time, and sometimes one clerk's change silently overwrites the other's. The developer wants to detect conflicting updates without locking the item. Which combination of steps implements optimistic locking MOST reliably? (Select TWO.)
#
# - **A.** On ConditionalCheckFailedException, reread the item and retry the change.
# - **B.** Use strongly consistent reads before every update.
# - **C.** Wrap each update in a TransactWriteItems call with a single item.
# - **D.** Enable DynamoDB Streams and have a Lambda function detect overwritten items and alert the clerks.
# - **E.** Add a version attribute and make each update conditional on it being unchanged, incrementing it.

# %% [markdown]
# ### Q61
# *Domain 4, task 4.1 · Single response*
#
# An SQS queue has a redrive policy with maxReceiveCount 3. The consumer, a Lambda function with a 2-minute timeout, logs that every message it processes succeeds, yet many messages end up in the dead-letter queue. The queue's visibility timeout was recently lowered to 20 seconds. What is the MOST likely cause?
#
# - **A.** The consumer deletes messages before processing them.
# - **B.** The message retention period of the source queue is too long.
# - **C.** The dead-letter queue is a FIFO queue while the source queue is a standard queue.
# - **D.** Messages reappear while still being processed and are received more than 3 times.

# %% [markdown]
# ### Q62
# *Domain 1, task 1.3 · Single response*
#
# A SaaS company stores user profiles in a DynamoDB table with partition key userId. A new login flow must look up a profile by email address in single-digit milliseconds. Email addresses are unique. Which solution meets this requirement MOST cost-effectively?
#
# - **A.** Add a global secondary index with email as its partition key.
# - **B.** Add a local secondary index with email as the sort key.
# - **C.** Change the table's sort key to email.
# - **D.** Scan the table with FilterExpression email = :e and stop at the first match.

# %% [markdown]
# ### Q63
# *Domain 1, task 1.3 · Single response*
#
# A payment service writes items of 2.5 KB to a DynamoDB table, always inside TransactWriteItems calls, at 50 items per second. What is the LOWEST provisioned write capacity that handles these writes without throttling?
#
# - **A.** Provision 150 WCU, because each 2.5 KB item rounds to 3 KB and costs 3 units.
# - **B.** Provision 300 WCU, because each item rounds to 3 KB and a transactional write costs 6 units.
# - **C.** Provision 250 WCU, because a transactional write costs twice the 2.5 KB item size.
# - **D.** Provision 125 WCU, because each 2.5 KB item costs 2.5 units as it is written.

# %% [markdown]
# ### Q64
# *Domain 3, task 3.2 · Single response*
#
# A developer writes unit tests for a Python AWS Lambda handler that calls Amazon S3 and Amazon SQS through boto3. The tests must run in the CI pipeline in seconds, with no AWS account and no network access. Which approach meets these requirements with the LEAST effort?
#
# - **A.** Run the tests against a shared development account by using a restricted IAM role.
# - **B.** Deploy the function with sam deploy and invoke it from the tests.
# - **C.** Replace the AWS clients with stubs or mocks, such as botocore's Stubber or moto, that return canned responses.
# - **D.** Run the tests inside sam local start-lambda so that AWS calls are emulated.

# %% [markdown]
# ### Q65
# *Domain 2, task 2.3 · Select 2*
#
# A containerized order service runs on Amazon ECS with AWS Fargate. It must receive its database password as the environment variable DB_PASSWORD, and the password must never appear in the task definition or the image. Which combination of steps meets these requirements with the LEAST privilege? (Select TWO.)
#
# - **A.** Reference the secret's ARN in the secrets section of the container definition, with the name DB_PASSWORD.
# - **B.** Grant the task execution role secretsmanager:GetSecretValue on the secret (and kms:Decrypt if a customer managed key is used).
# - **C.** Add the password to the Dockerfile as an ENV instruction and push the image to a private Amazon ECR repository.
# - **D.** Grant only the task role secretsmanager:GetSecretValue, because the task role injects secrets.
# - **E.** Write the password in the environment section of the container definition and encrypt the task definition.

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
    6: "",
    7: "",
    8: "",
    9: "",  # Select 2 of ABCDE
    10: "",
    11: "",
    12: "",  # Select 2 of ABCDEF
    13: "",
    14: "",
    15: "",
    16: "",
    17: "",
    18: "",
    19: "",
    20: "",
    21: "",
    22: "",  # Select 2 of ABCDE
    23: "",
    24: "",  # Select 2 of ABCDEF
    25: "",
    26: "",
    27: "",
    28: "",
    29: "",
    30: "",
    31: "",  # Select 2 of ABCDE
    32: "",
    33: "",
    34: "",
    35: "",  # Select 2 of ABCDEF
    36: "",  # Select 2 of ABCDE
    37: "",  # Select 2 of ABCDEF
    38: "",  # Select 2 of ABCDE
    39: "",  # Select 2 of ABCDE
    40: "",
    41: "",
    42: "",
    43: "",
    44: "",
    45: "",
    46: "",
    47: "",  # Select 2 of ABCDE
    48: "",
    49: "",
    50: "",  # Select 2 of ABCDE
    51: "",
    52: "",
    53: "",  # Select 2 of ABCDE
    54: "",  # Select 2 of ABCDE
    55: "",
    56: "",  # Select 2 of ABCDEF
    57: "",
    58: "",  # Select 2 of ABCDE
    59: "",
    60: "",  # Select 2 of ABCDE
    61: "",
    62: "",
    63: "",
    64: "",
    65: "",  # Select 2 of ABCDE
}
### BEGIN SOLUTION
answers.update({1: 'D', 2: 'A', 3: 'C', 4: 'B', 5: 'D', 6: 'B', 7: 'B', 8: 'D', 9: ['C', 'E'], 10: 'A', 11: 'D', 12: ['A', 'E'], 13: 'B', 14: 'A', 15: 'A', 16: 'D', 17: 'B', 18: 'A', 19: 'B', 20: 'C', 21: 'A', 22: ['A', 'B'], 23: 'A', 24: ['B', 'D'], 25: 'A', 26: 'A', 27: 'B', 28: 'A', 29: 'A', 30: 'B', 31: ['C', 'D'], 32: 'B', 33: 'C', 34: 'A', 35: ['B', 'D'], 36: ['A', 'B'], 37: ['A', 'C'], 38: ['C', 'D'], 39: ['B', 'D'], 40: 'D', 41: 'D', 42: 'C', 43: 'C', 44: 'B', 45: 'C', 46: 'B', 47: ['B', 'C'], 48: 'C', 49: 'D', 50: ['B', 'C'], 51: 'B', 52: 'D', 53: ['B', 'D'], 54: ['B', 'C'], 55: 'C', 56: ['D', 'E'], 57: 'C', 58: ['B', 'E'], 59: 'D', 60: ['A', 'E'], 61: 'D', 62: 'A', 63: 'B', 64: 'C', 65: ['A', 'B']})
### END SOLUTION

# %% nbgrader={"grade": false, "grade_id": "check_sheet", "locked": true}
check_sheet(answers, 'ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCDEF:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCDEF:2 ABCDE:2 ABCDEF:2 ABCDE:2 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCDE:2 ABCDE:2 ABCD:1 ABCDEF:2 ABCD:1 ABCDE:2 ABCD:1 ABCDE:2 ABCD:1 ABCD:1 ABCD:1 ABCD:1 ABCDE:2')

# %% [markdown]
# ## Checks
# One cell per question; each earns its point when graded.

# %% nbgrader={"grade": true, "grade_id": "q001_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 1, 'd3t2-014', ['D'], {'A': 'The unqualified ARN always runs $LATEST; an environment variable cannot choose a version.', 'B': 'Recreating mappings for each release is the churn the team wants to avoid and can drop messages during the switch.', 'C': 'Production would then run unversioned, changing code.', 'D': 'Correct. Triggers that target an alias follow the alias when it is moved to a new version, so the mappings never change.'})
### END HIDDEN TESTS
check_answer(answers, 1, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q002_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 2, 'd4t1-008', ['A'], {'A': 'The caller needs sts:DecodeAuthorizationMessage; the decoded message shows the action, resource, context and whether an explicit deny or a missing allow caused the failure.', 'B': "The instance logs do not contain AWS's authorization evaluation details.", 'C': 'The message is encrypted by AWS, so base64 decoding does not reveal it.', 'D': 'The simulator needs the action, resource and context; it does not read the encoded message.'})
### END HIDDEN TESTS
check_answer(answers, 2, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q003_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 3, 'd4t2-007', ['C'], {'A': 'Free-text lines must be parsed in every query, and the level cannot be changed without code changes.', 'B': 'This adds a pipeline and does not by itself make the logs structured or levels configurable.', 'C': 'With the JSON log format, Lambda writes logs as JSON with level and request ID fields and filters them by the configured log level.', 'D': 'Tracing records request timing, not structured application logs.'})
### END HIDDEN TESTS
check_answer(answers, 3, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q004_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 4, 'd2t3-001', ['B'], {'A': 'Parameter Store has no built-in rotation, so the team would have to write and maintain the rotation code itself.', 'B': 'Correct. Secrets Manager rotates RDS credentials on a schedule with a ready-made rotation function, and the function always reads the current value.', 'C': "Rotating through redeployments is manual, couples password changes to releases, and still shows the value to anyone who can read the function's configuration.", 'D': 'Manual password changes and file replacement are error-prone and are not automatic rotation.'})
### END HIDDEN TESTS
check_answer(answers, 4, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q005_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 5, 'd1t1-015', ['D'], {'A': 'Without retries, sends that really failed would be lost, trading duplicates for data loss.', 'B': 'The group ID controls ordering and parallelism; it does not deduplicate messages.', 'C': 'Long polling affects receiving; duplicates have already been enqueued by then.', 'D': 'SQS FIFO drops a message whose deduplication ID was already accepted within the 5-minute deduplication interval, so retried sends are not enqueued twice.'})
### END HIDDEN TESTS
check_answer(answers, 5, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q006_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 6, 'd1t1-026', ['B'], {'A': 'Long polling is an SQS receive feature; it does not apply to HTTP webhooks.', 'B': "When EventBridge exhausts its retries for a target, it sends the event to the target's DLQ with error details so it can be reprocessed.", 'C': 'That logs every event, not just the failed deliveries, and gives no redrive path.', 'D': 'Lambda destinations belong to asynchronous Lambda invocations; event buses have no failure destination setting.'})
### END HIDDEN TESTS
check_answer(answers, 6, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q007_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 7, 'd4t2-008', ['B'], {'A': 'Retention keeps logs longer but does not connect them.', 'B': 'Carried in headers and message attributes and logged in every structured line, one ID lets a Logs Insights query across log groups find the whole request.', 'C': 'Storing logs together does not tell which lines belong to the same request.', 'D': 'Each invocation has its own request ID, so the IDs differ from service to service.'})
### END HIDDEN TESTS
check_answer(answers, 7, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q008_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 8, 'd3t2-004', ['D'], {'A': 'The unqualified ARN runs $LATEST, which changes with every edit.', 'B': 'A copy in S3 is not what QA invokes, and freezing development is unnecessary.', 'C': 'Code signing checks who signed a package; it does not freeze $LATEST, which stays mutable.', 'D': 'Correct. Published versions are immutable snapshots of code and configuration, and the alias gives QA a stable name that can later move to the approved version.'})
### END HIDDEN TESTS
check_answer(answers, 8, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q009_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 9, 'd3t2-012', ['C', 'E'], {'A': 'Tests would still read real data, and write tests would fail or need real permissions.', 'B': 'Streams deliver changes to consumers in AWS; they do not create a local database.', 'C': 'Correct. DynamoDB local is a downloadable version of DynamoDB that runs on a laptop.', 'D': 'Global table replicas are created in AWS Regions, not on a laptop.', 'E': "Correct. The function's container must share a network with DynamoDB local, and the code must use an endpoint override read from its environment."})
### END HIDDEN TESTS
check_answer(answers, 9, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q010_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 10, 'd3t2-006', ['A'], {'A': 'Correct. sam remote invoke runs a deployed function of the stack, resolving the logical ID to the real resource, and sends the event file as the payload.', 'B': 'sam local invoke runs the function in a local container, not the deployed function in the development stack.', 'C': "sam logs fetches the function's logs; it does not invoke anything or send events.", 'D': 'sam sync deploys code and infrastructure changes; it does not send test events.'})
### END HIDDEN TESTS
check_answer(answers, 10, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q011_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 11, 'd2t3-007', ['D'], {'A': 'The 4 KB limit applies to all environment variables together, so splitting the value does not help.', 'B': 'Compression might squeeze it under the limit today but leaves no room for other settings and is fragile; it also does not improve protection.', 'C': 'The 4 KB environment variable limit does not depend on memory size.', 'D': 'Correct. Secrets Manager holds larger values, encrypts them with KMS and controls access by IAM; caching avoids a call on every invocation.'})
### END HIDDEN TESTS
check_answer(answers, 11, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q012_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 12, 'd1t1-003', ['A', 'E'], {'A': 'Without a queue policy that permits sns.amazonaws.com (scoped to the topic ARN), SNS cannot deliver to the queues.', 'B': 'S3 rejects overlapping notification configurations for the same event type and prefix, and direct async invokes give no durable backlog.', 'C': 'Versioning keeps older copies of objects; it neither notifies the services nor gives each one its own durable backlog of events.', 'D': 'Replication copies objects; it does not notify the services or give them independent, retryable work queues.', 'E': 'SNS-to-SQS fan-out gives every service its own durable copy of each event, which it can consume at its own pace.', 'F': 'Consumers of one queue compete for messages, so each upload would reach only one of the three services.'})
### END HIDDEN TESTS
check_answer(answers, 12, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q013_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 13, 'd3t2-001', ['B'], {'A': 'This works but runs and bills a function for every call, when API Gateway can answer by itself.', 'B': "Correct. A mock integration returns a response produced by API Gateway's mapping templates, with no backend and no compute cost.", 'C': 'A third-party site adds an external dependency and may change or disappear.', 'D': 'The cache stores backend responses; it cannot be preloaded with made-up data.'})
### END HIDDEN TESTS
check_answer(answers, 13, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q014_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 14, 'd2t2-014', ['A'], {'A': 'Correct. Client-side encryption encrypts the data locally with a data key protected by KMS, so S3 only ever stores ciphertext.', 'B': 'With SSE-KMS, S3 receives the plaintext (inside TLS) and encrypts it on the server side.', 'C': 'SSE-C is also server-side: S3 receives the plaintext and your key, then encrypts and discards the key.', 'D': 'DSSE-KMS adds two server-side layers, but S3 still receives the plaintext.'})
### END HIDDEN TESTS
check_answer(answers, 14, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q015_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 15, 'd4t2-013', ['A'], {'A': 'Log groups keep data indefinitely by default; a retention setting deletes older log events automatically.', 'B': 'Memory does not control the amount of logging.', 'C': 'This loses recent logs as well and needs a scheduled job.', 'D': 'The format changes the structure of the logs, not how long they are kept.'})
### END HIDDEN TESTS
check_answer(answers, 15, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q016_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 16, 'd3t2-007', ['D'], {'A': 'sam local invoke runs one function once with an event file; it does not serve HTTP routes to a browser or curl.', 'B': 'sam deploy always deploys to AWS, which breaks the no-redeploy requirement and takes minutes per change.', 'C': 'start-lambda emulates the Lambda Invoke API for SDK or CLI calls, not the HTTP routes a browser calls.', 'D': "Correct. start-api runs a local HTTP server that maps the template's API routes to the functions, running the current code in containers."})
### END HIDDEN TESTS
check_answer(answers, 16, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q017_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 17, 'd1t2-003', ['B'], {'A': 'Bisecting is for isolating failing records, not for speeding up healthy processing.', 'B': 'A parallelization factor of up to 10 lets Lambda process several batches from each shard at once while keeping order per partition key.', 'C': 'Smaller batches mean more invocations with per-invocation overhead, which lowers throughput.', 'D': 'Without a higher parallelization factor, Lambda still runs only one invocation per shard, so the extra concurrency is unused.'})
### END HIDDEN TESTS
check_answer(answers, 17, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q018_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 18, 'd4t2-006', ['A'], {'A': 'Sampling rules are evaluated by priority and can match service, method and URL path, each with its own reservoir and rate.', 'B': 'This traces health checks too and raises cost.', 'C': 'Filtering hides traces from view after they have been recorded and billed.', 'D': 'This removes the checkout traces the team needs.'})
### END HIDDEN TESTS
check_answer(answers, 18, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q019_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 19, 'd2t1-023', ['B'], {'A': 'Trust policies only control who can assume the role; actions such as lambda:InvokeFunction belong in the permissions policy.', 'B': "Correct. A service can use a role only if the role's trust policy names that service's principal, here states.amazonaws.com.", 'C': "The state machine calls the functions with its role, not with the developer's credentials.", 'D': 'State machines get permissions through an execution role; you cannot attach an identity policy directly to a state machine.'})
### END HIDDEN TESTS
check_answer(answers, 19, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q020_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 20, 'd3t2-002', ['C'], {'A': 'Changes to a REST API never reach a stage by themselves; waiting does not help.', 'B': 'The cache holds responses, not API definitions, and flushing it does not deploy changes.', 'C': 'Correct. A stage serves a deployment, which is a snapshot of the API; edits take effect only after a new deployment to that stage.', 'D': 'Re-creating the stage is disruptive and unnecessary; it still needs a deployment.'})
### END HIDDEN TESTS
check_answer(answers, 20, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q021_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 21, 'd2t3-019', ['A'], {'A': 'Correct. Decrypting a SecureString needs permission on the KMS key as well as on the parameter.', 'B': 'The call reads one parameter; path permissions are not needed for GetParameter.', 'C': 'Standard-tier SecureString parameters can be decrypted; the tier does not affect this.', 'D': "Access to the parameter is already granted by the role's identity policy; the failure is on the KMS side."})
### END HIDDEN TESTS
check_answer(answers, 21, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q022_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 22, 'd3t2-003', ['A', 'B'], {'A': 'Correct. API Gateway replaces the stage variable at run time, so each stage calls its own alias.', 'B': 'Correct. Because the ARN is only known at run time, the console cannot add the permission; each alias needs its own resource-based policy statement.', 'C': 'Copies of the API drift apart; stage variables exist to avoid this duplication.', 'D': 'Usage plans control throttling and quotas for API keys; they do not choose a backend.', 'E': 'Caching stores responses; it does not route requests to different aliases.'})
### END HIDDEN TESTS
check_answer(answers, 22, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q023_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 23, 'd2t2-019', ['A'], {'A': 'Correct. Multi-Region keys share key material and key ID, so a replica can decrypt data encrypted by the primary key in another Region.', 'B': 'Aliases are only names; a new key has different key material and cannot decrypt the data.', 'C': 'KMS keys are Regional, so calling us-east-1 fails when that Region is down.', 'D': 'Rotation creates new key material inside the same Region; it does not replicate keys.'})
### END HIDDEN TESTS
check_answer(answers, 23, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q024_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 24, 'd1t2-015', ['B', 'D'], {'A': 'This changes the invocation model and still produces no success records on EventBridge.', 'B': "Asynchronous invocation destinations can send success records, including the function's response, to EventBridge.", 'C': 'Logs and metrics report outcomes but do not deliver records with the original event to EventBridge and SQS.', 'D': 'On-failure destinations receive the request payload plus response and error context after retries are exhausted.', 'E': "S3 event notifications only deliver events; they know nothing about the function's later failures, so they cannot route them to a queue.", 'F': 'A dead-letter queue receives only failed events, and without the error context that destinations add.'})
### END HIDDEN TESTS
check_answer(answers, 24, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q025_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 25, 'd1t2-008', ['A'], {'A': 'More memory also brings more CPU, so CPU-bound code usually finishes faster, often at a similar or lower cost.', 'B': 'Memory use is not the bottleneck here; the CPU that comes with 256 MB is.', 'C': 'Ephemeral storage size does not change CPU allocation.', 'D': 'Reserved concurrency changes how many copies may run, not how fast each one runs.'})
### END HIDDEN TESTS
check_answer(answers, 25, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q026_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 26, 'd1t1-010', ['A'], {'A': 'Injected, stubbed clients let the tests check the exact requests the code makes and return canned responses without any network call.', 'B': 'Separate tables remove the data collisions, but the tests are still slow and still depend on the network.', 'C': 'That is an integration test run; it is slower and does not give fast feedback on a laptop.', 'D': 'Swallowing errors hides real defects and does not make the tests independent of the live table.'})
### END HIDDEN TESTS
check_answer(answers, 26, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q027_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 27, 'd2t2-005', ['B'], {'A': 'SSE-C would make every device manage and send keys over HTTPS, a large change that also gives up KMS auditing.', 'B': 'Correct. A bucket-level key derived from the KMS key is reused for many objects, which cuts KMS requests (and their cost and throttling) sharply.', 'C': 'The request quota is shared by all keys in the account and Region, so a second key does not add capacity and doubles the key charges.', 'D': 'Rotation creates new key material for future encryption; it does not change the request rate or the quota.'})
### END HIDDEN TESTS
check_answer(answers, 27, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q028_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 28, 'd4t3-010', ['A'], {'A': 'RDS Proxy pools and shares database connections, so many function instances use a small number of database connections.', 'B': 'Writes cannot go to a replica, and the replica faces the same connection storm.', 'C': 'This increases the number of connection openings, which is part of the problem.', 'D': 'More connections use more memory and CPU on the database and do not solve the connection churn.'})
### END HIDDEN TESTS
check_answer(answers, 28, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q029_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 29, 'd2t1-003', ['A'], {'A': "Correct. HTTP APIs have a native JWT authorizer that checks the signature using the issuer's published keys and validates the issuer, audience and expiry without any code.", 'B': 'This swaps the JWT for AWS credentials and forces partners to sign every request with SigV4, adding work the requirement does not ask for.', 'C': 'Resource policies are a REST API feature and cannot check a header\'s content; matching the word "Bearer" would not validate the token at all.', 'D': 'A WAF string match cannot verify a cryptographic signature or expiry, so forged tokens would pass.'})
### END HIDDEN TESTS
check_answer(answers, 29, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q030_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 30, 'd1t1-005', ['B'], {'A': 'Long polling reduces empty responses; it does not stop a message from being delivered again after a timeout.', 'B': 'A conditional put is an atomic check-and-set, so only the first attempt for a paymentId can claim it and later duplicates are skipped.', 'C': 'Deleting first risks losing the payment if the function fails, and it does not guard against standard-queue duplicates.', 'D': 'More concurrency changes speed, not delivery semantics; at-least-once delivery still allows duplicates.'})
### END HIDDEN TESTS
check_answer(answers, 30, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q031_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 31, 'd2t2-021', ['C', 'D'], {'A': 'The function calls KMS with its execution role, not as the Lambda service principal, and it needs Decrypt, not Encrypt.', 'B': 'Rotation does not affect permissions.', 'C': 'Correct. The role must be allowed kms:Decrypt on that key.', 'D': 'Correct. Every KMS key needs its key policy to allow access; the default key policy lets IAM policies in the account grant use, otherwise the role must be named.', 'E': 'GenerateRandom is unrelated to decrypting data, and grants are not needed here.'})
### END HIDDEN TESTS
check_answer(answers, 31, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q032_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 32, 'd3t2-010', ['B'], {'A': 'A separate stage has its own URL, so clients would have to change what they call.', 'B': 'Correct. A stage canary sends a configured percentage of requests to a new deployment under the same URL and can later be promoted.', 'C': 'Usage plans limit request rates per API key; they do not route traffic between deployments.', 'D': 'One invoke URL cannot be split by DNS between deployments of the same stage.'})
### END HIDDEN TESTS
check_answer(answers, 32, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q033_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 33, 'd2t2-001', ['C'], {'A': 'Encrypt accepts at most 4 KB of plaintext, and it would send the contract to KMS, which the requirement forbids.', 'B': 'This sends the contract to KMS anyway and makes hundreds of slow, metered calls per document.', 'C': 'Correct. This is envelope encryption: KMS only produces and later decrypts the small data key, and the large document is encrypted locally.', 'D': 'ReEncrypt only accepts ciphertext that KMS produced earlier and re-encrypts it under another key; it cannot encrypt a 2 MB plaintext document.'})
### END HIDDEN TESTS
check_answer(answers, 33, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q034_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 34, 'd3t2-009', ['A'], {'A': 'Correct. SAM Accelerate (sam sync) pushes code changes with service APIs in seconds and watches local files; it is intended for development, not production.', 'B': 'cloudformation deploy also creates and runs a change set, so it is not faster.', 'C': 'This creates a change set without running it, so nothing is deployed.', 'D': 'Image builds and pushes usually take longer than updating a .zip package.'})
### END HIDDEN TESTS
check_answer(answers, 34, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q035_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 35, 'd1t3-005', ['B', 'D'], {'A': "BatchGetItem needs each item's full primary key; it cannot list a customer's orders.", 'B': "Query reads only that customer's item collection and, with ScanIndexForward false, returns it in descending sort-key order.", 'C': 'A Scan reads and charges for the whole table before filtering.', 'D': 'Limit stops the read after 10 items, so only the newest 10 are read and charged.', 'E': "Filters are applied after items are read, so the customer's whole history is still read and charged, and a customer may have fewer or more than 10 such orders.", 'F': 'Strongly consistent reads cost twice as much as eventually consistent ones, and an order history page does not need them.'})
### END HIDDEN TESTS
check_answer(answers, 35, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q036_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 36, 'd4t3-009', ['A', 'B'], {'A': 'Long polling (WaitTimeSeconds or ReceiveMessageWaitTimeSeconds of 20) waits for messages instead of returning empty responses, so far fewer receives are billed.', 'B': 'Batching handles up to 10 messages per request, cutting receive and delete calls.', 'C': 'FIFO queues cost more per request and do not reduce empty receives.', 'D': 'Delays hold messages back but workers still poll, so empty responses increase.', 'E': 'The visibility timeout affects redelivery, not the number of polling requests.'})
### END HIDDEN TESTS
check_answer(answers, 36, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q037_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 37, 'd2t3-020', ['A', 'C'], {'A': 'Correct. Parameter Store has no built-in rotation; Secrets Manager schedules rotation and provides rotation functions for databases such as Amazon RDS.', 'B': 'SecureString parameters are also encrypted with a KMS key.', 'C': 'Correct. Secrets Manager replicates secrets to other Regions and keeps the replicas in sync.', 'D': 'Path hierarchies are a Parameter Store feature.', 'E': 'Both services keep versions (Parameter Store parameter versions, Secrets Manager staging labels).', 'F': 'Both services support IAM policies on individual parameters and secrets.'})
### END HIDDEN TESTS
check_answer(answers, 37, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q038_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 38, 'd1t1-027', ['C', 'D'], {'A': "A longer gateway timeout does not change the provider's 2-second expectation.", 'B': 'An in-memory list without durable settings can lose data, and a cron job adds delay and servers to manage.', 'C': 'The function processes at its own pace; failures are retried and finally set aside in the DLQ instead of being lost.', 'D': 'The direct service integration stores the message durably and returns at once, so the 2-second deadline is met with no code in the path.', 'E': 'Processing takes up to 40 seconds, far beyond the 2-second deadline, so the provider would keep retrying.'})
### END HIDDEN TESTS
check_answer(answers, 38, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q039_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 39, 'd3t2-008', ['B', 'D'], {'A': 'sam sync pushes code changes through service APIs, bypassing CloudFormation, and AWS recommends it only for development stacks, not production.', 'B': 'Correct. Template parameters let one template produce both environments with their own settings.', 'C': 'One stack cannot be staging and production at the same time; the resources would be shared.', 'D': "Correct. Named configuration environments keep each stack's name and settings, so deploying to staging is an explicit choice.", 'E': 'Manual console edits drift from the source template and are overwritten by the next deploy.'})
### END HIDDEN TESTS
check_answer(answers, 39, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q040_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 40, 'd2t1-002', ['D'], {'A': 'IAM authorization expects a SigV4 signature made with AWS credentials; a Cognito ID token is not a signing key and cannot be used this way.', 'B': 'API keys identify a client for usage plans and throttling; they are not an authentication mechanism and do not prove who the user is.', 'C': 'A Lambda authorizer works but needs custom code to fetch keys and check claims, which is more work than the built-in authorizer.', 'D': 'Correct. A Cognito user pool authorizer validates the JWT against the pool with no code; invalid or expired tokens get a 401 before the integration is called.'})
### END HIDDEN TESTS
check_answer(answers, 40, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q041_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 41, 'd1t1-016', ['D'], {'A': 'TimeoutSeconds fails a state that runs too long; it does not retry it or add backoff.', 'B': 'A catch-and-loop gives a fixed wait with no jitter and needs a counter to stop after 4 attempts.', 'C': 'Step Functions invokes the function synchronously, so the asynchronous retry settings do not apply.', 'D': 'Retriers support exponential backoff through BackoffRate and randomize each wait when JitterStrategy is FULL.'})
### END HIDDEN TESTS
check_answer(answers, 41, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q042_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 42, 'd2t3-009', ['C'], {'A': 'Short retention still leaves the data readable until it expires.', 'B': 'KMS encryption protects data at rest, but anyone allowed to read the logs still sees the plaintext.', 'C': 'Correct. Data protection policies detect and mask sensitive data such as emails and card numbers; only principals with logs:Unmask can see the originals.', 'D': 'A metric filter only counts matches; it does not hide the data.'})
### END HIDDEN TESTS
check_answer(answers, 42, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q043_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 43, 'd2t2-012', ['C'], {'A': 'Public CAs cannot issue certificates for private names such as .internal.corp, and public certificates are written to Certificate Transparency logs.', 'B': 'Turning off verification removes the protection TLS provides against impersonation.', 'C': 'Correct. AWS Private CA is a managed private CA; its certificates are trusted only by clients you configure and are not published publicly.', 'D': 'This is still a self-managed CA with no central trust anchor, revocation or managed issuance.'})
### END HIDDEN TESTS
check_answer(answers, 43, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q044_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 44, 'd2t1-013', ['B'], {'A': "Letting the client choose the pool means any user could pick the managers' pool; the role must be chosen on the server side from trusted claims.", 'B': 'Correct. Group roles appear in the token (cognito:roles and cognito:preferred_role), and the identity pool issues credentials for that role, which is role-based access control.', 'C': 'A check in the app is only a UI control; any user could still call the API with credentials that allow deletion.', 'D': 'Unauthenticated credentials are given to anyone, so this would let strangers delete projects.'})
### END HIDDEN TESTS
check_answer(answers, 44, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q045_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 45, 'd3t2-011', ['C'], {'A': 'Environment variables configure the function; they are not loaded as test events, and they have a 4 KB limit.', 'B': 'This works but is manual copying, which is what the team wants to stop.', 'C': 'Correct. Shareable test events are stored in the account (in an EventBridge schema registry) and are available to other users with permission.', 'D': 'Private test events are visible only to their creator.'})
### END HIDDEN TESTS
check_answer(answers, 45, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q046_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 46, 'd3t2-005', ['B'], {'A': 'Concurrency limits throttle functions; they do not split traffic between versions.', 'B': 'Correct. A weighted alias routes the chosen share of invocations to the additional version, and callers keep using the alias.', 'C': 'This sends all traffic to unversioned code and loses the comparison with version 7.', 'D': 'Versions have no traffic settings; traffic weights are set on aliases.'})
### END HIDDEN TESTS
check_answer(answers, 46, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q047_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 47, 'd1t3-028', ['B', 'C'], {'A': 'The call is rejected above 100 items, and ignoring unprocessed keys silently drops data.', 'B': 'BatchGetItem accepts at most 100 items per call, so 350 keys need at least four calls.', 'C': 'Unprocessed keys are usually due to throttling or response size, so backing off before retrying gives the table time to recover.', 'D': 'Transactions cost twice as much per read, and atomic reads are not needed here.', 'E': 'A Scan reads the whole table, which is far more expensive than key lookups.'})
### END HIDDEN TESTS
check_answer(answers, 47, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q048_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 48, 'd1t3-021', ['C'], {'A': 'Retrievals take minutes to hours, which does not meet the millisecond requirement.', 'B': 'It meets the latency requirement but costs more to store rarely read data.', 'C': 'It is built for data accessed about once a quarter, with millisecond retrieval and lower storage cost than Standard-IA.', 'D': 'It is the cheapest class, but retrievals take hours.'})
### END HIDDEN TESTS
check_answer(answers, 48, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q049_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 49, 'd1t3-003', ['D'], {'A': 'A delay only makes stale reads less likely; it does not guarantee the latest value.', 'B': 'Global secondary indexes support only eventually consistent reads.', 'C': 'DAX serves eventually consistent reads from cache and passes strongly consistent reads straight to DynamoDB, so it adds nothing here.', 'D': 'A strongly consistent read returns a result that reflects all writes that succeeded before the read, at twice the read-capacity cost of an eventually consistent read.'})
### END HIDDEN TESTS
check_answer(answers, 49, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q050_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 50, 'd1t2-004', ['B', 'C'], {'A': 'Lambda network interfaces never get public IP addresses, so traffic from a public subnet cannot use the internet gateway, whatever routes are added.', 'B': 'Lambda network interfaces never get public IP addresses, so the function must use private subnets whose traffic goes through NAT.', 'C': "The NAT gateway in a public subnet forwards the function's outbound traffic to the internet gateway.", 'D': 'Lambda manages these interfaces and does not support public IP addresses on them.', 'E': 'Interface endpoints reach AWS services and PrivateLink providers, not an arbitrary public API on the internet.'})
### END HIDDEN TESTS
check_answer(answers, 50, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q051_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 51, 'd1t2-010', ['B'], {'A': 'Provisioned concurrency cannot be configured on $LATEST; it needs a published version or an alias.', 'B': 'Provisioned concurrency applies only to the version or alias it is configured on; unqualified calls run $LATEST.', 'C': 'This may shorten initialization but does not route requests to the pre-warmed environments.', 'D': 'Reserved concurrency guarantees capacity but does not pre-initialize execution environments.'})
### END HIDDEN TESTS
check_answer(answers, 51, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q052_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 52, 'd1t2-018', ['D'], {'A': 'Environment variables hold strings set at configuration time; they cannot hold live connection objects.', 'B': 'Recycling environments more often would increase, not decrease, connection setup.', 'C': 'This does not reduce the number of connections or the setup cost per invocation.', 'D': 'Objects created during init persist across invocations in the same environment, which avoids repeated setup cost.'})
### END HIDDEN TESTS
check_answer(answers, 52, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q053_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 53, 'd4t1-006', ['B', 'D'], {'A': 'Throttling returns 429 Too Many Requests, not 403.', 'B': 'API Gateway returns Missing Authentication Token for requests that match no deployed resource and method.', 'C': "Role problems appear in the function's own calls and would not give this gateway message.", 'D': 'Console tests run against the working draft; clients reach only what has been deployed to a stage.', 'E': 'A missing API key on a method that requires one gives a plain 403 Forbidden; the method here requires nothing.'})
### END HIDDEN TESTS
check_answer(answers, 53, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q054_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 54, 'd4t3-005', ['B', 'C'], {'A': 'CORS controls cross-origin access; it is not a server-side cache.', 'B': 'Without it in the cache key, requests for different stops would share one cached response.', 'C': 'Stage caching serves repeated requests from the cache for up to the TTL, so the function is called once per key per period.', 'D': 'This throttles requests instead of answering them from a cache.', 'E': 'Lambda has no built-in response cache setting.'})
### END HIDDEN TESTS
check_answer(answers, 54, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q055_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 55, 'd4t3-008', ['C'], {'A': 'More /tmp space does not stop the per-invocation download.', 'B': 'Acceleration speeds up long-distance transfers but still downloads the file on every invocation.', 'C': 'Execution environments are reused, so an in-memory cache with a short expiry avoids most downloads while picking up changes.', 'D': 'Environment variables are limited to 4 KB in total, and changing them updates the function configuration.'})
### END HIDDEN TESTS
check_answer(answers, 55, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q056_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 56, 'd3t2-015', ['D', 'E'], {'A': '$LATEST stays editable; publishing creates a separate, numbered version.', 'B': "An alias belongs to one function and can point only to that function's versions.", 'C': 'All versions of a function log to the same log group; the version appears in the log stream name.', 'D': "Correct. Once published, a version's code and settings such as runtime and environment variables cannot change.", 'E': 'Correct. The alias ARN stays the same while its target version changes.', 'F': 'Deleting an alias leaves its versions untouched; versions are deleted separately.'})
### END HIDDEN TESTS
check_answer(answers, 56, 'ABCDEF', 2)

# %% nbgrader={"grade": true, "grade_id": "q057_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 57, 'd4t1-009', ['C'], {'A': 'Client errors are shown in yellow.', 'B': 'Latency is shown in the response-time distribution, not as a purple segment.', 'C': 'In the X-Ray service map, purple marks throttling, red marks faults (5xx), and yellow marks client errors (4xx).', 'D': 'Faults are shown in red.'})
### END HIDDEN TESTS
check_answer(answers, 57, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q058_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 58, 'd2t1-009', ['B', 'E'], {'A': 'Full-access managed policies allow every action on every queue and table, far beyond what the function needs.', 'B': 'Correct. These are the actions the SQS event source mapping and the write need, limited to the two specific resources.', 'C': 'With an SQS event source mapping, Lambda polls the queue using the execution role; SQS does not push to the function, so no resource-based policy is needed.', 'D': 'Long-term keys in environment variables are less secure than the temporary credentials that the execution role already provides.', 'E': 'Correct. Access Analyzer policy generation lists the actions actually used, which is a good starting point for a least-privilege policy.'})
### END HIDDEN TESTS
check_answer(answers, 58, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q059_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 59, 'd1t2-019', ['D'], {'A': 'This works, but every change means a new layer version and a function update, unlike a configuration store.', 'B': 'Encryption does not compress, and the size limit still applies.', 'C': 'The 4 KB limit applies to all the environment variables of a function together, not to each variable.', 'D': 'Lambda environment variables are limited to 4 KB in total, so larger or frequently changing configuration belongs in a configuration store.'})
### END HIDDEN TESTS
check_answer(answers, 59, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q060_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 60, 'd1t3-012', ['A', 'E'], {'A': 'That exception signals a lost race; rereading and retrying applies the change to the current data.', 'B': 'A fresh read narrows the window but another write can still land between the read and the update.', 'C': 'A one-item transaction without a version condition still overwrites concurrent changes.', 'D': 'Streams show what happened afterwards; they do not prevent the lost update.', 'E': 'The condition expression makes the update fail if someone else wrote the item since it was read.'})
### END HIDDEN TESTS
check_answer(answers, 60, 'ABCDE', 2)

# %% nbgrader={"grade": true, "grade_id": "q061_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 61, 'd4t1-015', ['D'], {'A': 'Deleted messages cannot be received again, so they would never reach the DLQ.', 'B': 'Retention controls how long unprocessed messages are kept, not how often they are received.', 'C': 'A mismatched queue type would be rejected when setting the redrive policy, not cause messages to move.', 'D': 'A visibility timeout shorter than the processing time makes SQS count extra receives, so messages move to the DLQ despite succeeding.'})
### END HIDDEN TESTS
check_answer(answers, 61, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q062_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 62, 'd1t3-007', ['A'], {'A': 'A GSI provides a new access path by a different key and can be added to an existing table at any time.', 'B': 'An LSI keeps userId as the partition key, so it still requires the userId, and it can only be created with the table.', 'C': 'Key schemas cannot be changed after creation, and a sort key still requires the partition key to query.', 'D': 'A scan reads the whole table, so latency and cost grow with table size.'})
### END HIDDEN TESTS
check_answer(answers, 62, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q063_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 63, 'd1t3-011', ['B'], {'A': 'This rounds to 3 KB correctly but forgets that transactional writes cost twice as much.', 'B': '2.5 KB rounds up to 3 KB, which is 3 WCU for a standard write, doubled to 6 WCU for a transactional write; 50 × 6 = 300.', 'C': 'This doubles the cost but does not round 2.5 KB up to the next whole KB.', 'D': 'This uses 2.5 WCU per item without rounding up or counting the transactional cost.'})
### END HIDDEN TESTS
check_answer(answers, 63, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q064_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 64, 'd3t2-013', ['C'], {'A': 'This needs an account and network access and makes tests slower and flaky.', 'B': 'Deploying is an integration test; it needs an account and takes minutes.', 'C': 'Correct. Mocked clients return canned responses, so the handler logic is tested quickly and in isolation.', 'D': 'sam local emulates the Lambda runtime, not S3 or SQS; calls from the code would still go to AWS.'})
### END HIDDEN TESTS
check_answer(answers, 64, 'ABCD', 1)

# %% nbgrader={"grade": true, "grade_id": "q065_tests", "points": 1}
### BEGIN HIDDEN TESTS
grade_answer(answers, 65, 'd2t3-016', ['A', 'B'], {'A': 'Correct. The secrets section injects the value from Secrets Manager or Parameter Store when the container starts, so only the ARN is stored.', 'B': 'Correct. The execution role fetches the secret at container start and needs permission on the secret and its key.', 'C': 'The password would be baked into every image layer and visible to anyone who can pull the image.', 'D': 'The task role is used by the application code; the ECS agent injects secrets with the task execution role.', 'E': 'Values in the environment section are stored in plain text in the task definition.'})
### END HIDDEN TESTS
check_answer(answers, 65, 'ABCDE', 2)

# %% [markdown]
# ## After the exam
# Grade it (`./run.sh grade week8_mock2` on your own, or your instructor's autograde), then read the feedback and
# run `python -m course.exam.readiness week8_mock2`. Back to
# [the practice exams page](../week8_practice_exams/week8_practice_exams.ipynb).
