#!/usr/bin/env bash
# Delivery API load benchmark (not a test). Starts the host in Release on a fresh SQLite database holding the seed
# content plus 10,000 generated documents (100 types x 100), then measures with wrk on loopback:
#   - GET /content/item/{id}: peak requests/s, and the same JSON served as a static file by nginx, alternating
#     rounds in one run; the ratio of the medians (target >= 0.5);
#   - the same item at about 80 % of the host's peak (wrk with a random per-connection delay): p99 latency
#     (target <= 10 ms), and nginx paced the same way for comparison;
#   - the news list query (children of the news index, newsArticle, updateDate:desc, take=10): peak (target >= 5,000/s);
#   - the host's resident memory (target <= 300 MB): after the first boot, and of the restarted host that the
#     measurements run against, idle and after the runs.
# Usage: bash build/bench-delivery.sh [seconds per measurement, 10] [rounds, 3]
# Environment: PORT (5182), NGINX_PORT (5183), ARTIFACTS_PATH (artifacts), CONNECTIONS (64).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-10}
rounds=${2:-3}
port=${PORT:-5182}
nginx_port=${NGINX_PORT:-5183}
connections=${CONNECTIONS:-64}
artifacts=${ARTIFACTS_PATH:-artifacts}
work=$(mktemp -d /tmp/localoffer-delivery-bench.XXXXXX)
host_pid=
nginx_pid=
cleanup() {
    if [[ -n $host_pid ]]; then kill "$host_pid" 2>/dev/null || true; fi
    if [[ -n $nginx_pid ]]; then kill "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    echo "Installing wrk and nginx from Debian"
    apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi

item_key=77b3f06d-9997-5eee-ab43-2b4da5822b93  # the seed's "NHS Long Term Plan" news article
news_index=a9feef4c-73db-5462-ad67-2f27b044e7a1
base="http://127.0.0.1:$port/umbraco/delivery/api/v2"
item_url="$base/content/item/$item_key"
list_url="$base/content?fetch=children:$news_index&filter=contentType:newsArticle&sort=updateDate:desc&take=10"
static_url="http://127.0.0.1:$nginx_port/item.json"

echo "Publishing the host (Release) and the benchmark tool"
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet publish src/Worcs.LocalOffer.Host -c Release -r "$rid" --self-contained false --artifacts-path "$artifacts" \
    -o "$work/app" -v quiet -nologo
dotnet build build/Worcs.LocalOffer.Benchmarks -c Release --artifacts-path "$artifacts" -v quiet -nologo

echo "Generating the site: the seed content plus 100 types x 100 documents"
dotnet "$artifacts/bin/Worcs.LocalOffer.Benchmarks/release/Worcs.LocalOffer.Benchmarks.dll" usync-generate "$work/uSync/v17" 100 100
cp -r uSync/Files "$work/uSync/Files"

mkdir -p "$work/root"
cp "$work/app/appsettings.json" "$work/root/"
admin_key=bench-admin-key-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
# Starts the host on the benchmark's database and waits until it is ready and the search index has caught up (it is
# built in the background after ready), so indexing does not share the CPUs with the measurements.
start_host() {
    local started
    started=$(date +%s%N)
    uSync__Settings__RootFolder="$work/uSync/v17" \
    LocalOffer__Management__ApiKeys__0__Name=bench \
    LocalOffer__Management__ApiKeys__0__Key="$admin_key" \
    LocalOffer__Management__ApiKeys__0__Roles__0=admin \
    Logging__LogLevel__Default=Warning \
        dotnet "$work/app/Worcs.LocalOffer.Host.dll" --contentRoot "$work/root" --urls "http://127.0.0.1:$port" >>"$work/host.log" 2>&1 &
    host_pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
        if ! kill -0 "$host_pid" 2>/dev/null; then
            echo "The host exited before it was ready; its log:" >&2
            cat "$work/host.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "$1: ready after $((($(date +%s%N) - started) / 1000000)) ms"
    until curl -fsS -H "Authorization: Bearer $admin_key" "http://127.0.0.1:$port/umbraco/management/api/v1/local-offer/search/indexes" 2>/dev/null \
            | grep -q '"ready":true,"queueLength":0'; do
        sleep 0.5
    done
    echo "$1: search indexed after $((($(date +%s%N) - started) / 1000000)) ms"
    # The host compacts its heap once the start-up work is done (it polls every second); let it settle.
    sleep 5
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$host_pid/status"; }

start_host "First boot (imports the seed and the 10,000 documents)"
first_boot_rss=$(rss_mb)
# A site serves from a restarted process for almost all its life (the first boot happens once per database), so the
# measurements below run against a restart on the same database; the first-boot process's memory is reported too.
kill "$host_pid"
wait "$host_pid" || true
start_host "Restart on the same database"
idle_rss=$(rss_mb)

mkdir -p "$work/www" "$work/nginx"
curl -fsS "$item_url" -o "$work/www/item.json"
curl -fsS "$list_url" -o "$work/list.json"
item_bytes=$(stat -c %s "$work/www/item.json")
list_total=$(grep -o '"total":[0-9]*' "$work/list.json" | head -1 | cut -d: -f2)
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    server {
        listen 127.0.0.1:$nginx_port;
        location = /item.json { root $work/www; default_type application/json; }
    }
}
EOF
# nginx's workers run as nobody: they must be able to read the file.
chmod 755 "$work" "$work/www"
chmod 644 "$work/www/item.json"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do curl -fsS -o /dev/null "$static_url" 2>/dev/null && break; sleep 0.1; done
if ! cmp -s <(curl -fsS "$static_url") "$work/www/item.json"; then
    echo "nginx does not serve $static_url; its log:" >&2
    cat "$work/nginx/error.log" >&2
    exit 1
fi

# Each connection waits a random, exponentially distributed time (mean WRK_DELAY_MS, whole milliseconds) between requests, so requests
# arrive spread out as from many independent visitors. A fixed delay makes every connection fire in the same
# millisecond, and the p99 then measures how long a burst of all the connections at once takes to drain.
cat >"$work/delay.lua" <<'EOF'
local mean = tonumber(os.getenv("WRK_DELAY_MS") or "10")
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(os.time() * 1000 + (seed or 0)); for _ = 1, 10 do math.random() end end
function delay() return -math.log(1 - math.random()) * mean end
EOF

# Prints "<requests/s> <p99 ms>" for one wrk run; $1 connections, $2 URL, $3 optional Lua script.
load() {
    local out rps p99 value unit
    out=$(wrk -t2 -c"$1" -d"${seconds}s" --latency ${3:+-s "$3"} "$2")
    if grep -q "Non-2xx" <<<"$out"; then
        echo "wrk saw errors for $2:" >&2
        echo "$out" >&2
        exit 1
    fi
    rps=$(awk '/Requests\/sec:/ { print $2 }' <<<"$out")
    read -r value unit < <(awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v); print v, u }' <<<"$out")
    case $unit in
        us) p99=$(awk -v v="$value" 'BEGIN { printf "%.3f", v / 1000 }') ;;
        ms) p99=$value ;;
        s) p99=$(awk -v v="$value" 'BEGIN { printf "%.3f", v * 1000 }') ;;
        *) p99=$value$unit ;;
    esac
    echo "$rps $p99"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Warming up"
