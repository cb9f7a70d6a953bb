#!/usr/bin/env bash
# Spark set-up (issue 5): PySpark 4 needs a Java runtime >= 17.
# Checks `java -version` (JAVA_HOME/bin/java first); only when no Java >= 17 is found,
# installs Debian's openjdk-17-jre-headless. Quick and idempotent when Java is present.
set -euo pipefail

java_major() {
  # "openjdk version "17.0.15" 2025-04-15" -> 17 ; "1.8.0_392" -> 8
  local bin=$1 v
  v=$("$bin" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  [ -n "$v" ] || { echo 0; return; }
  case "$v" in
    1.*) v=${v#1.}; echo "${v%%.*}" ;;
    *) echo "${v%%[.+-]*}" ;;
  esac
}

find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  command -v java || true
}

JAVA=$(find_java)
if [ -n "$JAVA" ] && [ "$(java_major "$JAVA")" -ge 17 ]; then
  exit 0
fi

echo "setup: no Java >= 17 found${JAVA:+ ($JAVA is $(java_major "$JAVA"))}; installing openjdk-17-jre-headless" >&2
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "setup: not root and no sudo: install a Java 17 runtime yourself (Spark needs it)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
# The JRE's post-install script links man pages; Debian slim images lack the directory.
$SUDO mkdir -p /usr/share/man/man1
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
JAVA=$(command -v java || true)
if [ -z "$JAVA" ] || [ "$(java_major "$JAVA")" -lt 17 ]; then
  echo "setup: Java 17 install failed (java is ${JAVA:-missing})" >&2
  exit 1
fi
echo "setup: $("$JAVA" -version 2>&1 | head -n1)" >&2
