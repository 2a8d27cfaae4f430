#!/usr/bin/env bash
# Starts a PostgreSQL server the central server's tests run against, and prints its URL.
#   scripts/start-postgres.sh      as root on Debian/Ubuntu
# Idempotent: installs postgresql if missing, creates a cluster if there is none, starts it
# if it is down (pg_ctlcluster, no systemd needed), creates the test role and database if
# missing. The last line it prints is the SQLAlchemy URL (psycopg 3 driver), e.g.
#   postgresql+psycopg://clerk:clerk@127.0.0.1:5432/clerk_desk_test
# so `url=$(bash scripts/start-postgres.sh | tail -n 1)` gives it to a caller.
# The role may create databases: the tests make a fresh database per test from a seeded
# template (CREATE DATABASE ... TEMPLATE), which is a file copy and fast.
# Environment: CLERK_DESK_PG_PORT (default 5432), CLERK_DESK_PG_USER (clerk),
#              CLERK_DESK_PG_PASSWORD (clerk), CLERK_DESK_PG_DATABASE (clerk_desk_test).
set -euo pipefail

port=${CLERK_DESK_PG_PORT:-5432}
user=${CLERK_DESK_PG_USER:-clerk}
password=${CLERK_DESK_PG_PASSWORD:-clerk}
database=${CLERK_DESK_PG_DATABASE:-clerk_desk_test}
export LC_ALL=C

fail() { echo "start-postgres: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "run as root (it installs packages and starts a cluster)"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || fail "not Debian/Ubuntu: install PostgreSQL and start it yourself"
  echo "Installing system packages: postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null || apt-get update -q
  # the package's own postinst creates the cluster "main" of the distribution's version
  apt-get install -y -q --no-install-recommends postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
[[ -n $version ]] || fail "no PostgreSQL server under /usr/lib/postgresql"

cluster=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" -v p="$port" '$1 == v && $3 == p {print $2; exit}')
if [[ -z $cluster ]]; then
  cluster=main
  if pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" {f=1} END {exit !f}'; then
    cluster=clerkdesk  # a "main" on another port belongs to someone else
  fi
  pg_createcluster --port "$port" "$version" "$cluster" >/dev/null
fi

status=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}')
if [[ $status != online* ]]; then
  # pg_ctlcluster starts postgres as its owner and waits until it accepts connections
  mkdir -p /var/run/postgresql
  chown postgres:postgres /var/run/postgresql
  pg_ctlcluster "$version" "$cluster" start || fail "the cluster did not start; see /var/log/postgresql/"
fi

psql_admin() { runuser -u postgres -- psql --port "$port" -v ON_ERROR_STOP=1 -qtAX "$@"; }

for _ in $(seq 1 50); do
  psql_admin -c 'select 1' >/dev/null 2>&1 && break
  sleep 0.2
done
psql_admin -c 'select 1' >/dev/null || fail "the server does not accept connections on port $port"

if [[ $(psql_admin -c "select 1 from pg_roles where rolname = '$user'") != 1 ]]; then
  psql_admin -c "create role \"$user\" login createdb password '$password'"
else
  psql_admin -c "alter role \"$user\" login createdb password '$password'"
fi
if [[ $(psql_admin -c "select 1 from pg_database where datname = '$database'") != 1 ]]; then
  psql_admin -c "create database \"$database\" owner \"$user\""
fi

echo "postgresql+psycopg://$user:$password@127.0.0.1:$port/$database"
