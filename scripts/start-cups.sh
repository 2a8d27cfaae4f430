#!/usr/bin/env bash
# Starts CUPS with a cups-pdf queue the printing tests print through.
#   scripts/start-cups.sh           as root: start cupsd if it is not running, create the queue
# Idempotent: running it again leaves a running scheduler and an existing queue as they are.
# Needs the packages of `scripts/system-deps.sh test` (cups, cups-client,
# printer-driver-cups-pdf). On the last line it prints where cups-pdf writes its files:
#   cups-pdf output: /var/spool/cups-pdf/ClerkDeskPDF
# Environment: CLERK_DESK_TEST_PRINTER (queue name, default ClerkDeskPDF),
#              CLERK_DESK_CUPS_PDF_OUT (output folder, default /var/spool/cups-pdf/<queue>).
set -euo pipefail

queue=${CLERK_DESK_TEST_PRINTER:-ClerkDeskPDF}
out=${CLERK_DESK_CUPS_PDF_OUT:-/var/spool/cups-pdf/$queue}
export LC_ALL=C

fail() { echo "start-cups: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "run as root (it starts cupsd and adds a queue)"
for tool in cupsd lpstat lpadmin cupsenable cupsaccept; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run scripts/system-deps.sh test"
done
[[ -x /usr/lib/cups/backend/cups-pdf ]] || fail "the cups-pdf backend is missing: install printer-driver-cups-pdf"

scheduler_running() { lpstat -r 2>/dev/null | grep -q 'scheduler is running'; }

if ! scheduler_running; then
  # no systemd here (containers, CI): run the scheduler directly; it daemonises itself
  mkdir -p /run/cups
  cupsd
  for _ in $(seq 1 50); do
    scheduler_running && break
    sleep 0.2
  done
  scheduler_running || fail "cupsd did not start; see /var/log/cups/error_log"
fi

# A configuration of our own (cups-pdf reads cups-pdf-<queue>.conf for the URI cups-pdf:/<queue>),
# so the system's cups-pdf.conf stays as it is. The job id ends every file name ("-job_12"),
# which is how the tests find the output of their job.
mkdir -p "$out"
conf=/etc/cups/cups-pdf-$queue.conf
wanted_conf=$(printf '%s\n' \
  "# written by Clerk Desk scripts/start-cups.sh" \
  "Out $out" \
  "AnonDirName $out" \
  "Label 2" \
  "Grp lp" \
  "DecodeHexStrings 1")
if [[ ! -f $conf ]] || [[ "$(cat "$conf")" != "$wanted_conf" ]]; then
  printf '%s\n' "$wanted_conf" >"$conf"
fi

if ! lpstat -p "$queue" >/dev/null 2>&1; then
  ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ && /opt/ {print $1; exit}')
  [[ -n $ppd ]] || ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ {print $1; exit}')
  [[ -n $ppd ]] || fail "no cups-pdf PPD in 'lpinfo -m'"
  lpadmin -p "$queue" -E -v "cups-pdf:/$queue" -m "$ppd" \
    -D "Clerk Desk test printer (PDF)" -o PageSize=A4
fi
# a test that stopped the queue and failed before restarting it must not break the next run
cupsenable "$queue"
cupsaccept "$queue"

echo "cups-pdf output: $out"
