# Sourced (not run) by make-producer-fixtures.sh and producer-sweep.sh: the
# three producers' print commands, written once. POSIX sh.
#
#   producer_install          installs with apt-get (as root) what is missing:
#                             chromium libreoffice-writer-nogui wkhtmltopdf
#                             fonts-ipaexfont fonts-noto-cjk
#   producer_print P IN OUT WORK
#                             prints the HTML page IN (made by
#                             internal/pdftext/htmlgen -producer P) to the PDF
#                             OUT with producer P (chromium, libreoffice or
#                             wkhtmltopdf); WORK is a scratch directory that
#                             holds the producers' profiles between calls.
#
# chromium     headless Chromium --print-to-pdf: IPAexGothic as a CID font,
#              faked bold as Type 3 fonts, page numbers from CSS @page boxes
# libreoffice  LibreOffice Writer: "HTML (StarWriter)" imports into Writer
#              proper (not Writer/Web), so that the page footer and the page
#              size apply; writer_pdf_Export
# wkhtmltopdf  Qt WebKit, A4 with the margins of htmlgen's @page rule;
#              Debian's build has no header/footer support

producer_install() {
	need=""
	command -v chromium >/dev/null 2>&1 || need="$need chromium"
	command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
	command -v wkhtmltopdf >/dev/null 2>&1 || need="$need wkhtmltopdf"
	[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || need="$need fonts-ipaexfont"
	[ -d /usr/share/fonts/opentype/noto ] || need="$need fonts-noto-cjk"
	if [ -n "$need" ]; then
		echo "producer-print: installing$need" >&2
		apt-get update -qq
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
	fi
}

producer_print() {
	pp_p=$1
	pp_in=$2
	pp_out=$3
	pp_work=$4
	case $pp_in in /*) ;; *) pp_in=$(pwd)/$pp_in ;; esac
	case $pp_p in
	chromium)
		chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
			--disable-component-update --disable-sync --no-first-run \
			--user-data-dir="$pp_work/chromium" --no-pdf-header-footer \
			--print-to-pdf="$pp_out" "file://$pp_in" 2>/dev/null
		;;
	libreoffice)
		mkdir -p "$pp_work/lo-out"
		rm -f "$pp_work/lo-out/libreoffice.html" "$pp_work/lo-out/libreoffice.pdf"
		cp "$pp_in" "$pp_work/lo-out/libreoffice.html"
		soffice --headless -env:UserInstallation="file://$pp_work/lo-profile" \
			--convert-to pdf:writer_pdf_Export --infilter="HTML (StarWriter)" \
			--outdir "$pp_work/lo-out" "$pp_work/lo-out/libreoffice.html" >/dev/null 2>&1
		cp "$pp_work/lo-out/libreoffice.pdf" "$pp_out"
		;;
	wkhtmltopdf)
		XDG_RUNTIME_DIR=$pp_work wkhtmltopdf -q --page-size A4 -T 14mm -B 16mm -L 12mm -R 12mm \
			"$pp_in" "$pp_out" 2>/dev/null
		;;
	*)
		echo "producer_print: unknown producer $pp_p" >&2
		return 2
		;;
	esac
}
