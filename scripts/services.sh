#!/usr/bin/env bash
# PostgreSQL and Redis for the scale-out tests, from Debian's packages, on private ports in a scratch
# folder; nothing is left running or listening on the usual ports.
#
#   scripts/services.sh install      installs postgresql and redis-server when missing (apt-get)
#   scripts/services.sh start DIR    initdb + start PostgreSQL and redis-server with their data in DIR;
#                                    prints DATABASE_URL=... and REDIS_URL=... (also kept in DIR/env)
#   scripts/services.sh stop DIR     stops both and removes DIR
set -euo pipefail

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then
    echo "$found"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

install_missing() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  ((${#missing[@]})) || return 0
  echo "Installing ${missing[*]} from Debian (needed by the scale-out tests)..." >&2
  local sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  # The package's own cluster and service are not used: the tests start their own on private ports.
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# PostgreSQL refuses to run as root; as root, its files belong to and it runs as the postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local dir="$1"
  install_missing
  local bin
  bin="$(pg_bin)"
  [ -n "$bin" ] || { echo "services.sh: PostgreSQL's initdb was not found after installing." >&2; exit 1; }
  mkdir -p "$dir/pg" "$dir/redis"
  [ "$(id -u)" -ne 0 ] || chown -R postgres "$dir/pg"
  chmod 755 "$dir"
  local pg_port redis_port
  pg_port="$(free_port)"
  redis_port="$(free_port)"
  as_pg "$bin/initdb" -D "$dir/pg/data" -U orgcanvas --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 ||
    { cat "$dir/pg/initdb.log" >&2; exit 1; }
  as_pg "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=32MB" \
    start >/dev/null || { cat "$dir/pg/server.log" >&2; exit 1; }
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$dir/redis" --save '' --appendonly no \
    --daemonize yes --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log"
  for _ in $(seq 1 100); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -p "$redis_port" ping >/dev/null || { cat "$dir/redis/redis.log" >&2; exit 1; }
  {
    echo "DATABASE_URL=postgres://orgcanvas@127.0.0.1:$pg_port/postgres"
    echo "REDIS_URL=redis://127.0.0.1:$redis_port"
  } | tee "$dir/env"
}

stop() {
  local dir="$1"
  [ -d "$dir" ] || return 0
  local bin
  bin="$(pg_bin)"
  if [ -f "$dir/pg/data/postmaster.pid" ] && [ -n "$bin" ]; then
    as_pg "$bin/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/redis/redis.pid" ]; then
    local pid
    pid="$(cat "$dir/redis/redis.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) install_missing ;;
  start) start "${2:?services.sh start DIR}" ;;
  stop) stop "${2:?services.sh stop DIR}" ;;
  *)
    echo "usage: scripts/services.sh install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
