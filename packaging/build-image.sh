#!/usr/bin/env bash
# Builds target/dist/PolicyGraph (jlink runtime + jpackage app image) and, on Linux with dpkg-deb and
# fakeroot, a .deb. Called by `mvn -Ppackage package` after the jar and target/lib/ exist.
# Usage: packaging/build-image.sh VERSION   (run from the project root; PG_DEB=skip skips the .deb)
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
COMMON=(--name PolicyGraph --app-version "$VERSION" --input "$INPUT" --main-jar policygraph.jar
        --main-class org.policygraph.app.Launcher --runtime-image "$T/runtime" --icon "$PKG/policygraph.png"
        @"$PKG/launcher.options")
"$JH/bin/jpackage" --type app-image --dest "$T/dist" "${COMMON[@]}"
echo "build-image: app image at $T/dist/PolicyGraph"

# 4. A .deb on Linux when the tools exist (skips cleanly elsewhere).
if [ "$(uname -s)" = Linux ] && [ "${PG_DEB:-}" != skip ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "$JH/bin/jpackage" --type deb --dest "$T/dist" --app-image "$T/dist/PolicyGraph" --name PolicyGraph \
    --app-version "$VERSION" --file-associations "$PKG/file-associations.properties" \
    @"$PKG/linux/deb.options" \
    && echo "build-image: deb at $(ls "$T"/dist/*.deb)" \
    || echo "build-image: .deb step failed; the app image is still complete" >&2
else
  echo "build-image: skipping .deb (not Linux, PG_DEB=skip, or dpkg-deb/fakeroot missing)"
fi
