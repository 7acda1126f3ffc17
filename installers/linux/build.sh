#!/usr/bin/env bash
# Build Recovery Desk for Linux from a clean checkout, in one command (from anywhere):
#
#     bash installers/linux/build.sh
#
# 1. makes a fresh build venv (build/venv-linux) with the project and PyInstaller only —
#    no test tools, and never keyrings.alt;
# 2. freezes the app one-folder into dist/RecoveryDesk/ with installers/recovery-desk.spec;
# 3. checks keyrings.alt is nowhere in the bundle and the migrations are there as .py files;
# 4. packs dist/RecoveryDesk-<version>-linux-<arch>.tar.gz and prints both sizes;
# 5. smoke-tests the frozen app: offscreen, in a fresh throwaway RECOVERY_DESK_HOME, no
#    keyring (RecoveryDesk --demo --smoke-test): it must create the encrypted demo database,
#    migrate it, show the main window with the caseload and exit 0 within the time limit.
#
# Needs: python3 (3.11+, with its shared libpython, as Debian's and pyenv's are) with venv,
# access to PyPI (or a wheelhouse: PIP_FIND_LINKS=/path PIP_NO_INDEX=1), tar, gzip, and the
# Qt runtime libraries named in README.md for the smoke test.
# Settings (environment): PYTHON (default python3), BUILD_VENV (default build/venv-linux),
# SKIP_SMOKE_TEST=1 to stop after packing.
# Exit code: 0 when everything above held; non-zero otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"  # sets ROOT (and cd there), VERSION; the shared steps

ARCH="$(uname -m)"
DIST="$ROOT/dist/RecoveryDesk"
TARBALL="$ROOT/dist/RecoveryDesk-${VERSION}-linux-${ARCH}.tar.gz"
echo "Recovery Desk ${VERSION}: Linux one-folder build in ${ROOT}"

step "1/5 build venv"
make_build_venv "${BUILD_VENV:-$ROOT/build/venv-linux}"

step "2/5 PyInstaller (one-folder) -> dist/RecoveryDesk/"
freeze

step "3/5 checking the bundle"
[[ -x "$DIST/RecoveryDesk" ]] || die "no executable at $DIST/RecoveryDesk"
check_bundle "$DIST"
INTERNAL="$DIST/_internal"
echo "Qt libraries: $(find "$INTERNAL" -name 'libQt6*.so*' -printf '%f\n' | sed 's/\.so.*//' | sort -u | tr '\n' ' ')"
echo "Qt plugins: $(cd "$INTERNAL/PySide6/Qt/plugins" && find . -type f -printf '%P ')"

step "4/5 tarball"
rm -f "$TARBALL"
tar -C "$ROOT/dist" -czf "$TARBALL" RecoveryDesk
FOLDER_MB="$(du -sm "$DIST" | cut -f1)"
TARBALL_MB="$(du -sm "$TARBALL" | cut -f1)"
echo "dist/RecoveryDesk/: ${FOLDER_MB} MB ($(find "$DIST" -type f | wc -l) files)"
echo "$(basename "$TARBALL"): ${TARBALL_MB} MB"

if [[ "${SKIP_SMOKE_TEST:-0}" == 1 ]]; then
    echo "SKIP_SMOKE_TEST=1: not running the smoke test"
    exit 0
fi

step "5/5 smoke test: the frozen app, offscreen, fresh folder, no keyring"
smoke_test "$DIST/RecoveryDesk"
echo
echo "OK: Recovery Desk ${VERSION} for Linux in dist/RecoveryDesk/ (${FOLDER_MB} MB) and $(basename "$TARBALL") (${TARBALL_MB} MB); built in ${SECONDS} s"
