import pytest

from course import facts
from course.facts import FactTableError, parse_table

HEADER = ",".join(facts.COLUMNS)
GOOD = "dynamodb.x,DynamoDB,4,KB,desc,docs.aws.amazon.com/x,O,2026-11,,"


def write(tmp_path, *rows, header=HEADER):
    path = tmp_path / "t.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def test_every_table_loads_and_every_row_has_a_source_and_date():
    for table in facts.TABLES:
        rows = facts.load(table)
        assert rows, table
        for fact in rows.values():
            assert fact.source and fact.as_of and fact.source_grade in "OTU"


def test_value_and_citation():
    assert facts.value("dynamodb.rcu_block_kb") == 4
    assert isinstance(facts.value("dynamodb.eventual_read_factor"), float)
    assert "checked 2026-11" in facts.get("dynamodb.item_max_kb").citation


def test_changes_since_the_2019_notes_are_recorded():
    changed = {f.key for f in facts.changed_since_notes()}
    assert "dynamodb.transaction_max_items" in changed
    assert facts.get("dynamodb.transaction_max_items").value_in_2019_notes == "25"


def test_unknown_key_names_the_service_keys():
    with pytest.raises(KeyError, match="dynamodb.rcu_block_kb"):
        facts.get("dynamodb.no_such_fact")


def test_frame_filters_by_service():
    df = facts.frame("facts", service="DynamoDB")
    assert set(df["service"]) == {"DynamoDB"} and "source" in df.columns


@pytest.mark.parametrize("row, message", [
    ("DynamoDB,DynamoDB,4,KB,d,s,O,2026-11,,", "must look like"),
    ("dynamodb.x,DynamoDB,four,KB,d,s,O,2026-11,,", "not a number"),
    ("dynamodb.x,DynamoDB,4,KB,d,s,X,2026-11,,", "source_grade"),
    ("dynamodb.x,DynamoDB,4,KB,d,s,O,Nov 2026,,", "as_of"),
    ("dynamodb.x,DynamoDB,4,KB,d,,O,2026-11,,", "empty required"),
    ("dynamodb.x,DynamoDB,4,KB,a, b,s,O,2026-11,,", "columns"),
])
def test_schema_errors_name_the_line(tmp_path, row, message):
    with pytest.raises(FactTableError, match=message) as raised:
        parse_table(write(tmp_path, row))
    assert "line 2" in str(raised.value) or "header" in str(raised.value)


def test_duplicate_keys_and_bad_header_are_refused(tmp_path):
    with pytest.raises(FactTableError, match="duplicate"):
        parse_table(write(tmp_path, GOOD, GOOD))
    with pytest.raises(FactTableError, match="header"):
        parse_table(write(tmp_path, GOOD, header="key,value"))
    assert parse_table(write(tmp_path, GOOD))["dynamodb.x"].value == 4
