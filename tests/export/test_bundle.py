"""write_invitation(): the three files, read back; all-or-nothing writing with Danish errors."""
from __future__ import annotations

import errno
import io
import os
import shutil
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pypdf
import pytest
from icalendar import Calendar

from kitdesk.domain.meeting import Organiser, agenda_schedule
from kitdesk.export import atomic
from kitdesk.export.bundle import ExportError, InvitationFiles, file_names, write_invitation
from tests.export import CHILD, sample_meeting, sample_organiser
from tests.unprivileged import read_only_folder, run_unprivileged

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)


def write(meeting, folder, kind="request", organiser=None) -> InvitationFiles:
    return write_invitation(meeting, CHILD, organiser or sample_organiser(), folder, kind, now=NOW)


def listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_writes_three_files_with_ascii_names_and_reports_who_has_no_email(tmp_path):
    meeting = sample_meeting()
    out = tmp_path / "eksport" / "netværksmøder"  # created; the folder itself may be Danish
    files = write(meeting, out)
    assert listing(out) == ["Indkaldelse_2026-11-30_0900.eml", "Indkaldelse_2026-11-30_0900.pdf",
                            "Netvaerksmoede_2026-11-30_0900.ics"]
    for path in files.paths:
        assert path.parent == out and path.name.isascii() and "Freja" not in path.name
    assert [i.name for i in files.without_email] == ["Thomas Nørgaard"]
    assert [i.email for i in files.recipients] == [i.email for i in meeting.invitees if i.email]


def test_the_files_read_back_and_the_mail_carries_exactly_the_files(tmp_path):
    meeting = sample_meeting()
    files = write(meeting, tmp_path)
    assert "Thomas Nørgaard" in pdf_text(files.pdf)
    cal = Calendar.from_ical(files.ics.read_bytes())
    assert str(cal["method"]) == "REQUEST"
    message = message_from_bytes(files.eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    pdf_part, ics_part = message.iter_attachments()
    assert (pdf_part.get_filename(), pdf_part.get_content()) == (files.pdf.name, files.pdf.read_bytes())
    assert ics_part.get_filename() == files.ics.name
    assert ics_part.get_content().encode() == files.ics.read_bytes()
    assert len(message["To"].addresses) == len(files.recipients)


def test_update_keeps_uid_raises_sequence_and_says_aendret(tmp_path):
    meeting = sample_meeting()
    first = write(meeting, tmp_path)
    meeting.sequence += 1
    meeting.starts_at += timedelta(hours=2)
    meeting.ends_at += timedelta(hours=2)
    meeting.place = "Rådhuset, lokale 4"
    second = write(meeting, tmp_path, "update")
    assert second.pdf.name == "Aendret_indkaldelse_2026-11-30_1100.pdf"
    assert second.ics.name == "Aendret_netvaerksmoede_2026-11-30_1100.ics"
    one = Calendar.from_ical(first.ics.read_bytes()).walk("VEVENT")[0]
    two = Calendar.from_ical(second.ics.read_bytes()).walk("VEVENT")[0]
    assert str(two["uid"]) == str(one["uid"])
    assert two.decoded("sequence") == one.decoded("sequence") + 1
    assert two.decoded("dtstart").astimezone(UTC).hour == 10
    message = message_from_bytes(second.eml.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Ændret: Indkaldelse til netværksmøde 30.11.2026 kl. 11.00"
    assert "Ændret indkaldelse" in pdf_text(second.pdf)
    assert "Rådhuset, lokale 4" in message.get_body(("plain",)).get_content()


def test_cancel_bundle(tmp_path):
    meeting = sample_meeting()
    meeting.sequence = 3
    meeting.cancel_reason = "Familien er syg."
    files = write(meeting, tmp_path, "cancel")
    assert files.pdf.name == "Aflysning_2026-11-30_0900.pdf"
    assert files.eml.name == "Aflysning_2026-11-30_0900.eml"
    cal = Calendar.from_ical(files.ics.read_bytes())
    assert str(cal["method"]) == "CANCEL"
    event = cal.walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED" and event.decoded("sequence") == 3
    message = message_from_bytes(files.eml.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Aflyst: Netværksmøde 30.11.2026 kl. 9.00"
    ics_part = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"][0]
    assert ics_part.get_param("method") == "CANCEL"
    text = pdf_text(files.pdf)
    assert "Aflysning af netværksmøde" in text and "Familien er syg." in text


def test_exporting_again_replaces_the_files_and_leaves_no_temporary_files(tmp_path):
    meeting = sample_meeting()
    write(meeting, tmp_path)
    meeting.purpose = "Nyt formål"
    files = write(meeting, tmp_path)
    assert len(listing(tmp_path)) == 3
    assert "Nyt formål" in pdf_text(files.pdf)


def test_a_full_disk_while_writing_leaves_nothing_and_says_so_in_danish(tmp_path, monkeypatch):
    calls = []
    real_fsync = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second file of the bundle
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(ExportError) as caught:
        write(sample_meeting(), tmp_path)
    assert caught.value.message.startswith("Disken er fuld")
    assert listing(tmp_path) == []  # no final file, no temporary file


def test_a_failing_rename_half_way_removes_what_was_placed(tmp_path, monkeypatch):
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(ExportError) as caught:
        write(sample_meeting(), tmp_path)
    assert "kunne ikke gemmes" in caught.value.message
    assert listing(tmp_path) == []


def test_a_crash_mid_write_leaves_no_file_and_no_temporary_file(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Boom(Exception):
        pass

    class Exploding:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])  # half the file is on the disk ...
            raise Boom()  # ... when the process dies

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Exploding(real_fdopen(fd, mode)))
    with pytest.raises(Boom):
        write(sample_meeting(), tmp_path)
    assert listing(tmp_path) == []


def attempt_unprivileged(folder: Path) -> None:
    """Run by test_a_read_only_folder_for_real as `nobody`: prints the Danish message it gets."""
    try:
        write(sample_meeting(), folder)
    except ExportError as exc:
        print(exc.message)
    else:
        print("written")


def test_a_read_only_folder_for_real():
    """A folder the user may not write to (as root, the attempt runs as `nobody` in a subprocess)."""
    folder = read_only_folder()
    try:
        result = run_unprivileged(
            "from tests.export.test_bundle import attempt_unprivileged; attempt_unprivileged(FOLDER)", folder,
            # Load every module and font the bundle needs while Python itself (under /root) can be read.
            warm_up="import tempfile; from tests.export.test_bundle import attempt_unprivileged; "
                    "attempt_unprivileged(Path(tempfile.mkdtemp()))")
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["written", f"Mappen kan ikke skrives til: {folder}. Vælg en anden "
                                              "mappe, eller spørg din IT-afdeling om adgang."]
        assert listing(folder) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder.parent)


