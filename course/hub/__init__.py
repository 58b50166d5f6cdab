"""A real class on one machine: JupyterHub, real Unix users from the roster, nbgrader's shared exchange
and a PostgreSQL gradebook, started by ``./run.sh hub`` (``python -m course.hub``).

One module per idea:

- ``layout``   where everything lives (``hub-data/`` by default) and with which owner and permission bits;
- ``postgres`` a private PostgreSQL cluster (initdb / pg_ctl on 127.0.0.1) as the gradebook;
- ``users``    Unix users for the instructor and every roster student (useradd, chpasswd);
- ``venv``     the virtual environment every user runs (built with /usr/bin/python3, readable by all);
- ``setup``    the course folder, the exchange, the student configuration and the Hub settings;
- ``jupyterhub_config.py`` the Hub configuration, filled from the settings file ``setup`` writes;
- ``__main__`` start everything, wait, and stop everything on Ctrl-C.
"""
