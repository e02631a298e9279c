#!/usr/bin/env bash
# Are the system libraries there that Qt's X11 (xcb) platform plugin loads? Qt's own
# message when one is missing ("could not load the Qt platform plugin xcb") does not
# say which; this names them and the Debian/Ubuntu command that installs them.
#
#   bash scripts/check-system.sh [--plugin FILE] [--] [fieldservice arguments]
#
# FILE is Qt's libqxcb.so (default: the one in .venv's PySide6). The fieldservice
# arguments are those start.sh passes on: nothing is checked when they will not
# open a window (a command of the command line, --help, --version) nor when Qt is
# told to use another platform (QT_QPA_PLATFORM=offscreen, -platform offscreen).
# Exit status: 0 fine (or nothing to check), 1 libraries missing (the message
# says which and how to install them; only a warning, status 0, in a Wayland
# session), 2 wrong usage.
# Reads only the shell and ldd, so it runs before anything is installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
list="$root/installer/linux/qt-xcb-libraries.txt"

plugin=""
while [ $# -gt 0 ]; do
    case "$1" in
        --plugin) [ $# -ge 2 ] || { echo "check-system.sh: --plugin needs a file" >&2; exit 2; }
                  plugin="$2"; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done

# Will these arguments open a window on xcb? As in ui/launcher.py, the first
# argument that is neither an option nor an option's value names a command (the
# desktop takes no such argument).
platform="${QT_QPA_PLATFORM:-}"
skip_value=""
for arg in "$@"; do
    if [ -n "$skip_value" ]; then
        [ "$skip_value" = -platform ] && platform="$arg"
        skip_value=""
        continue
    fi
    case "$arg" in
        --home|-platform|-style|-stylesheet|-qwindowgeometry) skip_value="$arg" ;;
        -h|--help|--version) exit 0 ;;
        -*) ;;
        *) exit 0 ;;  # a command: it runs without Qt
    esac
done
case "$platform" in
    ""|xcb|xcb:*) ;;
    *) exit 0 ;;  # offscreen, wayland, …: the xcb plugin is not loaded
esac
# In a Wayland session Qt tries Wayland first and X11 only if that fails: missing
# X11 libraries are then worth a warning, not a refusal to start.
only_warn=""
[ -z "$platform" ] && [ "${XDG_SESSION_TYPE:-}" = wayland ] && only_warn=1

[ "$(uname -s)" = Linux ] || exit 0
command -v ldd >/dev/null 2>&1 || exit 0
if [ -z "$plugin" ]; then
    for candidate in "$root"/.venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so; do
        [ -f "$candidate" ] && plugin="$candidate"
    done
    [ -n "$plugin" ] || exit 0  # no PySide6 here to check: Qt will say so itself
fi
[ -f "$plugin" ] || { echo "check-system.sh: no such plugin: $plugin" >&2; exit 2; }

# ldd prints "	libxcb-icccm.so.4 => not found" for each library it cannot find.
missing=$(ldd "$plugin" 2>/dev/null | awk '$2 == "=>" && $3 == "not" && $4 == "found" && !seen[$1]++ { print $1 }') || true
[ -n "$missing" ] || exit 0

# The list: "soname package" per line, # comments. Packages are named once each,
# in the list's order; a library not on the list is named as unknown.
declare -A package_of=()
order=()
if [ -f "$list" ]; then
    while read -r soname package _; do
        case "$soname" in ""|\#*) continue ;; esac
        package_of[$soname]=$package
        order+=("$soname")
    done <"$list"
fi
packages=()
for soname in "${order[@]}"; do
    grep -qxF -- "$soname" <<<"$missing" || continue
    case " ${packages[*]} " in
        *" ${package_of[$soname]} "*) ;;
        *) packages+=("${package_of[$soname]}") ;;
    esac
done

{
    if [ -n "$only_warn" ]; then
        echo "fieldservice may not open its window: Qt's X11 plugin needs system libraries"
    else
        echo "fieldservice cannot open its window: Qt's X11 plugin needs system libraries"
    fi
    echo "that are not installed:"
    while read -r soname; do
        if [ -n "${package_of[$soname]:-}" ]; then
            echo "  $soname (package ${package_of[$soname]})"
        else
            echo "  $soname (unknown library, not in installer/linux/qt-xcb-libraries.txt;"
            echo "    find its package with: apt-file search $soname)"
        fi
    done <<<"$missing"
    if [ ${#packages[@]} -gt 0 ]; then
        echo "On Debian or Ubuntu, install them with:"
        echo "  sudo apt-get install -y ${packages[*]}"
    fi
    if [ -n "$only_warn" ]; then
        echo "(This is a Wayland session: Qt tries Wayland first, so the window may open anyway.)"
    fi
} >&2
[ -n "$only_warn" ] && exit 0
exit 1
