#!/usr/bin/env bash
# Prepares what the integration tests need on this machine, and is safe to run again:
#  - a PostgreSQL server answering on 127.0.0.1:5432 (starts the installed cluster; installs one if none),
#  - the test role and databases motcua_test and motcua_cluster (the cluster test's) unless
#    MOTCUA_TEST_DB_URL names another database (then set MOTCUA_CLUSTER_DB_URL too),
#  - Debian's Chromium and ChromeDriver for the browser tests,
#  - npm (Debian's nodejs), which builds the studio's lint bundle,
#  - Debian's HAProxy for the cluster's fault test.
# Run by `./mvnw verify` (pre-integration-test) and by .ci/run.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ -z "${MOTCUA_TEST_DB_URL:-}" ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if ! command -v pg_ctlcluster >/dev/null; then
      echo "prepare: installing PostgreSQL"
      apt_install postgresql
    fi
    for version in $(ls /etc/postgresql 2>/dev/null); do
      as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    pg_isready -h 127.0.0.1 -p 5432 || { echo "prepare: PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }
  fi
  psql_admin() {
    if psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
      psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"
    else
      as_root su postgres -c "psql -d postgres -tAc \"$1\""
    fi
  }
  # A role with a password, so the tests connect whether the server trusts local TCP or asks for one.
  if [ "$(psql_admin "select 1 from pg_roles where rolname = 'motcua_test'")" != "1" ]; then
    psql_admin "create role motcua_test login password 'motcua_test'" >/dev/null
    echo "prepare: created role motcua_test"
  fi
  # Every run starts from an empty test database, so what earlier runs left cannot sway a test.
  psql_admin "drop database if exists motcua_test with (force)" >/dev/null 2>&1 || true
  if [ "$(psql_admin "select 1 from pg_database where datname = 'motcua_test'")" != "1" ]; then
    psql_admin "create database motcua_test owner motcua_test" >/dev/null
    echo "prepare: created an empty database motcua_test"
  fi
  # The cluster test's two nodes share a database of their own.
  psql_admin "drop database if exists motcua_cluster with (force)" >/dev/null 2>&1 || true
  psql_admin "create database motcua_cluster owner motcua_test" >/dev/null
  echo "prepare: created an empty database motcua_cluster"
fi

# The studio's bpmnlint bundle is built with npm at build time (pom.xml, src/main/studio-lint).
if ! command -v npm >/dev/null; then
  echo "prepare: installing Debian's nodejs and npm for the studio's lint bundle"
  apt_install nodejs npm || { echo "prepare: cannot install npm (needs root or sudo)" >&2; exit 1; }
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "prepare: installing Debian's chromium and chromium-driver for the browser tests"
  apt_install chromium chromium-driver || { echo "prepare: cannot install chromium (needs root or sudo)" >&2; exit 1; }
fi
# The cluster's fault test puts Debian's HAProxy in front of two nodes (docker/haproxy.cfg).
if [ ! -x /usr/sbin/haproxy ]; then
  echo "prepare: installing Debian's haproxy for the cluster test"
  apt_install haproxy || { echo "prepare: cannot install haproxy (needs root or sudo)" >&2; exit 1; }
fi
echo "prepare: PostgreSQL, test database, Chromium and HAProxy ready"
