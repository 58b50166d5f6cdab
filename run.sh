#!/usr/bin/env bash
# One entry point for the course. On a fresh machine with Python 3.11 each command sets up what it needs.
#   ./run.sh class   the main job: check notebooks, take a sample class through nbgrader (in demo-class/)
#   ./run.sh hub     a real class on this machine: JupyterHub + PostgreSQL gradebook + roster users (root)
#   ./run.sh test    the test suite (installs Chromium for the browser test)
#   ./run.sh lab     open the course in JupyterLab for study (your copies live in my-work/)
#   ./run.sh grade W grade my-work/W with the course's grader and show your progress
#   ./run.sh bench   grading and notebook-execution benchmarks
#   ./run.sh setup   only create/refresh the virtual environment
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

log() { printf '\033[1m[course]\033[0m %s\n' "$*" >&2; }

ensure_venv() {
  local stamp="$VENV/.installed" want
  want="$(cat requirements*.txt pyproject.toml | sha256sum | cut -c1-16)"
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating virtual environment in .venv"
    "$PY" -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing Python packages (first run takes about a minute)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .
    echo "$want" > "$stamp"
  fi
  # nbgrader shells out to `alembic`; JupyterLab's nbgrader extension needs the venv's tools first on PATH.
  export PATH="$VENV/bin:$PATH"
  export VIRTUAL_ENV="$VENV"
}

ensure_chromium() {
  if command -v chromium >/dev/null 2>&1; then return; fi
  log "installing Chromium for the browser test (apt)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium fonts-dejavu-core >/dev/null
}

ensure_hub_system() {   # ./run.sh hub and its tests: PostgreSQL, and a system Python every user can run
  local pkgs=()
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || pkgs+=(postgresql)
  /usr/bin/python3 -c "import ensurepip, venv" 2>/dev/null || pkgs+=(python3-venv)
  [ ${#pkgs[@]} -eq 0 ] && return
  log "installing ${pkgs[*]} for the class hub (apt)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${pkgs[@]}" >/dev/null
}

ensure_bwrap() {   # grading runs every submission in a bubblewrap sandbox (see README, "How grading is isolated")
  if command -v bwrap >/dev/null 2>&1 && command -v prlimit >/dev/null 2>&1; then return; fi
  log "installing bubblewrap for the grading sandbox (apt)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q bubblewrap util-linux >/dev/null || \
    log "could not install bubblewrap: grading a class will refuse to run (see README)"
}

cmd="${1:-help}"; shift || true
case "$cmd" in
  setup) ensure_venv ;;
  class) ensure_venv; ensure_bwrap; exec python -m course.grading.classroom "$@" ;;
  hub)   ensure_venv; ensure_hub_system; ensure_bwrap; exec python -m course.hub "$@" ;;
  test)  ensure_venv; ensure_chromium; ensure_hub_system; ensure_bwrap; exec python -m pytest -q -n 2 --dist loadgroup "$@" ;;
  lab)   ensure_venv
         mkdir -p my-work
         for week in release/*/; do   # your own copy of each week, made once and never overwritten
           # study-copy stamps this kernel's language_info, so an untouched notebook opens unmodified
           name="$(basename "$week")"
           [ -e "my-work/$name" ] || python -m course.authoring study-copy "$week" "my-work/$name" >/dev/null
         done
         as_root=(); [ "$(id -u)" -ne 0 ] || as_root=(--allow-root)   # containers often run as root
         exec jupyter lab --ServerApp.root_dir="$ROOT" --LabApp.default_url="/lab/tree/my-work" "${as_root[@]}" "$@" ;;
  grade) ensure_venv; ensure_bwrap; exec python -m course.grading.self_grade "$@" ;;
  bench) ensure_venv; ensure_bwrap; exec python -m bench "$@" ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
