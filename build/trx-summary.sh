#!/usr/bin/env bash
# Prints "N passed, N failed, N skipped" summed over the TRX files in a folder. Fails when there are none.
set -euo pipefail
folder=${1:?usage: trx-summary.sh RESULTS_FOLDER}

shopt -s nullglob
files=("$folder"/*.trx)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "No TRX results in $folder: no test ran." >&2
    echo "0 passed, 0 failed"
    exit 1
fi

awk '
    function count(name) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
    /<Counters / {
        passed += count("passed")
        failed += count("failed") + count("error") + count("timeout") + count("aborted")
        skipped += count("notExecuted") + count("inconclusive")
    }
    END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped; exit (passed == 0 || failed > 0) }
' "${files[@]}"