def test_out_dir_that_is_a_file(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        write(sample_meeting(), blocker / "under")


def test_the_organiser_must_have_a_name_and_an_email(tmp_path):
    with pytest.raises(ExportError, match="Indstillinger"):
        write(sample_meeting(), tmp_path, organiser=Organiser(name="Mette"))
    assert listing(tmp_path) == []


def test_a_meeting_without_a_time(tmp_path):
    meeting = sample_meeting()
    meeting.starts_at = None
    with pytest.raises(ExportError, match="tidspunkt"):
        write(meeting, tmp_path)


def test_unknown_kind_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        write(sample_meeting(), tmp_path, "reminder")


def test_file_names_use_copenhagen_time():
    meeting = sample_meeting()
    meeting.starts_at = datetime(2026, 6, 15, 7, 0, tzinfo=UTC)  # 9.00 summer time
    assert file_names(meeting) == ("Indkaldelse_2026-06-15_0900.pdf", "Netvaerksmoede_2026-06-15_0900.ics",
                                   "Indkaldelse_2026-06-15_0900.eml")


def test_organiser_from_settings_and_the_agenda_schedule():
    organiser = Organiser.from_settings({"user_name": " Mette ", "user_email": "m@eksempel.dk", "user_sector": ""})
    assert (organiser.name, organiser.email, organiser.sector, organiser.phone) == ("Mette", "m@eksempel.dk", "buc", "")
    meeting = sample_meeting()
    meeting.agenda.reverse()  # stored order is by position, not list order
    times = [(item.title, start.strftime("%H.%M"), end.strftime("%H.%M")) for item, start, end in
             agenda_schedule(meeting)]
    assert times[0] == ("Velkomst og præsentation", "09.00", "09.10")
    assert times[-1] == ("Opsamling og næste møde", "10.20", "10.30")


def test_pdf_in_the_bundle_is_a_pdf(tmp_path):
    files = write(sample_meeting(), tmp_path)
    assert pypdf.PdfReader(io.BytesIO(files.pdf.read_bytes())).metadata.title.startswith("Indkaldelse")


def test_temporary_files_left_by_an_earlier_crash_are_cleared(tmp_path):
    name = file_names(sample_meeting())[0]
    stale = tmp_path / f".{name}.abc123.tmp"
    fresh = tmp_path / f".{name}.def456.tmp"  # perhaps being written right now: left alone
    stale.write_bytes(b"%PDF half")
    fresh.write_bytes(b"%PDF half")
    old = time.time() - 2 * atomic.STALE_AFTER
    os.utime(stale, (old, old))
    write(sample_meeting(), tmp_path)
    assert not stale.exists() and fresh.exists()
