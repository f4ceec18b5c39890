# Shared bootstrap for scripts/test and scripts/regenerate: source it, then call the functions.
# Works on a fresh machine with Python 3.11+ and pip (and node/npm for Prism); needs no venv beforehand.
# shellcheck shell=bash

SDKGEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SDKGEN_VENV="$SDKGEN_ROOT/.venv"
SDKGEN_PY="$SDKGEN_VENV/bin/python"
# The Prism mock server used by the e2e tests (tests/e2e/prism.py reads this pin).
PRISM_VERSION="5.16.0"
PRISM_PREFIX="$SDKGEN_ROOT/.cache/prism"
PRISM_BIN="$PRISM_PREFIX/node_modules/.bin/prism"

sdkgen_say() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
sdkgen_die() { sdkgen_say "error: $*"; exit 1; }

# A Python >= 3.11 to create the venv with: python3.11 first, else python3.
sdkgen_base_python() {
    local candidate
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

# Create .venv when missing (or broken) and install the project with its dev extras, unless the
# stamp under .venv records the same pyproject.toml (sha256) as the last successful install.
sdkgen_ensure_venv() {
    local base stamp want log
    if [[ ! -x "$SDKGEN_PY" ]] || ! "$SDKGEN_PY" -c 'import sys' >/dev/null 2>&1; then
        base="$(sdkgen_base_python)" || sdkgen_die "Python 3.11 or newer is needed (tried python3.11, python3)"
        sdkgen_say "creating .venv with $base ($("$base" --version 2>&1))"
        rm -rf "$SDKGEN_VENV"
        "$base" -m venv "$SDKGEN_VENV" || sdkgen_die "could not create $SDKGEN_VENV (is the venv module installed? e.g. apt-get install python3-venv)"
    fi
    stamp="$SDKGEN_VENV/.sdkgen-install-stamp"
    want="$("$SDKGEN_PY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$SDKGEN_ROOT/pyproject.toml")"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        return 0
    fi
    sdkgen_say "installing sdkgen and its dev dependencies into .venv (pip install -e '.[dev]')"
    log="$SDKGEN_VENV/.sdkgen-pip.log"
    if ! (cd "$SDKGEN_ROOT" && "$SDKGEN_PY" -m pip install --disable-pip-version-check -e '.[dev]') >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        sdkgen_die "pip install -e '.[dev]' failed (output above; full log: $log)"
    fi
    echo "$want" >"$stamp"
}

# True when the pinned Prism is installed under .cache/prism.
sdkgen_prism_installed() {
    [[ -x "$PRISM_BIN" ]] &&
        grep -q "\"version\": *\"$PRISM_VERSION\"" "$PRISM_PREFIX/node_modules/@stoplight/prism-cli/package.json" 2>/dev/null
}

# Install @stoplight/prism-cli@$PRISM_VERSION with npm into .cache/prism unless already there.
# It installs into a temporary folder first and moves it in place, so a failed or interrupted
# install never leaves a half-installed Prism behind.
sdkgen_ensure_prism() {
    local tmp
    sdkgen_prism_installed && return 0
    command -v npm >/dev/null 2>&1 || sdkgen_die "npm not found: install Node.js (18 or newer) and npm; Prism $PRISM_VERSION runs the e2e tests"
    sdkgen_say "installing Prism $PRISM_VERSION into .cache/prism (npm install)"
    mkdir -p "$SDKGEN_ROOT/.cache"
    tmp="$(mktemp -d "$SDKGEN_ROOT/.cache/prism.tmp.XXXXXX")"
    if ! npm install --prefix "$tmp" --no-audit --no-fund --no-update-notifier --loglevel=error \
        "@stoplight/prism-cli@$PRISM_VERSION" >"$tmp.log" 2>&1; then
        cat "$tmp.log" >&2
        rm -rf "$tmp" "$tmp.log"
        sdkgen_die "npm install @stoplight/prism-cli@$PRISM_VERSION failed (output above)"
    fi
    rm -f "$tmp.log"
    if sdkgen_prism_installed; then # another run finished first: keep its install
        rm -rf "$tmp"
        return 0
    fi
    rm -rf "$PRISM_PREFIX"
    mv "$tmp" "$PRISM_PREFIX"
    sdkgen_prism_installed || sdkgen_die "Prism was installed but $PRISM_BIN is missing"
}

# Copy or download the pinned spec revisions (sha256-checked) into spec/*/revisions/.
sdkgen_sync_specs() {
    "$SDKGEN_PY" "$SDKGEN_ROOT/scripts/sync-specs" || sdkgen_die "could not bring the spec revisions (see above)"
}
