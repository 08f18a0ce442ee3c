#!/bin/sh
# Install the Tilannekuva bundle for the current user, without administrator rights:
# the program under ~/.local/opt/tilannekuva, the command in ~/.local/bin, the menu
# entry, the icon, and the file type so that a received .asice opens in the program.
#
#   ./install.sh              (run from the unpacked bundle folder)
#   ./install.sh --uninstall  (removes what it installed; the answers stay in the data folder)
set -eu

APP_ID=fi.tilannekuva.Tilannekuva
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/tilannekuva
BIN=$HOME/.local/bin
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA_HOME/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN/tilannekuva" "$DATA_HOME/applications/$APP_ID.desktop" \
        "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/mime/packages/$APP_ID.xml"
    for size in $SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh
    echo "Tilannekuva removed. The answers are still in $DATA_HOME/tilannekuva."
    exit 0
fi

[ -x "$HERE/tilannekuva" ] || { echo "Run this from the unpacked Tilannekuva folder." >&2; exit 2; }
[ "$HERE" != "$PREFIX" ] || { echo "Run this from the unpacked folder, not the installed one." >&2; exit 2; }

mkdir -p "$PREFIX" "$BIN" "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/mime/packages"
# A fresh copy: files of an older version must not stay behind.
rm -rf "$PREFIX"
cp -R "$HERE" "$PREFIX"
ln -sf "$PREFIX/tilannekuva" "$BIN/tilannekuva"

share="$HERE/share"
sed -e "s|^Exec=.*|Exec=\"$PREFIX/tilannekuva\" %f|" -e "s|^TryExec=.*|TryExec=$PREFIX/tilannekuva|" \
    "$share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
cp "$share/mime/packages/$APP_ID.xml" "$DATA_HOME/mime/packages/"
for size in $SIZES; do
    mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
    cp "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$share/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA_HOME/icons/hicolor/scalable/apps/"
refresh
echo "Tilannekuva installed: start it from the menu, or run $BIN/tilannekuva."