wrk -t2 -c"$connections" -d5s "$item_url" >/dev/null
wrk -t2 -c"$connections" -d5s "$list_url" >/dev/null
wrk -t2 -c"$connections" -d3s "$static_url" >/dev/null

host_rps=() nginx_rps=() list_rps=() host_p99=() nginx_p99=() list_p99=()
for round in $(seq 1 "$rounds"); do
    read -r rps p99 < <(load "$connections" "$item_url"); host_rps+=("$rps"); host_p99+=("$p99")
    read -r rps p99 < <(load "$connections" "$static_url"); nginx_rps+=("$rps"); nginx_p99+=("$p99")
    read -r rps p99 < <(load "$connections" "$list_url"); list_rps+=("$rps"); list_p99+=("$p99")
    echo "round $round: item ${host_rps[-1]}/s, nginx ${nginx_rps[-1]}/s, list ${list_rps[-1]}/s"
done

host_peak=$(printf '%s\n' "${host_rps[@]}" | median)
nginx_peak=$(printf '%s\n' "${nginx_rps[@]}" | median)
# At 80 % of the peak: each connection waits a random delay (mean 2 ms) between requests, so the offered rate is
# about connections x 1000 / (delay + latency); the table shows the rate wrk achieved. The delay is kept short: with a
# 10 ms delay the hundreds of connections needed for 80 % made wrk itself the bottleneck (the achieved rate fell as
# connections were added; wrk keeps pending delays in a list its event loop walks on every turn).
delay_ms=2
paced_connections=$(awk -v peak="$host_peak" -v d="$delay_ms" 'BEGIN { c = int(peak * 0.8 * (d + 0.5) / 1000 + 0.5); print (c < 1) ? 1 : c }')
# Latency adds to the delay, so the first guess offers less than 80 %: scale the connections until the achieved
# rate is within 79-85 % of the peak (four tries at most), and measure with the tried count that came closest to 80 %.
best_connections=$paced_connections best_distance=
for try in 1 2 3 4; do
    read -r rps _ < <(WRK_DELAY_MS=$delay_ms load "$paced_connections" "$item_url" "$work/delay.lua")
    share=$(awk -v r="$rps" -v p="$host_peak" 'BEGIN { printf "%.3f", r / p }')
    echo "paced: $paced_connections connections gave $rps/s ($share of peak)"
    distance=$(awk -v s="$share" 'BEGIN { d = s - 0.8; printf "%.3f", (d < 0) ? -d : d }')
    if [[ -z $best_distance ]] || awk -v d="$distance" -v b="$best_distance" 'BEGIN { exit !(d < b) }'; then
        best_connections=$paced_connections best_distance=$distance
    fi
    if awk -v s="$share" 'BEGIN { exit !(s >= 0.79 && s <= 0.85) }' || [[ $try == 4 ]]; then break; fi
    paced_connections=$(awk -v c="$paced_connections" -v s="$share" 'BEGIN { n = int(c * 0.82 / s + 0.5); print (n < 1) ? 1 : n }')
