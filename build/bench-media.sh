#!/usr/bin/env bash
# Media benchmark (not a test). Starts the host in Release on a fresh SQLite database with the seed content plus one
# 4000 x 3000 JPEG Image media item, then measures on loopback:
#   - resizing it to 800 px wide: cold (each request a new cache key, so libvips does the work) and cached (the same
#     URL again, answered from App_Data/media-cache), p50 and p95 of curl's total time over RUNS requests each;
#   - media file throughput with wrk: the seed PDF (3.5 KB) and the photo (several MB) from the host, and the same
#     files from nginx, alternating in one run.
# Usage: bash build/bench-media.sh [seconds per wrk measurement, 10] [resize runs, 20]
# Environment: PORT (5184), NGINX_PORT (5185), ARTIFACTS_PATH (artifacts), CONNECTIONS (32).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-10}
runs=${2:-20}
port=${PORT:-5184}
nginx_port=${NGINX_PORT:-5185}
connections=${CONNECTIONS:-32}
artifacts=${ARTIFACTS_PATH:-artifacts}
work=$(mktemp -d /tmp/localoffer-media-bench.XXXXXX)
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

echo "Publishing the host (Release) and the benchmark tool"
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet publish src/Worcs.LocalOffer.Host -c Release -r "$rid" --self-contained false --artifacts-path "$artifacts" \
    -o "$work/app" -v quiet -nologo
dotnet build build/Worcs.LocalOffer.Benchmarks -c Release --artifacts-path "$artifacts" -v quiet -nologo

echo "Building the site: the seed plus one 4000 x 3000 photo"
cp -r uSync "$work/uSync"
dotnet "$artifacts/bin/Worcs.LocalOffer.Benchmarks/release/Worcs.LocalOffer.Benchmarks.dll" media-image "$work/uSync/Files/media/bench/photo.jpg" 4000 3000
printf '\xef\xbb\xbf' >"$work/uSync/v17/Media/bench-photo.config"
cat >>"$work/uSync/v17/Media/bench-photo.config" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Media Key="0d5e6f8a-3b7c-4c1d-9e2f-1a2b3c4d5e6f" Alias="Bench photo" Level="1">
  <Info>
    <Parent Key="00000000-0000-0000-0000-000000000000"></Parent>
    <Path>/BenchPhoto</Path>
    <Trashed>false</Trashed>
    <ContentType>Image</ContentType>
    <CreateDate>2026-01-05T09:00:00</CreateDate>
    <NodeName Default="Bench photo" />
    <SortOrder>1</SortOrder>
  </Info>
  <Properties>
    <umbracoFile>
      <Value><![CDATA[{"src":"/media/bench/photo.jpg","crops":[],"focalPoint":null}]]></Value>
    </umbracoFile>
  </Properties>
</Media>
XML

mkdir -p "$work/root"
cp "$work/app/appsettings.json" "$work/root/"
uSync__Settings__RootFolder="$work/uSync/v17" Logging__LogLevel__Default=Warning \
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
photo="http://127.0.0.1:$port/media/bench/photo.jpg"
pdf_path=/media/gieungwj/special-provision-capital-fund-plan.pdf
curl -fsS -o /dev/null "$photo" || { echo "The host does not serve $photo" >&2; exit 1; }

percentiles() { sort -g | awk '{ v[NR] = $1 } END { p50 = v[int((NR + 1) * 0.5)]; p95 = v[int(NR * 0.95 + 0.5)]; printf "p50 %.1f ms, p95 %.1f ms", p50 * 1000, p95 * 1000 }'; }

echo "Resizing 4000 x 3000 to 800 px wide, $runs runs each"
cold=() cached=()
for run in $(seq 1 "$runs"); do
    # A different quality makes a different cache key: the resize itself runs each time.
    cold+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$photo?width=800&quality=$((60 + run))")")
done
curl -fsS -o "$work/resized.jpg" "$photo?width=800"
for run in $(seq 1 "$runs"); do
    cached+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$photo?width=800")")
done
cold_line=$(printf '%s\n' "${cold[@]}" | percentiles)
cached_line=$(printf '%s\n' "${cached[@]}" | percentiles)

mkdir -p "$work/www/media" "$work/nginx"
cp -r "$work/root/App_Data/media/." "$work/www/media/"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:$nginx_port;
        location /media/ { root $work/www; add_header X-Content-Type-Options nosniff; etag on; }
    }
}
CONF
chmod -R a+rX "$work"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$pdf_path" 2>/dev/null && break; sleep 0.1; done
cmp -s <(curl -fsS "http://127.0.0.1:$nginx_port/media/bench/photo.jpg") <(curl -fsS "$photo") || { echo "nginx and the host serve different bytes" >&2; exit 1; }

rps() {
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$1")
    if grep -q "Non-2xx" <<<"$out"; then echo "wrk saw errors for $1:" >&2; echo "$out" >&2; exit 1; fi
    awk '/Requests\/sec:/ { print $2 }' <<<"$out"
}
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$pdf_path" >/dev/null
host_pdf=$(rps "http://127.0.0.1:$port$pdf_path")
nginx_pdf=$(rps "http://127.0.0.1:$nginx_port$pdf_path")
host_photo=$(rps "$photo")
nginx_photo=$(rps "http://127.0.0.1:$nginx_port/media/bench/photo.jpg")
photo_bytes=$(stat -c %s "$work/www/media/bench/photo.jpg")

echo
echo "| measurement | figure |"
echo "| --- | --- |"
echo "| resize 4000x3000 JPEG to 800 wide, cold ($runs runs) | $cold_line |"
echo "| resize, cached ($runs runs) | $cached_line |"
echo "| seed PDF (3.5 KB), host | $host_pdf requests/s |"
echo "| seed PDF, nginx | $nginx_pdf requests/s |"
echo "| photo ($photo_bytes bytes), host | $host_photo requests/s |"
echo "| photo, nginx | $nginx_photo requests/s |"
echo "| machine | $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -r) |"
