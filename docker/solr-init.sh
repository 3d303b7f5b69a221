#!/bin/bash
# One-shot SolrCloud set-up, run by the solr-init service of docker-compose.yml (solr image):
#   1. uploads the configset in $CONF_DIR to ZooKeeper as $CONFIG_NAME (replacing an older upload);
#   2. creates the collection ($SHARDS shards x $REPLICAS replicas) when it is missing, or reloads
#      it when it exists, so an edited configset (thesaurus, schema) takes effect.
# The portal also creates the collection when it is missing, with the same configset name, so an
# existing collection is expected, not an error. Safe to run again.
set -euo pipefail

zk_host=${ZK_HOST:-zookeeper:2181}
solr_url=${SOLR_URL:-http://solr1:8983/solr}
collection=${COLLECTION:-greenmine}
config_name=${CONFIG_NAME:-${collection}-config} # the name the portal uploads under
shards=${SHARDS:-2}
replicas=${REPLICAS:-2}
min_nodes=${MIN_LIVE_NODES:-2}
conf_dir=${CONF_DIR:-/configset/conf}

# GET on the Collections API; prints the response body (also on an HTTP error), fails on errors.
collections_api() {
  wget -q --content-on-error -O - "${solr_url}/admin/collections?wt=json&$1"
}

collection_exists() {
  local list
  list=$(collections_api "action=LIST") && grep -q "\"${collection}\"" <<<"$list"
}

# How many nodes ZooKeeper lists as live (0 while Solr does not answer).
live_nodes() {
  local status
  status=$(collections_api "action=CLUSTERSTATUS" 2>/dev/null) || true
  tr -d ' \t\r\n' <<<"$status" | grep -o '"live_nodes":\[[^]]*\]' | grep -o '_solr"' | wc -l || true
}

echo "solr-init: waiting for ${min_nodes} live Solr nodes"
for attempt in $(seq 1 60); do
  nodes=$(live_nodes)
  if [ "$nodes" -ge "$min_nodes" ]; then
    break
  fi
  if [ "$attempt" -eq 60 ]; then
    echo "solr-init: only ${nodes} live node(s) after 120 s" >&2
    exit 1
  fi
  sleep 2
done

echo "solr-init: uploading ${conf_dir} as configset ${config_name}"
solr zk upconfig -z "$zk_host" -n "$config_name" -d "$conf_dir"

if collection_exists; then
  echo "solr-init: collection ${collection} exists; reloading it with the uploaded configset"
  # Solr answers status 0 with a "failure" entry when cores refuse the new configset.
  if ! response=$(collections_api "action=RELOAD&name=${collection}") ||
    grep -q '"failure"' <<<"$response"; then
    echo "solr-init: reloading ${collection} failed: the configset in ${conf_dir} does not load" >&2
    echo "(the running cores keep the old one; a restarted node would not): ${response}" >&2
    exit 1
  fi
else
  echo "solr-init: creating collection ${collection} (${shards} shards x ${replicas} replicas)"
  if ! response=$(collections_api "action=CREATE&name=${collection}&collection.configName=${config_name}&numShards=${shards}&replicationFactor=${replicas}&waitForFinalState=true") ||
    grep -q '"failure"' <<<"$response"; then
    # a portal instance may have created it in the meantime
    if collection_exists; then
      echo "solr-init: collection ${collection} was created meanwhile"
    else
      echo "solr-init: creating ${collection} failed: ${response}" >&2
      exit 1
    fi
  fi
fi
echo "solr-init: done"
