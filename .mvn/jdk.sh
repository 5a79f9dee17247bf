# Finds a JDK 21 or newer and exports it as JAVA_HOME. Sourced (POSIX sh) by ./mvnw and ./tws4j.
# Order: JAVA_HOME, then the javac on PATH, then the system's JVM folders (newest first).

tws4j_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  fi
  case "$v" in '' | *[!0-9]*) return 1 ;; esac
  echo "$v"
}

tws4j_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(tws4j_jdk_major "$JAVA_HOME" || echo 0)" -ge 21 ]; then
    return 0
  fi
  if tws4j_javac=$(command -v javac 2>/dev/null); then
    tws4j_home=$(dirname "$(dirname "$(readlink -f "$tws4j_javac" 2>/dev/null || echo "$tws4j_javac")")")
    if [ "$(tws4j_jdk_major "$tws4j_home" || echo 0)" -ge 21 ]; then
      JAVA_HOME=$tws4j_home
      export JAVA_HOME
      return 0
    fi
  fi
  tws4j_best=
  tws4j_best_major=0
  for tws4j_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    tws4j_major=$(tws4j_jdk_major "$tws4j_home") || continue
    if [ "$tws4j_major" -ge 21 ] && [ "$tws4j_major" -gt "$tws4j_best_major" ]; then
      tws4j_best=$tws4j_home
      tws4j_best_major=$tws4j_major
    fi
  done
  if [ -n "$tws4j_best" ]; then
    JAVA_HOME=$tws4j_best
    export JAVA_HOME
    return 0
  fi
  echo "tws4j needs a JDK 21 or newer: install one (for example Temurin 21) or point JAVA_HOME at it." >&2
  return 1
}

tws4j_find_jdk || exit 1

# Maven's own libraries use sun.misc.Unsafe, which JDK 23 and newer warn about at every start.
if [ "$(tws4j_jdk_major "$JAVA_HOME" || echo 0)" -ge 23 ]; then
  case " ${MAVEN_OPTS-} " in
    *" --sun-misc-unsafe-memory-access=allow "*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi
