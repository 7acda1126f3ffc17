# Shared by installers/linux/build.sh and installers/macos/build.sh (sourced, not run).
# Sets ROOT (the project root, also the working directory) and VERSION (from
# src/recovery_desk/__init__.py, the one place it is written), and provides the steps
# both builds share. Windows has the same steps in PowerShell (installers/windows/build.ps1).

PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"
SMOKE_TIMEOUT_S=240

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"

die() { echo "build: ERROR: $*" >&2; exit 1; }
step() { echo; echo "== [${SECONDS}s] $*"; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/recovery_desk/__init__.py)"
[[ -n "$VERSION" ]] || die "no __version__ in src/recovery_desk/__init__.py"

# make_build_venv VENV: a fresh venv with the project and PyInstaller only (no test tools,
# never keyrings.alt). Sets VPY to its python.
make_build_venv() {
    local venv="$1"
    rm -rf "$venv"
    "${PYTHON:-python3}" -m venv "$venv"
    VPY="$venv/bin/python"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    "$VPY" -m pip install --quiet --upgrade pip
    "$VPY" -m pip install --quiet -e . "pyinstaller==${PYINSTALLER_VERSION}" \
        "pyinstaller-hooks-contrib==${HOOKS_CONTRIB_VERSION}"
    if "$VPY" -c "import keyrings.alt" 2>/dev/null; then
        die "keyrings.alt is installed in the build venv: it stores secrets in plain text and must never ship"
    fi
    echo "$("$VPY" --version), PyInstaller $("$VPY" -m PyInstaller --version)"
}

# freeze: PyInstaller with the shared spec, into dist/ (work files in build/pyinstaller).
freeze() {
    rm -rf "$ROOT/dist/RecoveryDesk" "$ROOT/dist/Recovery Desk.app" "$ROOT/build/pyinstaller"
    local started=$SECONDS
    "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installers/recovery-desk.spec
    echo "froze in $((SECONDS - started)) s"
}

# check_bundle FOLDER: no keyrings.alt (files or bundled modules); migrations and resources shipped as data.
check_bundle() {
    local folder="$1" found m
    if find "$folder" -ipath '*keyrings*' | grep -q .; then
        die "keyrings.alt files found in the bundle"
    fi
    if grep -q "'keyrings" "$ROOT"/build/pyinstaller/recovery-desk/PYZ-*.toc; then
        die "keyrings.alt modules found in the PYZ archive"
    fi
    for m in "$ROOT"/src/recovery_desk/store/migrations/env.py "$ROOT"/src/recovery_desk/store/migrations/versions/[0-9]*.py; do
        found="$(find "$folder" -path "*/${m#"$ROOT"/src/}" | head -n 1)"
        [[ -n "$found" ]] || die "migration not shipped as data: ${m#"$ROOT"/src/}"
    done
    [[ -n "$(find "$folder" -path '*/resources/fonts/DejaVuSans.ttf')" ]] || die "resources/ not shipped"
    if find "$folder" -path '*PySide6/Qt/translations*' -name '*.qm' | grep -q .; then
        die "Qt translations were meant to be left out"
    fi
}

# with_time_limit CMD...: CMD, stopped after SMOKE_TIMEOUT_S where coreutils' timeout exists
# (macOS lacks it; the smoke test also stops itself after 3 minutes).
with_time_limit() {
    if command -v timeout >/dev/null 2>&1; then timeout "$SMOKE_TIMEOUT_S" "$@"; else "$@"; fi
}

# smoke_test EXE: the frozen app's own check (src/recovery_desk/smoke.py), offscreen, in a
# fresh throwaway folder and RECOVERY_DESK_HOME, with no keyring; fails the build unless it
# exits 0 in time with an encrypted database.
smoke_test() {
    local exe="$1" dir rc=0
    dir="$(mktemp -d "${TMPDIR:-/tmp}/recovery-desk-smoke.XXXXXX")"
    (
        unset DBUS_SESSION_BUS_ADDRESS
        export QT_QPA_PLATFORM=offscreen RECOVERY_DESK_HOME="$dir/home-from-env"
        with_time_limit "$exe" --demo --smoke-test --people 20 --home "$dir/home"
    ) >"$dir/report.json" || rc=$?
    cat "$dir/report.json"
    [[ $rc == 0 ]] || { rm -rf -- "$dir"; die "smoke test failed (exit code $rc)"; }
    if [[ ! -f "$dir/home/recovery-desk.db" ]] || head -c 16 "$dir/home/recovery-desk.db" | grep -q "SQLite format 3"; then
        rm -rf -- "$dir"
        die "the smoke test's database is missing or not encrypted"
    fi
    rm -rf -- "$dir"
}
