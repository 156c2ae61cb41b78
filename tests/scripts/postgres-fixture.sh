#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the team-notebook tests: a new cluster
# in a temporary directory, listening on 127.0.0.1 only, on the first free port from 54320.
# Usage: postgres-fixture.sh start|pause|resume|stop STATEFILE
# STATEFILE receives "PORT DIR" for the tests (DEBRIEF_TEST_PG_STATE points at it).
# Every role trusts loopback except debrief_team, which must give its password
# (debrief-team-secret): the tests of password prompts and the keychain log in as it.
set -euo pipefail
action=$1
state=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "postgres-fixture: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

# initdb refuses to run as root: use the postgres system account then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$action" in
start)
  "$0" stop "$state" >/dev/null 2>&1 || true
  dir=$(mktemp -d /tmp/debrief-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U postgres --no-sync >'$dir/initdb.log' 2>&1"
  as_owner "sed -i '1i host all debrief_team 127.0.0.1/32 scram-sha-256' '$dir/data/pg_hba.conf'"
  for port in $(seq 54320 54400); do
    if as_owner "'$bindir/pg_ctl' -D '$dir/data' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=50\" -l '$dir/server.log' -w -t 20 start" >/dev/null 2>&1; then
      as_owner "'$bindir/psql' -q -h 127.0.0.1 -p $port -U postgres -d postgres -c \"CREATE ROLE debrief_team LOGIN CREATEDB PASSWORD 'debrief-team-secret'\"" >/dev/null
      echo "$port $dir" >"$state"
      echo "postgres-fixture: server on 127.0.0.1:$port ($dir)"
      exit 0
    fi
  done
  echo "postgres-fixture: could not start a server" >&2
  tail -n 20 "$dir/server.log" >&2 || true
  exit 1
  ;;
pause)
  # Stops the server but keeps its data, as an outage would.
  read -r port dir <"$state"
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null
  ;;
resume)
  read -r port dir <"$state"
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=50\" -l '$dir/server.log' -w -t 20 start" >/dev/null
  ;;
stop)
  [ -f "$state" ] || exit 0
  read -r port dir <"$state"
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir" "$state"
  ;;
*)
  echo "usage: $0 start|pause|resume|stop STATEFILE" >&2
  exit 2
  ;;
esac
