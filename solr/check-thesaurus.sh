#!/usr/bin/env bash
# Lints greenmine/conf/thesaurus.txt against the rules in README.md. Exit 1 on an error.
# Usage: solr/check-thesaurus.sh [path/to/thesaurus.txt]
set -euo pipefail
f="${1:-$(dirname "$0")/greenmine/conf/thesaurus.txt}"
LC_ALL=C.UTF-8 awk -F',' '
BEGIN {
  n = split("a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with s t www", sw, " ")
  for (i = 1; i <= n; i++) stop[sw[i]] = 1
  errors = 0; lines = 0
}
/^[[:space:]]*(#|$)/ { next }
{
  lines++
  if ($0 ~ /=>/) { printf "%s:%d: \"=>\" rules are not allowed: %s\n", FILENAME, NR, $0; errors++ }
  if (NF < 2) { printf "%s:%d: a line needs at least two terms: %s\n", FILENAME, NR, $0; errors++ }
  for (i = 1; i <= NF; i++) {
    t = $i; gsub(/^[[:space:]]+|[[:space:]]+$/, "", t)
    if (t == "") { printf "%s:%d: empty term\n", FILENAME, NR; errors++; continue }
    if (t ~ /[.;:!?()\/\\"&+]/) { printf "%s:%d: punctuation in term \"%s\"\n", FILENAME, NR, t; errors++ }
    m = split(tolower(t), w, /[[:space:]-]+/)
    for (j = 1; j <= m; j++) if (w[j] in stop) { printf "%s:%d: stop word \"%s\" in term \"%s\"\n", FILENAME, NR, w[j], t; errors++ }
    key = tolower(t)
    if (key in seen && seen[key] != NR) { printf "%s:%d: term \"%s\" also on line %d (lines get merged)\n", FILENAME, NR, t, seen[key]; errors++ }
    seen[key] = NR
  }
}
END {
  printf "%d concept lines, %d error(s)\n", lines, errors
  exit errors > 0
}' "$f"
