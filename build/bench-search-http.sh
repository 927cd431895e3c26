#!/usr/bin/env bash
# Search latency through the HTTP API (not a test). Starts the host in Release on a fresh SQLite database holding the
# seed content (plus, with GENERATE="<types> <documents per type>", generated documents), waits until search has
# indexed it, warms up, then measures GET /umbraco/delivery/api/v2/content?q=… with wrk on loopback. Each request
# carries facets, snippets and "did you mean"; the queries rotate over misspellings, acronyms, phrases, words found
# only in downloads and filters. Prints p50, p95 and p99 latency and requests/s (target: p95 <= 20 ms, warm).
# Usage: bash build/bench-search-http.sh [seconds, 20] [connections, 8]
# Environment: PORT (5184), ARTIFACTS_PATH (artifacts), GENERATE (none, such as "100 100").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-20}
connections=${2:-8}
port=${PORT:-5184}
threads=$((connections < 2 ? connections : 2))
artifacts=${ARTIFACTS_PATH:-artifacts}
admin_key=bench-admin-key-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
work=$(mktemp -d /tmp/localoffer-search-bench.XXXXXX)
host_pid=
cleanup() {
    if [[ -n $host_pid ]]; then kill "$host_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

echo "Publishing the host (Release)"
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet publish src/Worcs.LocalOffer.Host -c Release -r "$rid" --self-contained false --artifacts-path "$artifacts" \
    -o "$work/app" -v quiet -nologo

usync=$PWD/uSync/v17
if [[ -n ${GENERATE:-} ]]; then
    echo "Generating the site: the seed content plus $GENERATE (types, documents per type)"
    dotnet build build/Worcs.LocalOffer.Benchmarks -c Release --artifacts-path "$artifacts" -v quiet -nologo
    # shellcheck disable=SC2086
    dotnet "$artifacts/bin/Worcs.LocalOffer.Benchmarks/release/Worcs.LocalOffer.Benchmarks.dll" usync-generate "$work/uSync/v17" $GENERATE
    cp -r uSync/Files "$work/uSync/Files"
    usync=$work/uSync/v17
fi

mkdir -p "$work/root"
cp "$work/app/appsettings.json" "$work/root/"
uSync__Settings__RootFolder="$usync" \
LocalOffer__Management__ApiKeys__0__Name=bench \
LocalOffer__Management__ApiKeys__0__Key="$admin_key" \
LocalOffer__Management__ApiKeys__0__Roles__0=admin \
Logging__LogLevel__Default=Warning \
    dotnet "$work/app/Worcs.LocalOffer.Host.dll" --contentRoot "$work/root" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
host_pid=$!

status_url="http://127.0.0.1:$port/umbraco/management/api/v1/local-offer/search/indexes"
started=$(date +%s)
until curl -fsS -H "Authorization: Bearer $admin_key" "$status_url" 2>/dev/null \
        | grep -q '"ready":true,"queueLength":0'; do
    if ! kill -0 "$host_pid" 2>/dev/null; then
        echo "The host exited before search was ready; its log:" >&2
        cat "$work/host.log" >&2
        exit 1
    fi
    if (($(date +%s) - started > 600)); then
        echo "Search was not ready after 600 s" >&2
        exit 1
    fi
    sleep 0.5
done
curl -fsS -H "Authorization: Bearer $admin_key" "$status_url"
echo

cat >"$work/queries.lua" <<'EOF'
local paths = {
    "/umbraco/delivery/api/v2/content?q=autisim",
    "/umbraco/delivery/api/v2/content?q=EHCP",
    "/umbraco/delivery/api/v2/content?q=comissioning%20reveiw",
    "/umbraco/delivery/api/v2/content?q=inwards%20outwards",
    "/umbraco/delivery/api/v2/content?q=%22graduated%20response%22",
    "/umbraco/delivery/api/v2/content?q=mental%20health&filter=contentType:newsArticle",
    "/umbraco/delivery/api/v2/content?q=send&take=20",
    "/umbraco/delivery/api/v2/content?q=improvement%20plan%202019&sort=updateDate:desc",
    "/umbraco/delivery/api/v2/content?q=looked%20after%20children",
    "/umbraco/delivery/api/v2/content?q=roadshwo&filter=year:2018",
}
local i = 0
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %.3f %.3f %.3f %.1f %d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests / (summary.duration / 1e6), e.status + e.connect + e.write + e.timeout))
    io.write(string.format("ERRORS status %d connect %d read %d write %d timeout %d\n", e.status, e.connect, e.read, e.write, e.timeout))
end
EOF

base="http://127.0.0.1:$port"
for path in $(grep -o '"/umbraco[^"]*"' "$work/queries.lua" | tr -d '"'); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    if [[ $code != 200 ]]; then echo "$path answered $code" >&2; exit 1; fi
done

echo "Warming up (5 s)"
wrk -t"$threads" -c"$connections" -d5s -s "$work/queries.lua" "$base" >/dev/null
echo "Measuring ($seconds s, $connections connections)"
out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$work/queries.lua" "$base")
read -r p50 p95 p99 rps errors < <(awk '$1 == "RESULT" { print $2, $3, $4, $5, $6 }' <<<"$out")
# wrk counts a connection it closes itself at the end of the run as a read error, so those are only shown.
if [[ $errors != 0 ]]; then echo "wrk saw errors:" >&2; echo "$out" >&2; exit 1; fi
grep '^ERRORS' <<<"$out"
rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$host_pid/status")

echo
echo "| measure | value |"
echo "| --- | --- |"
echo "| machine | $(nproc) CPUs, $(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo | sed 's/^ *//') |"
echo "| search over HTTP, p50 | $p50 ms |"
echo "| search over HTTP, p95 (target <= 20 ms) | $p95 ms |"
echo "| search over HTTP, p99 | $p99 ms |"
echo "| requests/s at $connections connections | $rps |"
echo "| host RSS after | $rss MB |"
