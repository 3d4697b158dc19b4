#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests marked `postgres` (make test starts and stops it).
#   tools/pg_test_cluster.sh start DIR   initdb in DIR/data, start on a free 127.0.0.1 port, create the
#                                        roles, write DIR/env (the URLs the tests read); exit 1 on failure
#   tools/pg_test_cluster.sh stop DIR    stop the cluster (immediate) and remove DIR
# As root the server runs as the `postgres` user (runuser); otherwise as the current user.
# Roles: rd_owner (owns the test databases, runs `register init`) and rd_app (LOGIN only: the
# desks' role; `register init --grant rd_app` gives it INSERT and SELECT).  Trust authentication,
# listening on 127.0.0.1 only: a test cluster, never an office's server.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a directory}

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
	if [ -x "$candidate/initdb" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null; then bindir=$(dirname "$(command -v initdb)"); fi

as_server() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
	if [ -z "$bindir" ]; then echo "pg_test_cluster: no PostgreSQL server binaries (Debian package postgresql)" >&2; exit 1; fi
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
	chmod 700 "$dir"
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
		|| { cat "$dir/initdb.log" >&2; exit 1; }
	as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
		"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
		>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
	as_server "$bindir/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
		-c "CREATE ROLE rd_owner LOGIN CREATEDB" -c "CREATE ROLE rd_app LOGIN"
	cat >"$dir/env" <<ENV
export REVIEW_DESK_TEST_PG_OWNER_URL=postgresql://rd_owner@127.0.0.1:$port/postgres
export REVIEW_DESK_TEST_PG_URL=postgresql://rd_app@127.0.0.1:$port/postgres
ENV
	echo "pg_test_cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
	;;
stop)
	if [ -f "$dir/data/postmaster.pid" ] && [ -n "$bindir" ]; then
		as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|stop DIR" >&2; exit 2
	;;
esac
