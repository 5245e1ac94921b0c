#!/usr/bin/env bash
# Starts (or stops) a private RabbitMQ node on 127.0.0.1 for the bus tests and the benchmark.
# Usage: .ci/rabbitmq.sh start|stop|restart|vhost NAME|queues VHOST
#   restart      stops and starts the broker application (connections drop, durable queues survive)
#   vhost NAME   creates a virtual host with full rights for guest, so each test gets its own queues
#   queues VHOST lists "name messages" of the queues in a virtual host
# Installs Debian's rabbitmq-server when it is missing.
set -euo pipefail
base=${CODETRACER_RABBIT_DIR:-/tmp/codetracer-rabbitmq}
port=${CODETRACER_RABBIT_PORT:-5672}
export RABBITMQ_CONFIG_FILE="$base/rabbitmq" RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" \
       RABBITMQ_PID_FILE="$base/rabbit.pid" RABBITMQ_NODENAME="codetracer@localhost" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
       RABBITMQ_NODE_PORT="$port" RABBITMQ_DIST_PORT=$((port + 20000)) ERL_EPMD_ADDRESS=127.0.0.1 \
       RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

case "${1:-start}" in
  start)
    if ! command -v rabbitmq-server >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
    fi
    if rabbitmqctl -q status >/dev/null 2>&1; then echo "rabbitmq: already running on 127.0.0.1:$port"; exit 0; fi
    mkdir -p "$base/mnesia" "$base/log"
    printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users.guest = true\n' "$port" > "$base/rabbitmq.conf"
    chown -R rabbitmq:rabbitmq "$base" 2>/dev/null || true
    rabbitmq-server -detached
    # await_startup right after -detached can exit 69 before the node exists; wait on the pid file instead.
    rabbitmqctl wait "$base/rabbit.pid" --timeout 60 >/dev/null
    echo "rabbitmq: running on 127.0.0.1:$port"
    ;;
  stop)
    rabbitmqctl -q stop >/dev/null 2>&1 || true
    ;;
  restart)
    rabbitmqctl -q stop_app >/dev/null
    rabbitmqctl -q start_app >/dev/null
    rabbitmqctl -q await_startup --timeout 60 >/dev/null
    ;;
  vhost)
    rabbitmqctl -q add_vhost "$2" >/dev/null 2>&1 || true
    rabbitmqctl -q set_permissions -p "$2" guest ".*" ".*" ".*" >/dev/null
    ;;
  queues)
    rabbitmqctl -q list_queues -p "$2" name messages --no-table-headers
    ;;
esac
