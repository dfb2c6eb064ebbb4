#!/bin/bash
# Starts Ranger admin from the upstream image (apache/ranger, ranger-tools release/Dockerfile.ranger)
# without its entrypoint, which appends the database password as every account's password and
# creates sample services. Ranger's own setup.sh runs at every start: it writes the admin's
# site files from install.properties, applies schema patches (the database and its owner exist:
# setup_mode=SeparateDBA) and changes the default passwords once (recorded in the database).
set -euo pipefail
umask 077

ADMIN_HOME=/opt/ranger/admin
CONF=/etc/ranger-admin

# Ranger's password rule (setup.sh validateDefaultUsersPassword): 8 characters or more with an
# upper-case letter, a lower-case letter and a digit. Generated values are alphanumeric and may
# lack one of them; the fixed prefix (charts/ranger/chart.ts PASSWORD_PREFIX) guarantees all
# three. The sync Job adds the same prefix.
password() { printf '%s%s' '@PASSWORD_PREFIX@' "$1"; }

# The server's certificate as the PKCS#12 key store the embedded Tomcat reads, under the alias
# setup.sh configures (policymgr_https_keystore_keyalias).
# PBE-SHA1-3DES: a PKCS#12 every Java 8 update reads (the image's admin runs on Java 8).
openssl pkcs12 -export -name rangeradmin \
  -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 \
  -in "$CONF/tls/tls.crt" -inkey "$CONF/tls/tls.key" \
  -out /var/run/ranger/keystore.p12 -passout env:KEYSTORE_PASSWORD

cp "$CONF/config/install.properties" "$ADMIN_HOME/install.properties"
{
  echo "db_password=${DB_PASSWORD}"
  echo "rangerAdmin_password=$(password "$ADMIN_PASSWORD")"
  echo "rangerTagsync_password=$(password "$TAGSYNC_PASSWORD")"
  echo "rangerUsersync_password=$(password "$USERSYNC_PASSWORD")"
  echo "keyadmin_password=$(password "$KEYADMIN_PASSWORD")"
  echo "policymgr_https_keystore_password=${KEYSTORE_PASSWORD}"
} >> "$ADMIN_HOME/install.properties"

cd "$ADMIN_HOME"
./setup.sh
rm -f "$ADMIN_HOME/install.properties"

# The server names its log after the user (-Duser=${USER}), which a container may not set.
export USER=ranger
./ews/ranger-admin-services.sh start
pid=$(cat /var/run/ranger/rangeradmin.pid)
# Stopping the pod stops the server (the services script backgrounds it).
trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
# The server logs to files; the container's log is their tail, which ends with the server.
tail -n +1 -F --pid="$pid" /var/log/ranger/catalina.out "/var/log/ranger/ranger-admin-${HOSTNAME}-${USER}.log" &
wait $! || true
wait $! 2>/dev/null || true
