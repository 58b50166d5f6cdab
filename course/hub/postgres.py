"""A private PostgreSQL cluster for the gradebook: made once with initdb, started and stopped with pg_ctl,
listening on 127.0.0.1 only, password (SCRAM) required for every connection.

The server runs as the Unix user ``postgres`` (made by Debian's ``postgresql`` package); PostgreSQL
refuses to run as root. Its data folder is kept between runs, so a second start finds every grade.
"""
from __future__ import annotations

import os
import pwd
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"


def pg_bin() -> Path:
    """The newest installed PostgreSQL's bin/ (Debian: /usr/lib/postgresql/<major>/bin)."""
    base = Path("/usr/lib/postgresql")
    found = sorted((p for p in base.glob("*/bin") if (p / "pg_ctl").exists()),
                   key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if not found:
        raise SystemExit("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl); "
                         "./run.sh hub installs it with apt-get install postgresql")
    return found[-1]


@dataclass
class Cluster:
    data: Path
    log: Path
    port: int
    password: str
    database: str = "gradebook"
    user: str = "course"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@127.0.0.1:{self.port}/{self.database}"

    def _run(self, *args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([str(pg_bin() / args[0]), *args[1:]], user=SERVER_USER, group=self._gid(),
                              cwd="/", capture_output=True, text=True, check=check, **kwargs)

    def _gid(self) -> int:
        return pwd.getpwnam(SERVER_USER).pw_gid

    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def init(self) -> bool:
        """initdb when the data folder is new; True when it made the cluster."""
        if self.initialised():
            return False
        entry = pwd.getpwnam(SERVER_USER)
        self.data.mkdir(parents=True, exist_ok=True)
        os.chown(self.data, entry.pw_uid, entry.pw_gid)
        os.chmod(self.data, 0o700)
        with tempfile.NamedTemporaryFile("w", dir=self.data.parent, delete=False) as handle:
            handle.write(self.password + "\n")
        os.chown(handle.name, entry.pw_uid, entry.pw_gid)
        try:
            self._run("initdb", "-D", str(self.data), "-U", self.user, "--pwfile", handle.name,
                      "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        except subprocess.CalledProcessError as error:
            raise SystemExit(f"initdb failed in {self.data}:\n{error.stdout}{error.stderr}") from None
        finally:
            os.unlink(handle.name)
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write("\n# course.hub: loopback only, no Unix socket outside the data folder\n"
                       "listen_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{self.data}'\n")
        return True

    def running(self) -> bool:
        return self.initialised() and self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def start(self, timeout: int = 30) -> float:
        """Start the server (if it is not running) and make the database; returns the seconds it took."""
        started = time.monotonic()
        if not self.running():
            entry = pwd.getpwnam(SERVER_USER)
            self.log.touch()
            os.chown(self.log, entry.pw_uid, entry.pw_gid)
            result = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", str(timeout),
                               "-o", f"-p {self.port}", "start", check=False)
            if result.returncode != 0:
                tail = self.log.read_text()[-1500:] if self.log.exists() else ""
                raise SystemExit(f"PostgreSQL did not start on 127.0.0.1:{self.port}:\n{result.stdout}{result.stderr}{tail}")
        self.create_database()
        return time.monotonic() - started

    def create_database(self) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, password=self.password,
                             dbname="postgres", autocommit=True, connect_timeout=10) as connection:
            if not connection.execute("select 1 from pg_database where datname = %s", (self.database,)).fetchone():
                connection.execute(f'create database "{self.database}"')

    def stop(self) -> None:
        if self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
