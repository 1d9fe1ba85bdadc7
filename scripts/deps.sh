#!/bin/sh
# Check the Debian packages listed in scripts/packages.txt.  Missing ones are
# installed with apt-get when we are root; otherwise the exact apt-get line is
# printed and we stop with status 1.  Quiet when everything is present.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list="${IPCFLOOR_PACKAGES:-$here/packages.txt}"
missing=""

present() {	# package probe
	case "$2" in
	cmd:*) command -v "${2#cmd:}" >/dev/null 2>&1 ;;
	pc:*)  pkg-config --exists "${2#pc:}" 2>/dev/null ;;
	py:*)  /usr/bin/python3 -c "import ${2#py:}" >/dev/null 2>&1 ;;
	file:*) [ -e "${2#file:}" ] ;;
	*)     dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" ;;
	esac
}

check() {
	missing=""
	while read -r pkg probe _; do
		case "$pkg" in ''|'#'*) continue ;; esac
		present "$pkg" "${probe:-}" || missing="$missing $pkg"
	done < "$list"
}

check
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "ipcfloor needs Debian packages that are missing; as root run:" >&2
	echo "  apt-get install -y$missing" >&2
	exit 1
fi
echo "deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# Packages with services (rabbitmq-server) must not start them: the suite
# starts its own instances on loopback and stops them by pid.  policy-rc.d
# exit 101 tells invoke-rc.d "not now" for the length of the install.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' > "$policy"
	chmod 755 "$policy"
	trap 'rm -f "$policy"' EXIT INT TERM
fi
apt-get update -qq </dev/null >&2 || echo "deps: apt-get update failed; trying the install anyway" >&2
apt-get install -y -qq --no-install-recommends$missing </dev/null >&2
check
if [ -n "$missing" ]; then
	echo "deps: still missing after apt-get:$missing" >&2
	exit 1
fi
