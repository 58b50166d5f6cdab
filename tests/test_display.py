"""The fact-table formatter: units, separators, no float artefacts, short source links, grade badges."""
import pytest

from course import facts
from course.display import changed_table, fact_table, format_number, format_value, short_source


@pytest.mark.parametrize("value, shown", [(10240.0, "10,240"), (10240, "10,240"), (0.000013, "0.000013"),
                                          (0.0000166667, "0.0000166667"), (1234.5, "1,234.5"), (1e-7, "0.0000001"),
                                          (-0.5, "-0.5"), (0.1 + 0.2, "0.30000000000000004")])
def test_numbers_never_show_float_artefacts_or_e_notation(value, shown):
    assert format_number(value) == shown
    assert "e-" not in format_number(value)


def test_values_carry_their_unit_and_money_shows_cents():
    assert format_value(0.2, "USD per 1M requests") == "$0.20 per 1M requests"
    assert format_value(0.0000166667, "USD per GB-second") == "$0.0000166667 per GB-second"
    assert format_value(10240, "MB") == "10,240 MB"
    assert format_value(20240731, "date (YYYYMMDD)") == "2024-07-31"
    assert format_value(2023, "year") == "2023"


def test_sources_become_short_links():
    pieces = short_source("docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html; bybowu.com (S3 50TB)")
    links = [(text, link) for text, link in pieces if link]
    assert links[0] == ("docs.aws.amazon.com/…/qfacts.html",
                        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html")
    assert ("bybowu.com", "https://bybowu.com") in links


def test_a_table_renders_every_row_in_full_with_a_badge_and_no_index():
    table = fact_table(service="Lambda")
    rendered = table._repr_html_()
    rows = [f for name in facts.TABLES for f in facts.load(name).values() if f.service == "Lambda"]
    assert len(table) == len(rows) and rendered.count("<tr>") == len(rows) + 1
    for row in rows:
        assert row.description.replace("'", "&#x27;").replace("&", "&amp;")[:40] in rendered.replace("&amp;#x27;", "&#x27;")
    assert "10240.0" not in rendered and "e-05" not in rendered and "1.66667e" not in rendered
    assert "10,240 MB" in rendered and 'title="official AWS page"' in rendered
    assert "<th" in rendered and "index" not in rendered.lower()


def test_chosen_keys_keep_their_order_and_changes_add_the_2019_value():
    keys = ["kms.crypto_quota_rps_large_regions", "kms.crypto_quota_rps_default"]
    assert [f.key for f in fact_table(keys).rows] == keys
    changed = changed_table(service="KMS")
    assert changed.rows and all(f.changed for f in changed.rows)
    assert "2019 notes" in changed._repr_html_()


def test_the_review_fixes_are_in_the_fact_tables():
    assert facts.value("kms.crypto_quota_rps_default") == 10_000
    assert facts.value("kms.crypto_quota_rps_mid_regions") == 20_000
    assert facts.value("kms.crypto_quota_rps_large_regions") == 100_000
    mid = facts.get("kms.crypto_quota_rps_mid_regions").description
    assert all(r in mid for r in ("us-east-2", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "eu-central-1",
                                  "eu-west-2"))
    assert facts.value("s3.max_object_gib") == facts.value("s3.multipart_max_parts") * facts.value(
        "s3.multipart_max_part_gib") == 50_000
    assert "15 July 2025" in facts.get("apigateway.free_requests_per_month").description
    assert facts.value("cloudwatch.alarm_period_high_res_min_seconds") == 10
    assert facts.value("cloudwatch.alarm_period_step_seconds") == 60
    assert facts.get("cloudwatch.retention_1h_days").source_grade == "O"
    assert facts.value("dynamodb.capacity_mode_switches_per_24h") == 4
    assert facts.get("dynamodb.capacity_mode_switches_per_24h").source_grade == "O"
