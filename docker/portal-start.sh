#!/bin/sh
# Entry point of the portal image: starts Payara Micro with the WAR at /, clustering taken from
# the environment. Arguments given to the container are passed on to Payara Micro.
#   GREENMINE_INSTANCE_NAME    this instance's name in the cluster (e.g. portal-a)
#   GREENMINE_CLUSTER_NAME     the Hazelcast cluster's name (default greenmine)
#   GREENMINE_CLUSTER_MEMBERS  every member as host:port, comma-separated
#                              (portal-a:6900,portal-b:6900); empty: no cluster
#   GREENMINE_TRUST_PROXY_IP   true: the client address is the Proxy-ip header set by nginx
#                              (payara-postboot.asadmin); only behind the proxy
#   JVM_ARGS                   extra JVM options (split on spaces)
set -eu

war=/opt/payara/deployments/greenmine.war

if [ -n "${GREENMINE_CLUSTER_MEMBERS:-}" ]; then
  # One port per member: a port range in --clustermode tcpip crashes Payara Micro's start-up.
  old_ifs=$IFS
  IFS=,
  for member in $GREENMINE_CLUSTER_MEMBERS; do
    host=${member%:*}
    port=${member##*:}
    case "$port" in
      '' | *[!0-9]*) host="" ;;
    esac
    if [ -z "$host" ] || [ "$host" = "$member" ]; then
      echo "GREENMINE_CLUSTER_MEMBERS: '$member' is not host:port (one port, no range)" >&2
      exit 64
    fi
  done
  IFS=$old_ifs
  set -- --clustermode "tcpip:${GREENMINE_CLUSTER_MEMBERS}" \
    --clustername "${GREENMINE_CLUSTER_NAME:-greenmine}" "$@"
  if [ -n "${GREENMINE_INSTANCE_NAME:-}" ]; then
    set -- --name "$GREENMINE_INSTANCE_NAME" "$@"
  fi
else
  set -- --nocluster "$@"
fi

if [ "${GREENMINE_TRUST_PROXY_IP:-false}" = "true" ]; then
  set -- --postbootcommandfile /opt/payara/payara-postboot.asadmin "$@"
fi

set -- --deploy "$war" --contextroot / --port 8080 "$@"

echo "Starting Payara Micro: $*"
# JVM_ARGS is split on purpose (several options in one variable), as in the base image.
# shellcheck disable=SC2086
exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70.0}" \
  -Xss"${MEM_XSS:-512k}" ${JVM_ARGS:-} -jar /opt/payara/payara-micro.jar "$@"
