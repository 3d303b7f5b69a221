#!/usr/bin/env bash
# Restores a backup written by docker/backup.sh into an empty database and the portal's data
# folder: checks the manifest's sha256 first, then the database, then the uploaded files. The search
# index is rebuilt from the database by the portal itself (see docker/BACKUP.md).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO
readonly TOOL=restore
# shellcheck source=docker/backup-common.sh
source "$REPO/docker/backup-common.sh"

usage() {
  cat >&2 <<EOF
Usage: $(basename "$0") [--force] <backup-folder>

Restores <backup-folder> (written by backup.sh) into the database named by GREENMINE_DB_URL, which
must be empty, and unpacks its attachments into \$GREENMINE_DATA_DIR/attachments. Stop the portal
first.

  --force   restore even though the target already holds tables: they are dropped first
            (PostgreSQL: pg_restore --clean; H2: DROP ALL OBJECTS), and an existing attachments
            folder is kept aside as attachments.replaced-<UTC time>.

Settings, from the environment (the portal's own names):
  GREENMINE_DB_URL       jdbc:postgresql://host:port/db or jdbc:h2:... (the database must exist
                         for PostgreSQL; an H2 file database is created)
                         (default: the embedded run's jdbc:h2:file:\$GREENMINE_DATA_DIR/db/greenmine)
  GREENMINE_DB_USER      database user (H2 default: sa)
  GREENMINE_DB_PASSWORD  its password (H2 default: empty); given to pg_restore as PGPASSWORD
  GREENMINE_DATA_DIR     the portal's data folder (default: $REPO/data)
  H2_JAR                 H2 $H2_VERSION jar for an H2 database
                         (default: \$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar)
EOF
  exit "${1:-2}"
}

# --- arguments and settings ------------------------------------------------------------------

force=false
backup=""
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage 0 ;;
    --force) force=true ;;
    -*) usage ;;
    *)
      [[ -z $backup ]] || usage
      backup="$arg"
      ;;
  esac
done
[[ -n $backup ]] || usage
[[ -d $backup ]] || die "no backup folder at $backup"
backup="$(cd "$backup" && pwd)"
manifest="$backup/manifest.txt"
[[ -f $manifest ]] || die "$backup has no manifest.txt: not a folder written by backup.sh"

manifest_value() {
  sed -n "s/^$1=//p" "$manifest" | head -n 1
}

backup_kind="$(manifest_value database)"
db_file="$(manifest_value database_file)"
attachments_file="$(manifest_value attachments_file)"
[[ $backup_kind == h2 || $backup_kind == postgresql ]] ||
  die "$manifest names no known database kind (database=$backup_kind)"
[[ -n $db_file && $db_file != */* ]] || die "$manifest names no database file"
[[ $attachments_file != */* ]] || die "$manifest names a bad attachments file"

read_database_settings "restore into a file or server database"
[[ $db_kind == "$backup_kind" ]] ||
  die "the backup holds a $backup_kind database but GREENMINE_DB_URL names $db_kind: restore into the same kind of database"

# --- the checksums, before anything is touched -------------------------------------------------

