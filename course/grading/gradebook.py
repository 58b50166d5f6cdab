"""Reach the gradebook before doing anything, and say clearly when it cannot be reached.

nbgrader, given a PostgreSQL URL whose server is down, fails deep inside SQLAlchemy and then suggests
``nbgrader db upgrade``, which is wrong. Every command of ours that needs the gradebook asks here first,
so it stops before it writes anything, with the URL (password masked) and what to check.
"""
from __future__ import annotations

import re


class GradebookUnreachable(SystemExit):
    """The gradebook's database cannot be reached. Raised before anything is written."""


def masked(db_url: str) -> str:
    """The URL with any password replaced by ``***``."""
    return re.sub(r"^([a-z0-9+]+://[^:/@]*):[^@]*@", r"\1:***@", db_url)


def open_checked(db_url: str, timeout: int = 5) -> None:
    """Connect once; on failure raise GradebookUnreachable naming the masked URL."""
    if not db_url.startswith("postgresql"):
        return  # SQLite: nbgrader creates the file; a bad path fails with a clear OSError of its own
    import sqlalchemy

    try:
        engine = sqlalchemy.create_engine(db_url, connect_args={"connect_timeout": timeout})
    except ModuleNotFoundError as error:
        raise GradebookUnreachable(
            f"gradebook {masked(db_url)}: the database driver is missing ({error.name}); "
            "install the course requirements (psycopg[binary]) with ./run.sh setup") from None
    try:
        with engine.connect() as connection:
            connection.execute(sqlalchemy.text("select 1"))
    except sqlalchemy.exc.OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error).splitlines()[0]
        raise GradebookUnreachable(
            f"gradebook {masked(db_url)} cannot be reached: {masked(reason)}\n"
            "Nothing was changed. Is the PostgreSQL server running (./run.sh hub starts it) and is "
            "NBGRADER_DB_URL right?") from None
    finally:
        engine.dispose()
