#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests.
#
# Sourced:  . scripts/lib/pg.sh; pg_throwaway_start
#           -> exports KALIAOPS_TEST_PG and stops/removes the server on exit.
#           It installs an EXIT/INT/TERM trap, so the caller must not set its own.
# Executed: scripts/lib/pg.sh [command...]
#           -> runs the command (default: a shell) with KALIAOPS_TEST_PG set.
set -euo pipefail

_pg_dir=""   # the temporary folder: data/, server.log, socket; empty when not started

# PostgreSQL refuses to run as root, so as root the server belongs to "postgres".
_pg_as_owner() {
  if ((EUID == 0)); then
    # cd: postgres may not be allowed into the caller's current directory.
    (cd "$_pg_dir" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Highest installed version from the Debian layout, else whatever is on PATH.
_pg_bindir() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -x $dir/pg_ctl ]] || dir=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
  [[ -x $dir/pg_ctl ]] || { echo "PostgreSQL server binaries not found (run scripts/deps)" >&2; return 1; }
  echo "$dir"
}

# Ask the kernel for a free port; without python3, probe random ports with bash.
_pg_free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    return
  fi
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    # A failed connect means nobody listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

pg_throwaway_stop() {
  [[ -n $_pg_dir ]] || return 0
  # Immediate: the data is thrown away anyway, no need for a clean shutdown.
  if [[ -f $_pg_dir/data/postmaster.pid ]]; then
    _pg_as_owner "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$_pg_dir" || true
  _pg_dir=""
}

pg_throwaway_start() {
  _pg_bin=$(_pg_bindir)

  # As root, /tmp rather than $TMPDIR: the postgres user must be able to reach it.
  local tmp=${TMPDIR:-/tmp}
  ((EUID == 0)) && tmp=/tmp
  _pg_dir=$(mktemp -d "$tmp/kaliaops-pg.XXXXXX")
  # Clean up however the script ends; exit from INT/TERM runs the EXIT trap.
  trap pg_throwaway_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  ((EUID == 0)) && chown postgres: "$_pg_dir"

  # Tests want UTF-8 text; C.UTF-8 sorts like C but is not everywhere.
  # (grep without -q: with pipefail, -q can make "locale -a" die of SIGPIPE.)
  local locale=C
  locale -a 2>/dev/null | grep -iEx 'c\.utf-?8' >/dev/null && locale=C.UTF-8

  _pg_as_owner "$_pg_bin/initdb" -D "$_pg_dir/data" -A trust -U kaliaops \
    --encoding=UTF8 --locale="$locale" >"$_pg_dir/initdb.log" 2>&1 ||
    { cat "$_pg_dir/initdb.log" >&2; return 1; }

  local port
  port=$(_pg_free_port)
  # Durability off: a test server that is deleted afterwards need not survive a crash.
  if ! _pg_as_owner "$_pg_bin/pg_ctl" -w -t 60 -D "$_pg_dir/data" -l "$_pg_dir/server.log" \
      -o "-p $port -k '$_pg_dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    echo "PostgreSQL failed to start; server log:" >&2
    cat "$_pg_dir/server.log" >&2 || true
    return 1
  fi

  "$_pg_bin/createdb" -h 127.0.0.1 -p "$port" -U kaliaops kaliaops_test
  export KALIAOPS_TEST_PG="postgresql://kaliaops@127.0.0.1:$port/kaliaops_test"
  echo "PostgreSQL $("$_pg_bin/postgres" --version | awk '{print $3}') on port $port: $KALIAOPS_TEST_PG"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  pg_throwaway_start
  # Not exec: the trap must still run when the command ends.
  "${@:-${SHELL:-bash}}"
fi