say "checking the files against $manifest ..."
checked=" "
while read -r sum file; do
  [[ $file != */* && -f $backup/$file ]] || die "$file, listed in the manifest, is missing from $backup"
  [[ $(sha256_of "$backup/$file") == "$sum" ]] ||
    die "$backup/$file does not match its sha256 in the manifest: the backup is damaged, do not restore it"
  checked+="$file "
done < <(grep -E '^[0-9a-f]{64}  [^ ]+$' "$manifest")
for file in "$db_file" $attachments_file; do
  [[ $checked == *" $file "* ]] || die "the manifest has no sha256 for $file"
done
say "checksums match"

# --- preconditions: tools ----------------------------------------------------------------------

if [[ $db_kind == postgresql ]]; then
  for tool in pg_restore psql; do
    command -v "$tool" >/dev/null ||
      die "$tool not found on the PATH: install the PostgreSQL client (Debian/Ubuntu: apt-get install postgresql-client)"
  done
else
  require_h2_tools
fi

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

# the same query on both databases: how many tables, and whether Flyway has migrated it
readonly TARGET_STATE_SQL="SELECT 'tables=' || COUNT(*) || ' flyway=' || COALESCE(SUM(CASE WHEN LOWER(TABLE_NAME) = 'flyway_schema_history' THEN 1 ELSE 0 END), 0) AS STATE FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) NOT IN ('INFORMATION_SCHEMA', 'PG_CATALOG')"

# --- PostgreSQL --------------------------------------------------------------------------------

target_state_postgresql() {
  psql "${pg_options[@]}" --dbname="$pg_database" --no-psqlrc --tuples-only --no-align \
    --command="$TARGET_STATE_SQL" 2>"$workdir/psql.log" ||
    die "cannot inspect the target $target_name: $(cat "$workdir/psql.log")
  (The database must exist: CREATE DATABASE $pg_database, owned by or writable for $GREENMINE_DB_USER.)"
}

restore_postgresql() {
  local clean=()
  if [[ $force == true ]]; then
    clean=(--clean --if-exists)
  fi
  say "restoring $db_file into $target_name ..."
  # one transaction: a failed restore leaves the target as it was
  pg_restore "${pg_options[@]}" --dbname="$pg_database" --no-owner --exit-on-error \
    --single-transaction "${clean[@]}" "$backup/$db_file" ||
    die "pg_restore failed (see its message above); the target is unchanged"
}

# --- H2 ----------------------------------------------------------------------------------------

# Explains the H2 tools' failures that have a known cause, else shows the tool's own message.
h2_failed() {
  local log="$1"
  if grep -q -e '90020' "$log"; then
    die "the H2 database is in use: $target_name
  An embedded H2 file is locked by the process that has it open, normally the running portal.
  Stop the portal and run this again (or, with ';AUTO_SERVER=TRUE' at the end of both the portal's
  URL and GREENMINE_DB_URL, both can open it, but a restore should not run under a live portal)."
  fi
  if grep -q -e '28000' "$log"; then
    die "H2 refused the user or password for $target_name (GREENMINE_DB_USER / GREENMINE_DB_PASSWORD)"
  fi
  echo "--- H2 said:" >&2
  grep -v -e '^[[:space:]]*at ' "$log" | head -n 20 >&2
  die "the H2 tool failed on $target_name"
}

h2_connection() {
  h2_options=(-url "$db_url" -user "${GREENMINE_DB_USER:-sa}" -password "${GREENMINE_DB_PASSWORD:-}")
  target_name="${db_url%%;*}"
}

target_state_h2() {
  # opening an H2 file database that does not exist yet creates it, empty
  "$java" -cp "$h2_jar" org.h2.tools.Shell "${h2_options[@]}" -sql "$TARGET_STATE_SQL" \
    >"$workdir/state.log" 2>&1 || h2_failed "$workdir/state.log"
  grep -E '^tables=' "$workdir/state.log" || h2_failed "$workdir/state.log"
}

h2_run_script() {
  "$java" -cp "$h2_jar" org.h2.tools.RunScript "${h2_options[@]}" -script "$1" "${@:2}" \
    2>"$workdir/h2.log" || h2_failed "$workdir/h2.log"
}

restore_h2() {
  if [[ $force == true ]]; then
    say "dropping everything in $target_name (--force) ..."
    echo "DROP ALL OBJECTS;" >"$workdir/drop.sql"
    h2_run_script "$workdir/drop.sql"
  fi
  say "restoring $db_file into $target_name ..."
  h2_run_script "$backup/$db_file" -options compression gzip
}

# --- the target must be empty ------------------------------------------------------------------

case "$db_kind" in
  postgresql)
    pg_connection pg_restore
    target_name="PostgreSQL database '$pg_database' on $pg_host:$pg_port"
    ;;
  h2) h2_connection ;;
esac
state="$("target_state_$db_kind")"
state="$(head -n 1 <<<"$state" | tr -d '\r' | sed 's/[[:space:]]*$//')"
[[ $state =~ ^tables=([0-9]+)\ flyway=([0-9]+)$ ]] || die "cannot tell whether $target_name is empty (got '$state')"
tables="${BASH_REMATCH[1]}"
migrated="${BASH_REMATCH[2]}"
if ((tables > 0)) && [[ $force != true ]]; then
  if ((migrated > 0)); then
    die "refused: $target_name already has a flyway_schema_history table: it holds a portal's data.
  Restore into an empty database, or give --force to drop what it holds first."
  fi
  die "refused: $target_name is not empty ($tables tables).
  Restore into an empty database, or give --force to drop what it holds first."
fi

if [[ -n $attachments_file ]]; then
  for folder in "${UPLOAD_FOLDERS[@]}"; do
    if [[ -d $data_dir/$folder ]] && [[ -n $(ls -A "$data_dir/$folder") ]]; then
      [[ $force == true ]] ||
        die "refused: $data_dir/$folder already holds files. Move it away, or give --force to keep it aside and restore."
    fi
  done
fi

# --- restore -----------------------------------------------------------------------------------

"restore_$db_kind"
say "database restored"

if [[ -n $attachments_file ]]; then
  for folder in "${UPLOAD_FOLDERS[@]}"; do
    if [[ -d $data_dir/$folder ]] && [[ -n $(ls -A "$data_dir/$folder") ]]; then
      aside="$data_dir/$folder.replaced-$(date -u +%Y%m%dT%H%M%SZ)"
      mv "$data_dir/$folder" "$aside"
      say "the existing $folder were moved to $aside"
    fi
  done
  mkdir -p "$data_dir"
  tar xzf "$backup/$attachments_file" -C "$data_dir" || die "tar failed unpacking $attachments_file into $data_dir"
  say "uploaded files restored into $data_dir ($(tar tzf "$backup/$attachments_file" | grep -cv '/$') file(s))"
else
  say "the backup holds no attachments"
fi

cat <<EOF
restore: done.
The search index is not part of a backup: it is rebuilt from the database. At its next start the
portal reconciles Solr with the database and indexes whatever is missing; an administrator can also
run a full rebuild at /admin/search -> "Rebuild".
EOF
