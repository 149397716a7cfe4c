#!/usr/bin/env bash
# PostgreSQL for the tests: Debian's server on loopback (127.0.0.1:5432) with a role `dayofai`
# (password `dayofai`) that may create databases and end sessions in them; each test makes its
# own and drops it. Run as root, once per machine; the tests read TEST_POSTGRES_URL to use another
# server instead (its role needs CREATEDB and membership of pg_signal_backend).
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
	echo "Installing PostgreSQL from Debian's packages…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
	pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
	pg_ctlcluster "$version" main start
fi
for _ in $(seq 30); do
	pg_isready -q -h 127.0.0.1 -p 5432 && break
	sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
if ! runuser -u postgres -- psql -qtAc "select 1 from pg_roles where rolname = 'dayofai'" | grep -q 1; then
	runuser -u postgres -- psql -q -c "create role dayofai login password 'dayofai' createdb"
fi
# Dropping a test database "with (force)" ends the sessions still in it; an autovacuum worker
# that happens to be there belongs to no role, so only pg_signal_backend may end it.
runuser -u postgres -- psql -q -c "grant pg_signal_backend to dayofai" 2>/dev/null
echo "PostgreSQL $version is ready on 127.0.0.1:5432 for the tests."
