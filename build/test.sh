#!/usr/bin/env bash
# The one test command for the whole repository: `bash build/test.sh`.
# Needs only the .NET 10 SDK on Debian 12 (run as root): it installs and starts what the tests use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# MSBuild nodes left running would hold this script's output open after it ends.
export MSBUILDDISABLENODEREUSE=1

solution=Worcs.LocalOffer.sln
results=artifacts/test-results

step() { printf '\n==> %s\n' "$*"; }

step "PostgreSQL (build/postgres.sh)"
bash build/postgres.sh

# Other test dependencies (a headless browser, npm packages) are installed here, before the build.
step "Node.js and npm (the backoffice client's build), Chromium (its browser test)"
missing=()
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing: ${missing[*]}; run this script as root to install them with apt-get." >&2
        exit 1
    fi
    apt-get update -q && apt-get install -y -q "${missing[@]}"
fi
node --version && npm --version && /usr/bin/chromium --version

step "Restore"
dotnet restore "$solution"

step "Format (dotnet format --verify-no-changes)"
dotnet format "$solution" --verify-no-changes --no-restore

step "Build (Release, warnings are errors)"
dotnet build "$solution" -c Release --no-restore

step "uSync (usync validate uSync/v17)"
# Prints file:line problems and exits 1 when a uSync file is broken, before the slower tests run.
dotnet artifacts/bin/Worcs.LocalOffer.Cli/release/Worcs.LocalOffer.Cli.dll usync validate uSync/v17

step "Test"
rm -rf "$results"
status=0
dotnet test "$solution" -c Release --no-build \
    --logger "console;verbosity=normal" --logger trx --results-directory "$results" || status=$?

step "Summary"
bash build/trx-summary.sh "$results" || status=$((status == 0 ? 1 : status))
exit "$status"
