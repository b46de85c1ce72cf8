#!/usr/bin/env bash
# Builds target/dist/PolicyGraph (jlink runtime + jpackage app image) and then the platform's installer when its
# tools exist: .deb on Linux (dpkg-deb, fakeroot), .dmg on macOS, .msi on Windows/Git Bash (WiX on the PATH).
# Called by `mvn -Ppackage package` after the jar and target/lib/ exist.
# Usage: packaging/build-image.sh VERSION   (run from the project root; PG_INSTALLER=skip skips the installer)
set -euo pipefail
VERSION=${1:?version}
VERSION=${VERSION%%-*}                      # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
ROOT=$(pwd)
PKG=$ROOT/packaging
T=$ROOT/target
JH=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jlink jdeps jpackage; do
  [ -x "$JH/bin/$tool" ] || { echo "build-image: $JH/bin/$tool missing (needs a full JDK 17+)" >&2; exit 1; }
done
[ -f "$T/policygraph.jar" ] || { echo "build-image: target/policygraph.jar missing (run mvn package)" >&2; exit 1; }

# 1. The app's input folder: the jar and its class path (JavaFX jars included, on the class path, not modules).
INPUT=$T/app-input
rm -rf "$INPUT" "$T/runtime" "$T/dist"
mkdir -p "$INPUT/lib" "$T/dist"
cp "$T/policygraph.jar" "$INPUT/"
cp "$T"/lib/*.jar "$INPUT/lib/"

# 2. A trimmed runtime: the modules jdeps finds, plus the ones reached by reflection or JavaFX at run time.
FOUND=$("$JH/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
          --class-path "$INPUT/lib/*" "$INPUT/policygraph.jar" 2>/dev/null || true)
EXTRA=java.desktop,java.xml,java.prefs,java.logging,java.naming,java.management,java.net.http,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.charsets,jdk.zipfs
MODULES=$(echo "${FOUND:+$FOUND,}$EXTRA" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)
echo "build-image: jlink modules $MODULES"
"$JH/bin/jlink" --add-modules "$MODULES" --output "$T/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2

# 3. The app image: target/dist/PolicyGraph/bin/PolicyGraph.
OS=$(uname -s)
case "$OS" in
  Darwin) ICON=policygraph.icns; EXTRA_IMAGE=(--mac-package-identifier org.policygraph.app) ;;
  MINGW*|MSYS*|CYGWIN*) ICON=policygraph.ico; EXTRA_IMAGE=(--add-launcher "PolicyGraph-cli=$PKG/windows/cli-launcher.properties") ;;
  *) ICON=policygraph.png; EXTRA_IMAGE=() ;;
esac
"$JH/bin/jpackage" --type app-image --dest "$T/dist" --name PolicyGraph --app-version "$VERSION" \
  --input "$INPUT" --main-jar policygraph.jar --main-class org.policygraph.app.Launcher \
  --runtime-image "$T/runtime" --icon "$PKG/$ICON" @"$PKG/launcher.options" @"$PKG/package.options" ${EXTRA_IMAGE[@]+"${EXTRA_IMAGE[@]}"}
echo "build-image: app image at $T/dist/PolicyGraph"

# 4. The platform's installer, from the finished image, when its tools exist (skips cleanly otherwise).
installer() {
  local type=$1; shift
  "$JH/bin/jpackage" --type "$type" --dest "$T/dist" --app-image "$T/dist/PolicyGraph" --name PolicyGraph \
    --app-version "$VERSION" --file-associations "$PKG/file-associations.properties" @"$PKG/package.options" "$@" \
    && echo "build-image: $type written to $T/dist" \
    || echo "build-image: the $type step failed; the app image is still complete" >&2
}
if [ "${PG_INSTALLER:-}" = skip ]; then
  echo "build-image: skipping the installer (PG_INSTALLER=skip)"
elif [ "$OS" = Linux ]; then
  if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then installer deb @"$PKG/linux/deb.options"
  else echo "build-image: skipping .deb (dpkg-deb or fakeroot missing)"; fi
elif [ "$OS" = Darwin ]; then
  installer dmg
elif command -v candle.exe >/dev/null || command -v wix.exe >/dev/null; then
  installer msi --win-menu --win-shortcut --win-dir-chooser --win-per-user-install
else
  echo "build-image: skipping the installer (no WiX on the PATH, or an unknown system)"
fi