done
paced_connections=$best_connections
paced_rps=() paced_p99=()
for round in $(seq 1 "$rounds"); do
    read -r rps p99 < <(WRK_DELAY_MS=$delay_ms load "$paced_connections" "$item_url" "$work/delay.lua")
    paced_rps+=("$rps"); paced_p99+=("$p99")
done
# nginx under the same pacing, at 80 % of its own peak, shows what this machine and load generator allow.
nginx_paced_connections=$(awk -v c="$paced_connections" -v n="$nginx_peak" -v h="$host_peak" 'BEGIN { print int(c * n / h + 0.5) }')
nginx_paced_rps=() nginx_paced_p99=()
for round in $(seq 1 "$rounds"); do
    read -r rps p99 < <(WRK_DELAY_MS=$delay_ms load "$nginx_paced_connections" "$static_url" "$work/delay.lua")
    nginx_paced_rps+=("$rps"); nginx_paced_p99+=("$p99")
done
after_rss=$(rss_mb)

row() { printf '| %-46s | %12s | %10s | %s |\n' "$@"; }
echo
echo "Delivery API load, $seconds s per measurement, $rounds rounds, medians; wrk -t2 on loopback"
row "measurement" "requests/s" "p99 ms" "rounds (requests/s)"
row "---" "---" "---" "---"
row "item by id, host ($connections connections)" "$host_peak" "$(printf '%s\n' "${host_p99[@]}" | median)" "${host_rps[*]}"
row "same JSON from nginx ($connections connections)" "$nginx_peak" "$(printf '%s\n' "${nginx_p99[@]}" | median)" "${nginx_rps[*]}"
row "ratio host / nginx (target >= 0.5)" "$(awk -v h="$host_peak" -v n="$nginx_peak" 'BEGIN { printf "%.2f", h / n }')" "" ""
row "item at ~80 % of peak ($paced_connections conn., ~${delay_ms} ms delay)" "$(printf '%s\n' "${paced_rps[@]}" | median)" "$(printf '%s\n' "${paced_p99[@]}" | median)" "${paced_rps[*]} (target p99 <= 10 ms)"
row "nginx paced the same way ($nginx_paced_connections conn.)" "$(printf '%s\n' "${nginx_paced_rps[@]}" | median)" "$(printf '%s\n' "${nginx_paced_p99[@]}" | median)" "${nginx_paced_rps[*]}"
row "news list query ($connections connections)" "$(printf '%s\n' "${list_rps[@]}" | median)" "$(printf '%s\n' "${list_p99[@]}" | median)" "${list_rps[*]} (target >= 5000/s)"
echo
echo "item JSON: $item_bytes bytes; list total: $list_total"
echo "host RSS (target <= 300 MB): restarted and idle $idle_rss MB, after the runs $after_rss MB; the first-boot process, idle after importing and indexing, $first_boot_rss MB"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r); dotnet SDK $(dotnet --version); $(nginx -v 2>&1); wrk $(wrk -v 2>&1 | head -1 | awk '{ print $2 }')"
