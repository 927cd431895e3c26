#!/usr/bin/env bash
# Makes sure a throwaway PostgreSQL cluster for the tests is running on 127.0.0.1, installing the server first if it
# is missing, and prints its connection string as LOCALOFFER_TEST_POSTGRES=... (so `eval "$(build/postgres.sh)"` works).
#
# Idempotent, and fast (well under a second) when the cluster is already up. Run as root (CI, fresh Debian 12):
# it installs with apt-get and runs the server as the postgres OS user, because PostgreSQL refuses to run as root.
# Run as another user, it needs the server binaries already installed and keeps the cluster under $HOME.
#
# The cluster is for tests only: it listens on loopback alone, on its own port so it never meets a system cluster,
# and runs with fsync off, which trades crash safety for speed. The password below is a test-only default.
#
# Settings (environment): LOCALOFFER_PG_PORT (55432), LOCALOFFER_PG_USER (localoffer),
# LOCALOFFER_PG_PASSWORD (localoffer-test), LOCALOFFER_PG_DATA (where the cluster lives).
set -euo pipefail

port="${LOCALOFFER_PG_PORT:-55432}"
user="${LOCALOFFER_PG_USER:-localoffer}"
password="${LOCALOFFER_PG_PASSWORD:-localoffer-test}"
if [[ $EUID -eq 0 ]]; then
  data="${LOCALOFFER_PG_DATA:-/var/lib/postgresql/localoffer-test-$port}"
else
  data="${LOCALOFFER_PG_DATA:-$HOME/.local/share/localoffer-test-postgres-$port}"
fi
connection_string="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=postgres"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/postgres" ]]; then
    echo "$dir"
  fi
}

# Runs a server command as the postgres OS user when we are root, else as ourselves.
as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

can_log_in() {
  PGPASSWORD="$password" PGCONNECT_TIMEOUT=2 "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres \
    -tAc 'SELECT 1' >/dev/null 2>&1
}

done_ok() {
  echo "LOCALOFFER_TEST_POSTGRES=\"$connection_string\""
  exit 0
}

bin="$(find_bin)"
if [[ -n "$bin" ]] && can_log_in; then
  done_ok
fi

# Slow path: one caller at a time (test processes may run this script together).
exec 9>"/tmp/localoffer-postgres-$port.lock"
flock 9
bin="$(find_bin)"
if [[ -n "$bin" ]] && can_log_in; then
  done_ok
fi

if [[ -z "$bin" ]]; then
  if [[ $EUID -ne 0 ]]; then
    log "PostgreSQL server binaries are missing; run this script as root to install them (apt-get install postgresql)."
    exit 1
  fi
  log "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
  bin="$(find_bin)"
  if [[ -z "$bin" ]]; then
    log "apt-get installed postgresql but no server binaries were found under /usr/lib/postgresql"
    exit 1
  fi
fi

version="$("$bin/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"

if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

# A cluster made by another major version cannot be started by this one; it holds nothing worth keeping.
if [[ -f "$data/PG_VERSION" && "$(cat "$data/PG_VERSION")" != "$version" ]]; then
  log "removing the PostgreSQL $(cat "$data/PG_VERSION") test cluster at $data (server is $version)"
  as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
fi

if [[ ! -f "$data/PG_VERSION" ]]; then
  log "creating a test cluster at $data"
  mkdir -p "$data"
  if [[ $EUID -eq 0 ]]; then
    chown postgres:postgres "$data"
  fi
  chmod 700 "$data"
  as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C >/dev/null
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# Written by build/postgres.sh: a throwaway test cluster.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
fi

# Running means: the pid in postmaster.pid is a live postgres process. A killed server can leave a zombie or a
# reused pid behind (a container without an init reaps nothing), which pg_ctl status would take for a running one.
server_alive() {
  local pid
  pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres* ]] || return 1
  [[ "$(awk '{print $3}' "/proc/$pid/stat")" != Z ]]
}

if server_alive; then
  "$bin/pg_isready" -q -h "$data" -p "$port" -t 30 || true
else
  rm -f "$data/postmaster.pid" "$data/.s.PGSQL.$port" "$data/.s.PGSQL.$port.lock"
  log "starting the test cluster on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null 9>&-
fi

escaped_password="${password//\'/\'\'}"
"$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -U postgres -d postgres >/dev/null <<EOF
SELECT format('CREATE ROLE %I', '$user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user')\gexec
ALTER ROLE "$user" WITH LOGIN SUPERUSER PASSWORD '$escaped_password';
EOF

if ! can_log_in; then
  log "the cluster runs but $user cannot log in over TCP; see $data/server.log"
  exit 1
fi

done_ok
