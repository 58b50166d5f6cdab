"""JupyterHub configuration for a class (a template: every value comes from the settings file that
``course.hub.setup`` writes, named by the COURSE_HUB_SETTINGS environment variable).

- login: PAM, with the Unix users and passwords ``./run.sh hub`` made from the roster;
- each user's server: a local process as that Unix user, from the shared hub environment, opening
  JupyterLab in the user's home; students get nbgrader's Assignment List and Validate, not its
  instructor tools (see student-config/);
- the formgrader: a Hub service named after the course id, run as the instructor in the course folder,
  with a fixed API token; only the instructor may open it.
"""
import json
import os
from pathlib import Path

settings = json.loads(Path(os.environ["COURSE_HUB_SETTINGS"]).read_text())
state = Path(settings["state_dir"])
venv_bin = settings["venv_bin"]
course_id = settings["course_id"]
instructor = settings["instructor"]
system_path = f"{venv_bin}:/usr/local/bin:/usr/bin:/bin"

c = get_config()  # noqa: F821

c.JupyterHub.bind_url = settings["bind_url"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = settings["hub_port"]
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True        # Ctrl-C stops every user's server too
c.ConfigurableHTTPProxy.command = [f"{venv_bin}/configurable-http-proxy"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings['proxy_api_port']}"
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")

c.JupyterHub.authenticator_class = settings["authenticator"]
c.Authenticator.allowed_users = set(settings["students"]) | {instructor}
c.Authenticator.admin_users = {instructor}

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [f"{venv_bin}/jupyterhub-singleuser"]
# The Hub stops servers with SIGINT; without this a server without a terminal waits for a "y" that never comes.
c.Spawner.args = ["--ServerApp.answer_yes=True"]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 90
c.Spawner.http_timeout = 90
c.Spawner.environment = {"PATH": system_path}


def student_configuration(spawner):
    """Students' servers read the read-only student-config/ (exchange, course id, no instructor tools)."""
    if spawner.user.name != instructor:
        spawner.environment["JUPYTER_CONFIG_DIR"] = settings["student_config"]


c.Spawner.pre_spawn_hook = student_configuration

c.JupyterHub.services = [{
    "name": course_id,
    "url": f"http://127.0.0.1:{settings['formgrader_port']}",
    "command": [f"{venv_bin}/jupyterhub-singleuser", "--ServerApp.default_url=/formgrader", "--ServerApp.answer_yes=True"],
    "user": instructor,
    "cwd": settings["course_root"],
    "api_token": settings["formgrader_token"],
    "oauth_no_confirm": True,
    "environment": {"PATH": system_path, "HOME": settings["instructor_home"]},
}]
c.JupyterHub.load_roles = [
    {"name": f"formgrader-{course_id}", "description": "open the course's formgrader",
     "users": [instructor], "scopes": [f"access:services!service={course_id}"]},
]
