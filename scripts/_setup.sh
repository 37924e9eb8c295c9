# Shared by scripts/start, scripts/test and installer/build: a virtual environment with the project in it,
# and the few system libraries Qt needs on a bare Linux machine.
# shellcheck shell=bash

# Debian/Ubuntu packages with the shared libraries PySide6's wheels link against.
QT_SYSTEM_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core"

find_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "counter-app needs Python 3.11 or newer; install it (e.g. apt-get install python3 python3-venv) and run this again." >&2
    return 1
}

ensure_venv() {  # $1: the extras to install, e.g. "" or "[test]"; $2: the folder (.venv)
    local python venv="${2:-.venv}"
    python=$(find_python)
    if [ ! -x "$venv/bin/python" ]; then
        "$python" -m venv "$venv" || {
            echo "Could not make a virtual environment: install python3-venv (Debian/Ubuntu) and run this again." >&2
            return 1
        }
    fi
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$1"
}

ensure_qt_libraries() {  # $1: the virtual environment's folder (.venv)
    local venv="${1:-.venv}"
    if "$venv/bin/python" -c 'import PySide6.QtWidgets' 2>/dev/null; then
        return 0
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the system libraries Qt needs: $QT_SYSTEM_PACKAGES" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $QT_SYSTEM_PACKAGES >/dev/null
    fi
    "$venv/bin/python" -c 'import PySide6.QtWidgets' || {
        echo "Qt cannot load its system libraries. On Debian/Ubuntu run: sudo apt-get install $QT_SYSTEM_PACKAGES" >&2
        return 1
    }
}
