#!/usr/bin/env bash
# Build Recovery Desk for macOS, from a clean checkout, on a Mac (Apple silicon or Intel):
#
#     bash installers/macos/build.sh
#
# Produces dist/Recovery Desk.app (PyInstaller one-folder app in a bundle, --windowed) and
# dist/RecoveryDesk-<version>-macos-<arch>.dmg (drag to Applications), after the same bundle
# checks and smoke test as the Linux build. Each architecture is built on its own kind of
# Mac (the build venv's Python decides it); universal2 builds are not attempted.
#
# Signing and notarisation (needed for Gatekeeper on managed Macs; see installers/README.md):
#   MACOS_SIGN_IDENTITY="Developer ID Application: <Organisation> (<TEAMID>)"
#       signs every binary and the app with the hardened runtime (PyInstaller does this
#       with installers/macos/entitlements.plist), then the DMG;
#   MACOS_NOTARY_PROFILE=<name>  a notarytool keychain profile made once with
#       xcrun notarytool store-credentials <name> --apple-id … --team-id … --password <app-specific>
#       submits the DMG to Apple's notary service, waits, and staples the ticket.
# Needs: Xcode command-line tools (codesign, hdiutil, xcrun), python3 3.11+ from python.org
# (its framework build; Homebrew's works too), access to PyPI or a wheelhouse.
# Settings (environment): PYTHON, BUILD_VENV (default build/venv-macos), RECOVERY_DESK_BUNDLE_ID.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"  # sets ROOT (and cd there), VERSION; the shared steps

[[ "$(uname -s)" == Darwin ]] || die "this script builds on macOS only (Linux: installers/linux/build.sh)"
ARCH="$(uname -m)"
APP="$ROOT/dist/Recovery Desk.app"
DMG="$ROOT/dist/RecoveryDesk-${VERSION}-macos-${ARCH}.dmg"
echo "Recovery Desk ${VERSION}: macOS ${ARCH} build in ${ROOT}"

step "1/5 build venv"
make_build_venv "${BUILD_VENV:-$ROOT/build/venv-macos}"

step "2/5 PyInstaller -> dist/Recovery Desk.app"
# MACOS_SIGN_IDENTITY (if set) is read by the spec: PyInstaller signs each binary, then the bundle.
freeze
EXE="$APP/Contents/MacOS/RecoveryDesk"
[[ -x "$EXE" ]] || die "no executable at $EXE"

step "3/5 checking the bundle, smoke test (the Keychain is never touched)"
check_bundle "$APP"
smoke_test "$EXE"
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

step "4/5 DMG"
STAGE="$ROOT/build/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Recovery Desk ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi

step "5/5 notarisation"
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    [[ -n "${MACOS_SIGN_IDENTITY:-}" ]] || die "notarisation needs a signed build: set MACOS_SIGN_IDENTITY"
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
else
    echo "not notarised (set MACOS_SIGN_IDENTITY and MACOS_NOTARY_PROFILE for a release)"
fi

echo
echo "OK: $(basename "$APP") ($(du -sm "$APP" | cut -f1) MB) and $(basename "$DMG") ($(du -sm "$DMG" | cut -f1) MB) in ${SECONDS} s"
