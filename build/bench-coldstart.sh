#!/usr/bin/env bash
# Cold-start benchmark (not a test): milliseconds from process start to the first 200 from /health/ready, each run
# on a fresh content root and SQLite database, once with the first-boot uSync import off (empty database; target
# median <= 2000 ms) and once with it on (the seed content is imported before ready; target <= 3000 ms).
# Usage: bash build/bench-coldstart.sh [runs]
# Environment: ARTIFACTS_PATH (artifacts), PORT (5181), READY_TO_RUN (1: publish for this machine's runtime
# identifier, which turns on ReadyToRun in the Host project; 0: a portable IL-only publish).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${1:-5}
port=${PORT:-5181}
artifacts=${ARTIFACTS_PATH:-artifacts}
work=$(mktemp -d /tmp/localoffer-coldstart.XXXXXX)
app="$work/app"
host_pid=
cleanup() {
    if [[ -n $host_pid ]]; then kill "$host_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# One GET over bash's /dev/tcp, so the loop needs no curl and spawns no process per poll.
ready() {
    local status_line
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf 'GET /health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
    IFS= read -r -t 5 status_line <&3 || true
    exec 3<&- 3>&-
    [[ $status_line == "HTTP/1.1 200"* ]]
}

publish_args=(-c Release --artifacts-path "$artifacts" -o "$app" -v quiet -nologo)
if [[ ${READY_TO_RUN:-1} == 1 ]]; then
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    publish_args+=(-r "$rid" --self-contained false)
    build_kind="Release, ReadyToRun for $rid, framework-dependent"
else
    build_kind="Release, portable IL"
fi
echo "Publishing the host ($build_kind) to $app"
dotnet publish src/Worcs.LocalOffer.Host "${publish_args[@]}"

if ready; then
    echo "Something already answers on 127.0.0.1:$port; set PORT to a free port." >&2
    exit 1
fi

# One start: prints the milliseconds from process start to the first 200 from /health/ready.
# $1 names the run; $2 is "empty" (no uSync import) or "seeded" (first-boot import of uSync/v17).
measure() {
    local root="$work/root-$1-$2" start
    mkdir -p "$root"
    cp "$app"/appsettings.json "$root"/
    start=$(now_ms)
    uSync__Settings__ImportOnFirstBoot=$([[ $2 == seeded ]] && echo true || echo false) \
        dotnet "$app/Worcs.LocalOffer.Host.dll" --contentRoot "$root" --urls "http://127.0.0.1:$port" >"$work/host-$1-$2.log" 2>&1 &
    host_pid=$!
    until ready; do
        if ! kill -0 "$host_pid" 2>/dev/null; then
            echo "Run $1 ($2): the host exited before it was ready; its log:" >&2
            cat "$work/host-$1-$2.log" >&2
            exit 1
        fi
        if (($(now_ms) - start > 60000)); then
            echo "Run $1 ($2): not ready after 60 s" >&2
            exit 1
        fi
        sleep 0.005
    done
    echo $(($(now_ms) - start))
    kill "$host_pid"
    wait "$host_pid" 2>/dev/null || true
    host_pid=
    if [[ ! -s "$root/App_Data/localoffer.sqlite.db" ]]; then
        echo "Run $1 ($2): no SQLite database was created under $root/App_Data" >&2
        exit 1
    fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# The two kinds of start alternate, so both see the same machine conditions.
empty=()
seeded=()
for run in $(seq 1 "$runs"); do
    empty+=("$(measure "$run" empty)")
    seeded+=("$(measure "$run" seeded)")
done

echo
printf '%-5s %12s %12s\n' run "empty ms" "seeded ms"
for i in "${!empty[@]}"; do printf '%-5s %12s %12s\n' "$((i + 1))" "${empty[$i]}" "${seeded[$i]}"; done
printf '%-5s %12s %12s\n' median "$(printf '%s\n' "${empty[@]}" | median)" "$(printf '%s\n' "${seeded[@]}" | median)"
echo "targets: empty database <= 2000 ms; seeded first boot (uSync/v17 imported) <= 3000 ms"
echo
echo "build:   $build_kind"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "memory:  $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "dotnet:  SDK $(dotnet --version)"
