#!/usr/bin/env bash
# Installs everything Debrief needs to build, run and test, idempotently.
#
# Debian/Ubuntu: apt packages (--no-install-recommends) and, where no KF6 package
# exists (Debian 12), KDE Syntax Highlighting built for Qt 6 from Debian's own
# source tarball into a prefix outside the repository. Other systems: prints the
# package names to install by hand.
set -euo pipefail

PREFIX="${DEBRIEF_DEPS_PREFIX:-/opt/debrief-deps}"
KSH_VERSION=5.116.0
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
KSH_URL="http://deb.debian.org/debian/pool/main/k/ksyntax-highlighting/ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz"

BUILD_PKGS=(g++ cmake ninja-build pkg-config perl xz-utils make extra-cmake-modules
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libmd4c-dev libmd4c-html0-dev
  libhunspell-dev hunspell-en-us hunspell-en-gb clang-format)
TEST_PKGS=(postgresql gnome-keyring dbus libsecret-1-0 xvfb xauth imagemagick
  fonts-dejavu-core desktop-file-utils appstream dpkg-dev sqlite3 ca-certificates clang-14 libclang-rt-14-dev)

say() { printf 'install-deps: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

have_all_packages() {
  # dpkg-query is fast; only call apt when something is missing.
  local missing
  missing=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null |
    awk '$2 != "installed" {print $1}')
  local listed
  listed=$(dpkg-query -W -f='${Package}\n' "$@" 2>/dev/null | wc -l)
  [ -z "$missing" ] && [ "$listed" -ge "$#" ]
}

install_apt() {
  local pkgs=("${BUILD_PKGS[@]}" "${TEST_PKGS[@]}")
  if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
    pkgs+=(libkf6syntaxhighlighting-dev)
  fi
  if have_all_packages "${pkgs[@]}"; then
    say "all Debian packages present"
    return
  fi
  say "installing Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  local log
  log=$(mktemp)
  if ! { as_root apt-get update -qq && as_root apt-get install -y -qq -o=Dpkg::Use-Pty=0 \
    --no-install-recommends "${pkgs[@]}"; } >"$log" 2>&1; then
    tail -n 40 "$log"
    say "apt-get failed (full log: $log)"
    exit 1
  fi
  rm -f "$log"
  say "Debian packages installed"
}

have_kf6_syntax() {
  # A system KF6 build is used as is.
  ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
    /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1
}

build_ksyntaxhighlighting() {
  local stamp="$PREFIX/.ksyntaxhighlighting-${KSH_VERSION}-qt6.stamp"
  if have_kf6_syntax; then
    say "KF6SyntaxHighlighting found on the system"
    return
  fi
  if [ -f "$stamp" ]; then
    say "KSyntaxHighlighting ${KSH_VERSION} for Qt 6 already in $PREFIX"
    return
  fi
  say "building KSyntaxHighlighting ${KSH_VERSION} for Qt 6 into $PREFIX"
  local work
  work=$(mktemp -d)
  chmod 755 "$work" # lets apt's sandbox user write the download
  trap 'rm -rf "$work"' RETURN
  /usr/lib/apt/apt-helper download-file "$KSH_URL" "$work/ksh.tar.xz" "SHA256:${KSH_SHA256}" >/dev/null
  tar -C "$work" -xf "$work/ksh.tar.xz"
  local src
  src=$(find "$work" -maxdepth 1 -type d -name 'syntax-highlighting-*' -o -maxdepth 1 -type d -name 'ksyntax-highlighting-*' | head -n 1)
  [ -n "$src" ] || { say "unexpected tarball layout"; exit 1; }
  # Debian 12 ships ECM 5.103, which is enough for this release.
  sed -i 's/find_package(ECM [0-9.]* /find_package(ECM 5.103.0 /' "$src/CMakeLists.txt"
  sed -i 's/^\s*add_subdirectory(examples)/# examples skipped/' "$src/CMakeLists.txt"
  # The static build needs Qt6Network for consumers as well.
  if ! grep -q 'find_dependency(Qt6Network' "$src/KF5SyntaxHighlightingConfig.cmake.in" 2>/dev/null; then
    sed -i 's/^\(\s*find_dependency(Qt@QT_MAJOR_VERSION@Gui.*\)$/\1\nfind_dependency(Qt@QT_MAJOR_VERSION@Network "@REQUIRED_QT_VERSION@")/' \
      "$src/KF5SyntaxHighlightingConfig.cmake.in"
  fi
  as_root mkdir -p "$PREFIX"
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" -DQT_MAJOR_VERSION=6 -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DBUILD_TESTING=OFF -DBUILD_QCH=OFF >/dev/null
  cmake --build "$work/build" >/dev/null
  as_root cmake --install "$work/build" >/dev/null
  as_root touch "$stamp"
  say "KSyntaxHighlighting installed"
}

print_other_systems() {
  cat <<MSG
install-deps: this system has no apt-get. Install these yourself, then run 'make build':
  Fedora:  dnf install gcc-c++ cmake ninja-build extra-cmake-modules qt6-qtbase-devel
           qt6-qttools-devel qt6-qtsvg-devel qt6-qtbase-postgresql qtkeychain-qt6-devel
           kf6-syntax-highlighting-devel yaml-cpp-devel cmark-gfm-devel md4c-devel
           hunspell-devel hunspell-en postgresql-server gnome-keyring xorg-x11-server-Xvfb
           desktop-file-utils appstream
  Arch:    pacman -S cmake ninja extra-cmake-modules qt6-base qt6-tools qt6-svg
           qtkeychain-qt6 syntax-highlighting yaml-cpp cmark-gfm md4c hunspell hunspell-en_us
           postgresql gnome-keyring xorg-server-xvfb desktop-file-utils appstream
MSG
}

main() {
  if ! command -v apt-get >/dev/null 2>&1; then
    print_other_systems
    exit 0
  fi
  install_apt
  build_ksyntaxhighlighting
}

main "$@"
