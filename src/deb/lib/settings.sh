# Shared by the launcher and the backup commands (bash): reading journees.env as systemd does, finding a
# Java runtime, and reaching the database the settings name.

# Exports every KEY=value of an EnvironmentFile (comments and blank lines skipped, one pair of quotes
# around a value removed), without evaluating anything written in it.
journees_load_settings() {
    local file=$1 line key value
    [ -r "$file" ] || { echo "journees: cannot read the settings file $file" >&2; return 1; }
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line#"${line%%[![:space:]]*}"}
        case "$line" in '' | '#'* | ';'*) continue ;; esac
        key=${line%%=*}
        value=${line#*=}
        [[ "$line" == *=* && "$key" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || continue
        if [[ ${#value} -ge 2 && ( "$value" == \"*\" || "$value" == \'*\' ) ]]; then
            value=${value:1:${#value}-2}
        fi
        export "$key=$value"
    done <"$file"
}

# The major version of the JDK or JRE in a folder, or nothing.
journees_java_major() {
    local home=$1 version
    [ -x "$home/bin/java" ] || return 0
    if [ -r "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    else
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')
    fi
    echo "$version"
}

# Prints the java command to run: JAVA_HOME when it is 21 or newer, else the newest such under /usr/lib/jvm.
journees_java() {
    local home best="" best_major=0 major
    for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
        [ -d "$home" ] || continue
        major=$(journees_java_major "$home")
        [ -n "$major" ] || continue
        if [ -n "${JAVA_HOME:-}" ] && [ "$home" = "$JAVA_HOME" ] && [ "$major" -ge 21 ]; then
            echo "$home/bin/java"
            return 0
        fi
        if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$home best_major=$major
        fi
    done
    [ -n "$best" ] || { echo "journees: no Java runtime 21 or newer (set JAVA_HOME in journees.env)" >&2; return 1; }
    echo "$best/bin/java"
}

# Sets DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD from SPRING_DATASOURCE_URL (jdbc:mariadb://host:port/name,
# or a failover list such as jdbc:mariadb:sequential://db1:3306,db2:3306/name, whose first server is taken) and
# SPRING_DATASOURCE_USERNAME / _PASSWORD (or the URL's user= and password= parameters).
journees_database() {
    local url=${SPRING_DATASOURCE_URL:-} rest hosts query param
    [[ "$url" =~ ^jdbc:(mariadb|mysql):([a-z]+:)?//([^/?]+)/([^?]+)(\?(.*))?$ ]] || {
        echo "journees: SPRING_DATASOURCE_URL is not a jdbc:mariadb://host:port/database address: '$url'" >&2
        return 1
    }
    hosts=${BASH_REMATCH[3]}
    DB_NAME=${BASH_REMATCH[4]}
    query=${BASH_REMATCH[6]}
    rest=${hosts%%,*}
    rest=${rest#address=}
    DB_HOST=${rest%%:*}
    DB_PORT=3306
    [[ "$rest" == *:* ]] && DB_PORT=${rest##*:}
    DB_USER=${SPRING_DATASOURCE_USERNAME:-}
    DB_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
    local IFS='&'
    for param in $query; do
        case "$param" in
            user=*) [ -n "$DB_USER" ] || DB_USER=${param#user=} ;;
            password=*) [ -n "$DB_PASSWORD" ] || DB_PASSWORD=${param#password=} ;;
        esac
    done
    [ -n "$DB_USER" ] || { echo "journees: no database user (SPRING_DATASOURCE_USERNAME)" >&2; return 1; }
}

# Writes a client option file (mode 0600) for mariadb and mariadb-dump, so that the password never
# shows in the list of processes.
journees_client_options() {
    local file=$1 password=${DB_PASSWORD//\\/\\\\}
    password=${password//\"/\\\"}
    (umask 077 && printf '[client]\nhost="%s"\nport=%s\nuser="%s"\npassword="%s"\ndefault-character-set=utf8mb4\n' \
        "$DB_HOST" "$DB_PORT" "$DB_USER" "$password" >"$file")
}
