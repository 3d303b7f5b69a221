#!/usr/bin/env bash
# Backs up the portal: the database (PostgreSQL or H2) and the uploaded files, into a new
# timestamped folder with a manifest of checksums. docker/restore.sh reads that folder back.
# The search index is not backed up: the portal rebuilds it from the database (see docker/BACKUP.md).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO
readonly TOOL=backup
# shellcheck source=docker/backup-common.sh
source "$REPO/docker/backup-common.sh"

usage() {
  cat >&2 <<EOF
Usage: $(basename "$0") <target-folder>

Writes <target-folder>/greenmine-backup-<UTC time>/ holding the database dump, the attachments
(attachments.tar.gz) and manifest.txt (time, database kind, files and their sha256).

Settings, from the environment (the portal's own names):
  GREENMINE_DB_URL       jdbc:postgresql://host:port/db or jdbc:h2:...
                         (default: the embedded run's jdbc:h2:file:\$GREENMINE_DATA_DIR/db/greenmine)
  GREENMINE_DB_USER      database user (H2 default: sa)
  GREENMINE_DB_PASSWORD  its password (H2 default: empty); given to pg_dump as PGPASSWORD
  GREENMINE_DATA_DIR     the portal's data folder (default: $REPO/data)
  H2_JAR                 H2 $H2_VERSION jar for an H2 database
                         (default: \$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar)
EOF
  exit "${1:-2}"
}

# --- arguments and settings ------------------------------------------------------------------

case "${1:-}" in
  -h | --help) usage 0 ;;
  -* | "") usage ;;
esac
[[ $# -eq 1 ]] || usage
target_parent="$1"

read_database_settings "there is nothing on disk to back up"

# --- preconditions: tools ----------------------------------------------------------------------

if [[ $db_kind == postgresql ]]; then
  command -v pg_dump >/dev/null ||
    die "pg_dump not found on the PATH: install the PostgreSQL client (Debian/Ubuntu: apt-get install postgresql-client), at least the server's major version"
else
  require_h2_tools
fi

mkdir -p "$target_parent" || die "cannot create the target folder $target_parent"
target_parent="$(cd "$target_parent" && pwd)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
backup="$target_parent/greenmine-backup-$stamp"
[[ ! -e $backup ]] || die "$backup already exists: wait a second and run again"
# written under a temporary name, renamed when complete: a folder without it is never a backup
partial="$backup.partial"
mkdir "$partial" || die "cannot create $partial"
workdir="$(mktemp -d)"
finished=false
cleanup() {
  rm -rf "$workdir"
  if [[ $finished != true ]]; then
    rm -rf "$partial"
    echo "backup: FAILED, nothing was written" >&2
  fi
}
trap cleanup EXIT

# --- the database ------------------------------------------------------------------------------

backup_postgresql() {
  pg_connection pg_dump

  db_file=database.dump
  db_source="postgresql://$pg_host:$pg_port/$pg_database"
  say "dumping PostgreSQL database '$pg_database' on $pg_host:$pg_port as $GREENMINE_DB_USER ..."
  pg_dump "${pg_options[@]}" --format=custom --no-owner --dbname="$pg_database" \
    --file="$partial/$db_file" ||
    die "pg_dump failed (see its message above). Is the server reachable, are the user and password right, and is pg_dump ($(pg_dump --version)) at least the server's major version?"
  db_tool="$(pg_dump --version)"
}

# Explains the H2 tools' failures that have a known cause, else shows the tool's own message.
h2_failed() {
  local log="$1" url="$2"
  if grep -q -e '90020' "$log"; then
    die "the H2 database is in use: $url
  An embedded H2 file is locked by the process that has it open, normally the running portal.
  Stop the portal and run this again; or start the portal with ';AUTO_SERVER=TRUE' at the end of
  its database URL and give this script the same URL (GREENMINE_DB_URL), so both can open it."
  fi
  if grep -q -e '90146' "$log"; then
    die "no H2 database at $url (check GREENMINE_DB_URL / GREENMINE_DATA_DIR)"
  fi
  if grep -q -e '28000' "$log"; then
    die "H2 refused the user or password for $url (GREENMINE_DB_USER / GREENMINE_DB_PASSWORD)"
  fi
  echo "--- H2 said:" >&2
  grep -v -e '^[[:space:]]*at ' "$log" | head -n 20 >&2
  die "the H2 tool failed on $url"
}

backup_h2() {
  local url="$db_url"
  # never create an empty database where the real one was expected
  if ! grep -qi ';IFEXISTS=' <<<"$url"; then
    url="$url;IFEXISTS=TRUE"
  fi
  db_file=database.sql.gz
  db_source="${db_url%%;*}"
  say "scripting H2 database $db_source ..."
  # H2's tools take the password only as an argument; the embedded database has none
  if ! "$java" -cp "$h2_jar" org.h2.tools.Script \
    -url "$url" -user "${GREENMINE_DB_USER:-sa}" -password "${GREENMINE_DB_PASSWORD:-}" \
    -script "$partial/$db_file" -options compression gzip 2>"$workdir/h2.log"; then
    h2_failed "$workdir/h2.log" "$db_source"
  fi
  db_tool="H2 $(basename "$h2_jar" .jar)"
}

"backup_$db_kind"

# --- the attachments ---------------------------------------------------------------------------

attachments_file=""
attachment_count=0
present=()
for folder in "${UPLOAD_FOLDERS[@]}"; do
  [[ -d $data_dir/$folder ]] && present+=("$folder")
done
if [[ ${#present[@]} -gt 0 ]]; then
  attachment_count="$(cd "$data_dir" && find "${present[@]}" -type f | wc -l | tr -d ' ')"
  say "packing $attachment_count uploaded file(s) from ${present[*]} in $data_dir ..."
  attachments_file=attachments.tar.gz
  tar czf "$partial/$attachments_file" -C "$data_dir" "${present[@]}" ||
    die "tar failed on ${present[*]} in $data_dir"
else
  say "no uploaded files (${UPLOAD_FOLDERS[*]}) in $data_dir: skipped"
fi

# --- manifest ----------------------------------------------------------------------------------

{
  echo "# GreenMine Portal backup. Check the files with:"
  echo "#   grep -E '^[0-9a-f]{64}  ' manifest.txt | sha256sum --check"
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$db_kind"
  echo "database_file=$db_file"
  echo "database_source=$db_source"
  echo "database_tool=$db_tool"
  echo "attachments_file=$attachments_file"
  echo "attachments_count=$attachment_count"
  for file in "$db_file" $attachments_file; do
    echo "$(sha256_of "$partial/$file")  $file"
  done
} >"$partial/manifest.txt"

mv "$partial" "$backup"
finished=true
say "done: $backup"
ls -l "$backup"
