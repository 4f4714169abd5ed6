#!/usr/bin/env bash
# Redis and a throwaway Postgres cluster for the queue-mode test (test/queue/queueMode.test.ts),
# each on 127.0.0.1 only, with all their data under one folder that `down` stops and removes.
#
#   services.sh install        apt-get install redis-server and postgresql when they are missing
#   services.sh up DIR         install if needed, then start both; DIR must exist and be empty
#   services.sh down DIR       stop both (bounded) and delete DIR; safe to call twice or after a
#                              half-finished `up`
#
#   QM_REDIS_PORT       (default 56391)
#   QM_PG_PORT          (default 56390)
#   QM_PG_DATABASE      (default n8n)
#   QM_PG_USER          (default n8n)
#   QM_PG_PASSWORD      password of QM_PG_USER (required by `up`; never printed)
set -euo pipefail

REDIS_PORT="${QM_REDIS_PORT:-56391}"
PG_PORT="${QM_PG_PORT:-56390}"
PG_DATABASE="${QM_PG_DATABASE:-n8n}"
PG_USER="${QM_PG_USER:-n8n}"

log() { echo "[queue-mode services] $*" >&2; }

pg_bin_dir() {
	# Debian keeps the server binaries out of PATH, one folder per major version.
	local dir
	dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
	[[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

as_root() {
	if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_packages() {
	if command -v redis-server >/dev/null && command -v redis-cli >/dev/null && pg_bin_dir >/dev/null &&
		command -v psql >/dev/null; then
		return 0
	fi
	log 'installing redis-server and postgresql with apt-get (once per machine)…'
	# Another apt run on the machine holds the lock for a while; wait for it rather than fail.
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
	as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
		--no-install-recommends redis-server postgresql >&2
	command -v redis-server >/dev/null && pg_bin_dir >/dev/null
}

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Postgres refuses to run as root: as root, run its commands as the `postgres` account that the
# Debian package creates; as anyone else, run them as that user.
PG_OS_USER=''
as_pg() {
	if [[ -n "$PG_OS_USER" ]]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

up() {
	local dir="$1"
	[[ -d "$dir" ]] || { log "no such folder: $dir"; exit 2; }
	[[ -n "${QM_PG_PASSWORD:-}" ]] || { log 'QM_PG_PASSWORD is not set'; exit 2; }
	install_packages
	for port in "$REDIS_PORT" "$PG_PORT"; do
		port_free "$port" || { log "port $port on 127.0.0.1 is in use"; exit 3; }
	done

	# --- Redis: no persistence, loopback only, no protected-mode surprises since it binds 127.0.0.1
	mkdir -p "$dir/redis"
	redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$dir/redis" --save '' \
		--appendonly no --daemonize yes --pidfile "$dir/redis/redis.pid" \
		--logfile "$dir/redis/redis.log"
	for _ in $(seq 1 100); do
		[[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]] && break
		sleep 0.1
	done
	[[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]] ||
		{ log 'redis did not start'; cat "$dir/redis/redis.log" >&2; exit 4; }
	log "redis on 127.0.0.1:$REDIS_PORT"

	# --- Postgres: a cluster of its own, owned by the postgres account when we are root
	local bin
	bin="$(pg_bin_dir)"
	if [[ $EUID -eq 0 ]]; then
		PG_OS_USER=postgres
		id -u "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_OS_USER"
		# The postgres account must be able to walk into the (root-owned, private) test folder; its
		# parents are the caller's business (cluster.ts makes its base folder 0711).
		chmod 0711 "$dir"
		runuser -u "$PG_OS_USER" -- test -x "$dir" ||
			{ log "the $PG_OS_USER account cannot enter $dir: make its parent folders 0711"; exit 2; }
	fi
	mkdir -p "$dir/pg/data" "$dir/pg/socket"
	chmod 0700 "$dir/pg/data"
	[[ -n "$PG_OS_USER" ]] && chown -R "$PG_OS_USER" "$dir/pg"
	local pwfile="$dir/pg/superuser-password"
	# The superuser only ever logs in through the private socket (peer); a random password keeps
	# TCP logins to the cluster's own role impossible without it.
	(umask 077 && head -c 24 /dev/urandom | base64 >"$pwfile")
	[[ -n "$PG_OS_USER" ]] && chown "$PG_OS_USER" "$pwfile"
	as_pg "$bin/initdb" -D "$dir/pg/data" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C \
		--auth-local=peer --auth-host=scram-sha-256 >"$dir/pg/initdb.log" 2>&1 ||
		{ log 'initdb failed'; cat "$dir/pg/initdb.log" >&2; exit 5; }
	rm -f "$pwfile"
	# fsync off and friends: a throwaway cluster; durability would only slow the test down.
	as_pg "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/postgres.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir/pg/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
		start >/dev/null ||
		{ log 'postgres did not start'; cat "$dir/pg/postgres.log" >&2; exit 6; }
	# Quoted identifiers/literals via psql variables, so odd characters in a password are harmless.
	as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$dir/pg/socket" -p "$PG_PORT" -U postgres -d postgres \
		-v user="$PG_USER" -v db="$PG_DATABASE" -v password="$QM_PG_PASSWORD" <<-'SQL' >&2
			CREATE ROLE :"user" LOGIN PASSWORD :'password';
			CREATE DATABASE :"db" OWNER :"user";
		SQL
	log "postgres on 127.0.0.1:$PG_PORT (database $PG_DATABASE, user $PG_USER)"
}

down() {
	local dir="$1"
	[[ -d "$dir" ]] || return 0
	if [[ -f "$dir/redis/redis.pid" ]]; then
		local pid
		pid="$(cat "$dir/redis/redis.pid")"
		redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
		for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$pid" 2>/dev/null || true
	fi
	if [[ -f "$dir/pg/data/postmaster.pid" ]]; then
		local bin pid
		bin="$(pg_bin_dir)"
		pid="$(head -n 1 "$dir/pg/data/postmaster.pid")"
		[[ $EUID -eq 0 ]] && PG_OS_USER="$(stat -c %U "$dir/pg/data")"
		# Immediate: nothing in this cluster is worth a checkpoint.
		as_pg "$bin/pg_ctl" -D "$dir/pg/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
		kill -9 "$pid" 2>/dev/null || true
	fi
	rm -rf "$dir"
}

case "${1:-}" in
install) install_packages ;;
up) up "${2:?folder}" ;;
down) down "${2:?folder}" ;;
*)
	echo "usage: $0 install | up DIR | down DIR" >&2
	exit 2
	;;
esac
