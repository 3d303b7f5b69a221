# shellcheck shell=bash disable=SC2034  # the variables set here are read by the sourcing script
# What docker/backup.sh and docker/restore.sh share: the settings they read (the portal's own
# names), the upload folders, the PostgreSQL URL's parts and the H2 tools. Sourced, not run; the
# sourcing script sets TOOL (its name in messages) and REPO first.

readonly H2_VERSION=2.2.224
# every folder under the data folder that UploadStore writes uploaded files into
readonly UPLOAD_FOLDERS=(attachments application-attachments concerns)

die() {
  echo "$TOOL: $*" >&2
  exit 1
}

say() {
  echo "$TOOL: $*"
}

sha256_of() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# Sets data_dir, db_url and db_kind from the environment; $1 says why an in-memory H2 will not do.
read_database_settings() {
  data_dir="${GREENMINE_DATA_DIR:-$REPO/data}"
  db_url="${GREENMINE_DB_URL:-jdbc:h2:file:$data_dir/db/greenmine}"
  case "$db_url" in
    jdbc:postgresql://*) db_kind=postgresql ;;
    jdbc:postgresql:*) die "GREENMINE_DB_URL must have the form jdbc:postgresql://host:port/database" ;;
    jdbc:h2:mem:*) die "GREENMINE_DB_URL names an in-memory H2 database: $1" ;;
    jdbc:h2:*) db_kind=h2 ;;
    *) die "GREENMINE_DB_URL must start with jdbc:postgresql:// or jdbc:h2:, not '${db_url:0:16}...'" ;;
  esac
}

# Sets java and h2_jar, or says how to get them.
require_h2_tools() {
  java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  command -v "$java" >/dev/null || die "java not found (set JAVA_HOME or put java on the PATH)"
  h2_jar="${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar}"
  [[ -f $h2_jar ]] || die "H2 jar not found at $h2_jar.
  Get it with: $REPO/mvnw dependency:get -Dartifact=com.h2database:h2:$H2_VERSION
  (any build of the portal downloads it too), or set H2_JAR to an h2-$H2_VERSION.jar.
  Use the portal's H2 version: another version may not read the database file."
}

# Sets pg_host, pg_port, pg_database and pg_options (the client tools' connection options) from
# db_url, and PGPASSWORD / PGSSLMODE for them; $1 names the client tool in notes.
pg_connection() {
  # jdbc:postgresql://host[:port]/database[?parameters]
  local rest="${db_url#jdbc:postgresql://}" query="" hostport port param
  if [[ $rest == *\?* ]]; then
    query="${rest#*\?}"
    rest="${rest%%\?*}"
  fi
  [[ $rest == */* ]] || die "GREENMINE_DB_URL must have the form jdbc:postgresql://host:port/database"
  hostport="${rest%%/*}"
  pg_database="${rest#*/}"
  [[ -n $hostport && -n $pg_database && $hostport != *,* ]] ||
    die "GREENMINE_DB_URL must name one host and a database: jdbc:postgresql://host:port/database"
  if [[ $hostport == \[*\]* ]]; then # [IPv6]:port
    pg_host="${hostport%%]*}"
    pg_host="${pg_host#[}"
    port="${hostport##*]}"
    port="${port#:}"
  else
    pg_host="${hostport%%:*}"
    port=""
    [[ $hostport == *:* ]] && port="${hostport#*:}"
  fi
  pg_port="${port:-5432}"
  for param in ${query//&/ }; do
    case "$param" in
      sslmode=*) export PGSSLMODE="${param#sslmode=}" ;;
      *) say "note: URL parameter '${param%%=*}' is not used by $1" ;;
    esac
  done
  [[ -n ${GREENMINE_DB_USER:-} ]] || die "set GREENMINE_DB_USER for PostgreSQL"
  if [[ -n ${GREENMINE_DB_PASSWORD:-} ]]; then
    export PGPASSWORD="$GREENMINE_DB_PASSWORD"
  fi
  # --no-password: fail at once instead of prompting when no password was given
  pg_options=(--no-password --host="$pg_host" --port="$pg_port" --username="$GREENMINE_DB_USER")
}
