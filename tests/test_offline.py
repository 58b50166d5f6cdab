"""The offline guard: a learner's real credentials are never read and no request leaves the machine.

Each check runs in a fresh interpreter, because the guard patches botocore for the whole process."""
import json
import os
import subprocess
import sys
import textwrap


def run_python(code: str, tmp_path, extra_env=None) -> dict:
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True, exist_ok=True)
    # A learner's real-looking profile and keys: the guard must ignore all of them.
    (home / ".aws" / "credentials").write_text(
        "[default]\naws_access_key_id = AKIAREALREALREAL0000\naws_secret_access_key = realsecret\n"
        "[work]\naws_access_key_id = AKIAWORKWORKWORK0000\naws_secret_access_key = worksecret\n")
    (home / ".aws" / "config").write_text("[profile work]\nregion = eu-west-1\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"HOME": str(home), "AWS_PROFILE": "work", "AWS_ACCESS_KEY_ID": "AKIAENVENVENVENV0000",
                "AWS_SECRET_ACCESS_KEY": "envsecret", "AWS_ENDPOINT_URL": "http://10.255.255.1:9"})
    env.update(extra_env or {})
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_credentials_are_fake_and_profiles_ignored(tmp_path):
    result = run_python("""
        import json, os
        from course.offline import isolate_aws, FAKE_ACCESS_KEY
        isolate_aws()
        import boto3
        creds = boto3.Session().get_credentials().get_frozen_credentials()
        print(json.dumps({"key": creds.access_key, "fake": FAKE_ACCESS_KEY,
                          "profile": os.environ.get("AWS_PROFILE"), "endpoint": os.environ.get("AWS_ENDPOINT_URL"),
                          "imds": os.environ.get("AWS_EC2_METADATA_DISABLED"),
                          "region": boto3.Session().region_name}))
    """, tmp_path)
    assert result["key"] == result["fake"]
    assert result["profile"] is None and result["endpoint"] is None
    assert result["imds"] == "true" and result["region"] == "us-east-1"


def test_without_the_guard_the_real_profile_would_be_used(tmp_path):
    """The fixture is realistic: plain boto3 picks up the learner's keys (so the test above can fail)."""
    result = run_python("""
        import json, boto3
        print(json.dumps({"key": boto3.Session().get_credentials().get_frozen_credentials().access_key}))
    """, tmp_path)
    assert result["key"].startswith("AKIAENV")


def test_unstubbed_call_fails_at_once_with_stubbing_advice(tmp_path):
    result = run_python("""
        import json, time
        from course.offline import isolate_aws, RealAWSCallBlocked
        isolate_aws()
        import boto3
        client = boto3.client("dynamodb")
        start = time.monotonic()
        try:
            client.put_item(TableName="t", Item={"pk": {"S": "a"}})
            error = None
        except RealAWSCallBlocked as e:
            error = str(e)
        print(json.dumps({"error": error, "seconds": time.monotonic() - start}))
    """, tmp_path)
    assert "PutItem" in result["error"] and "Stubber" in result["error"] and "put_item" in result["error"]
    assert result["seconds"] < 5  # a hang check, not a speed target: without the guard this call waits minutes


def test_stubber_presign_and_signing_still_work(tmp_path):
    result = run_python("""
        import json
        from course.offline import isolate_aws, is_isolated
        isolate_aws()
        import boto3
        from botocore.config import Config
        from botocore.stub import Stubber
        ddb = boto3.client("dynamodb")
        with Stubber(ddb) as stub:
            stub.add_response("list_tables", {"TableNames": ["orders"]}, {})
            tables = ddb.list_tables()["TableNames"]
        s3 = boto3.client("s3", config=Config(signature_version="s3v4"))
        url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=60)
        print(json.dumps({"tables": tables, "url": url, "isolated": is_isolated()}))
    """, tmp_path)
    assert result["tables"] == ["orders"] and result["isolated"]
    assert "X-Amz-Signature=" in result["url"] and "AKIAIOSFODNN7EXAMPLE" in result["url"]


def test_importing_course_is_cheap(tmp_path):
    result = run_python("""
        import json, sys
        import course, course.facts, course.testing, course.offline, course.charts
        print(json.dumps({"heavy": sorted(m for m in ("boto3", "botocore", "pandas", "matplotlib") if m in sys.modules)}))
    """, tmp_path)
    assert result["heavy"] == []
