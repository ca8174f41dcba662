#!/usr/bin/env bash
# Remakes the AO3 fixtures in fixtures/formats/ao3/: the HTML downloads (from
# scripts/make-ao3-html-fixtures.mjs), then their EPUB, MOBI, AZW3 and PDF made
# the way AO3's DownloadWriter makes them: web2disk the HTML into assets/, zip
# the folder, and run calibre's ebook-convert on the zip with AO3's options.
#
# Needs calibre (ebook-convert, web2disk) and zip: `apt-get install calibre zip`.
# CI does not run this; the outputs are committed. calibre's output is not
# byte-for-byte reproducible (it writes a fresh uuid and timestamp each run).
# Made with calibre 6.13.0.
#
# Usage: scripts/make-format-fixtures.sh [SLUG...]   (default: every work)
set -euo pipefail
# calibre renders PDF with Qt WebEngine, whose Chromium refuses to run as root with its sandbox on (containers, CI).
if [ "$(id -u)" = 0 ]; then export QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox; fi
export QT_QPA_PLATFORM=offscreen
cd "$(dirname "$0")/.."
out=fixtures/formats/ao3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

slugs=("$@")
if [ ${#slugs[@]} -eq 0 ]; then
	mapfile -t slugs < <(node scripts/make-ao3-html-fixtures.mjs)
fi

for slug in "${slugs[@]}"; do
	# Sets file_name work_id title title_sort authors author_sort comments tags pubdate language series series_index.
	eval "$(node scripts/make-ao3-html-fixtures.mjs --calibre "$slug")"
	for format in epub mobi azw3 pdf; do
		# The long-chapter work exists to be split by the EPUB writer; other formats of it add nothing.
		if [ "$slug" = ao3-2025-long-chapter ] && [ "$format" != epub ]; then continue; fi
		dir="$scratch/${work_id}_$format"
		mkdir -p "$dir"
		cp "$out/$slug.html" "$dir/$file_name.html"
		web2disk --base-dir "$dir/assets" --max-recursions 0 --dont-download-stylesheets "file://$dir/$file_name.html" >/dev/null 2>&1
		(cd "$dir" && zip -qr "$work_id.zip" assets)

		extra=()
		if [ -n "$series" ]; then extra+=(--series "$series" --series-index "$series_index"); fi
		case $format in
			epub) extra+=(--extra-css scripts/fixtures/ebooks.css --no-default-epub-cover) ;;
			mobi | azw3) extra+=(--extra-css scripts/fixtures/ebooks.css) ;;
			pdf) extra+=(--pdf-page-margin-top 36 --pdf-page-margin-right 36 --pdf-page-margin-bottom 36
				--pdf-page-margin-left 36 --pdf-default-font-size 17 --subset-embedded-fonts) ;;
		esac

		ebook-convert "$dir/$work_id.zip" "$dir/$file_name.$format" \
			--input-encoding utf-8 \
			--toc-threshold 0 \
			--use-auto-toc \
			--title "$title" \
			--title-sort "$title_sort" \
			--authors "$authors" \
			--author-sort "$author_sort" \
			--comments "$comments" \
			--tags "$tags" \
			--pubdate "$pubdate" \
			--publisher "Archive of Our Own" \
			--language "$language" \
			--chapter "//h:body/h:div[@id='chapters']/h:h2[@class='toc-heading'] | //h:body/h:div[@id='chapters']/h:div[@class='meta group']/h:h2[@class='heading'] | //h:body/h:div[@id='preface' or @id='afterword']/h:h2[@class='toc-heading']" \
			"${extra[@]}" >"$dir/log.txt" 2>&1 || { cat "$dir/log.txt"; exit 1; }
		cp "$dir/$file_name.$format" "$out/$slug.$format"
		echo "$out/$slug.$format ($(wc -c <"$out/$slug.$format") bytes)"
	done
done
