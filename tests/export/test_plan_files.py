"""write_plan_files() and write_plan_pdf(): the files, their names, the e-mail draft read back with
the stdlib parser, and all-or-nothing writing with Danish errors."""
from __future__ import annotations

import errno
import io
import os
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import pypdf
import pytest

from kitdesk.domain.meeting import Organiser
from kitdesk.export import atomic
from kitdesk.export.plan_files import ExportError, plan_file_names, write_plan_files, write_plan_pdf
from kitdesk.export.plan_pdf import build_plan_pdf, read_plan_marker
from tests.export.plan_samples import (
    AUTHOR,
    CHILD,
    DRAFT_AT,
    FAKE_CPR,
    RECIPIENTS,
    SIGNED_AT,
    draft_plan,
    full_fingerprint,
    sample_plan,
    sample_sender,
)

NOW = datetime(2026, 12, 8, 8, 30, tzinfo=UTC)
STEM = "Tvaersektoriel_plan_2026-0001_2026-12-04_v2"


def write(folder, plan=None, **kwargs):
    plan = plan or sample_plan()
    options = {"author": AUTHOR, "created": SIGNED_AT if plan.is_signed else DRAFT_AT,
               "fingerprint": full_fingerprint(plan) if plan.is_signed else None, "recipients": RECIPIENTS,
               "sender": sample_sender(), "now": NOW, **kwargs}
    return write_plan_files(plan, folder, **options)


def listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def mail(path):
    raw = path.read_bytes()
    return message_from_bytes(raw, policy=policy.default), raw


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_file_names_are_ascii_with_the_case_number_date_and_version():
    assert plan_file_names(sample_plan()) == (f"{STEM}.pdf", "Det_har_vi_aftalt_2026-0001_2026-12-04_v2.pdf",
                                              f"{STEM}.eml")
    draft = plan_file_names(draft_plan())
    assert draft == ("UDKAST_Tvaersektoriel_plan_2026-0001_2026-12-04_v1.pdf",
                     "UDKAST_Det_har_vi_aftalt_2026-0001_2026-12-04_v1.pdf",
                     "UDKAST_Tvaersektoriel_plan_2026-0001_2026-12-04_v1.eml")
    odd = plan_file_names(sample_plan(case_no="Sag/ø 7", starts_at="2026-12-04T00:30:00+01:00"))
    assert odd[0] == "Tvaersektoriel_plan_Sag_7_2026-12-04_v2.pdf" and all(name.isascii() for name in odd)


def test_writes_the_plan_the_summary_and_the_mail(tmp_path):
    out = tmp_path / "eksport" / "planer"  # created
    files = write(out, family_summary=True)
    assert listing(out) == ["Det_har_vi_aftalt_2026-0001_2026-12-04_v2.pdf", f"{STEM}.eml", f"{STEM}.pdf"]
    for path in files.paths:
        assert path.parent == out and path.name.isascii() and "Freja" not in path.name
    assert "Tværsektoriel plan" in pdf_text(files.pdf.read_bytes())
    assert "Det har vi aftalt" in pdf_text(files.summary.read_bytes())
    assert read_plan_marker(files.pdf.read_bytes())["fingerprint"] == full_fingerprint(sample_plan())
    assert files.pdf.read_bytes() == build_plan_pdf(sample_plan(), author=AUTHOR, created=SIGNED_AT,
                                                    fingerprint=full_fingerprint(sample_plan()))


def test_the_mail_is_an_unsent_draft_to_every_valid_address_once(tmp_path):
    files = write(tmp_path, family_summary=True)
    message, raw = mail(files.eml)
    assert message["X-Unsent"] == "1"
    assert raw.isascii() and b"filename*" not in raw  # encoded headers, plain ASCII attachment names
    to = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
    assert to == [("Mette Kjærgaard", "mette.kjaergaard@buc.eksempel.dk"),
                  ("Anders Vestergård", "anders.vestergaard@eksempel.dk"),
                  ("Hanne Lund Friis", "hanne.friis@eksempel.dk"), ("Peter Ærø", "peter.aeroe@skole.eksempel.dk"),
                  ("Camilla Nørgaard", "camilla.n@mail.eksempel.dk")]  # the shared address once
    assert files.recipients == to
    assert files.without_email == [("Karin Øster", ""), ("Louise Dahl", "louise.dahl@eksempel")]
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Mette Kjærgaard", "mette.kjaergaard@buc.eksempel.dk")
    assert message["Subject"] == "Tværsektoriel plan fra netværksmødet 04.12.2026"
    assert parsedate_to_datetime(message["Date"]) == NOW
    parts = list(message.iter_attachments())
    assert [(p.get_content_type(), p.get_filename()) for p in parts] == [
        ("application/pdf", files.pdf.name), ("application/pdf", files.summary.name)]
    assert parts[0].get_content() == files.pdf.read_bytes()
    assert parts[1].get_content() == files.summary.read_bytes()


def test_the_mail_names_no_child_and_warns_about_secure_mail(tmp_path):
    files = write(tmp_path, family_summary=True)
    message, _ = mail(files.eml)
    text = message.get_body(("plain",)).get_content()
    for personal in ("Freja", "Nørgaard", CHILD, FAKE_CPR, "2013"):
        assert personal not in message["Subject"] and personal not in text
    one = " ".join(text.split())
    assert "Hermed den tværsektorielle plan fra netværksmødet fredag den 4. december 2026 (version 2, godkendt " \
           "07.12.2026). Den erstatter version 1." in one
    assert "kort udgave af aftalerne i et enkelt sprog" in one and files.summary.name in one
    assert "De vedhæftede PDF-filer indeholder personoplysninger. Send dem kun med sikker post" in one
    assert text.rstrip().endswith("mette.kjaergaard@buc.eksempel.dk")
    assert "Med venlig hilsen" in text


def test_without_the_summary_and_for_a_draft(tmp_path):
    files = write(tmp_path, draft_plan())
    assert files.summary is None
    assert listing(tmp_path) == ["UDKAST_Tvaersektoriel_plan_2026-0001_2026-12-04_v1.eml",
                                 "UDKAST_Tvaersektoriel_plan_2026-0001_2026-12-04_v1.pdf"]
    message, _ = mail(files.eml)
    assert message["Subject"] == "Udkast: Tværsektoriel plan fra netværksmødet 04.12.2026"
    text = " ".join(message.get_body(("plain",)).get_content().split())
    assert "giv mig besked, om I kan godkende planen" in text
    assert "Planen i den vedhæftede PDF indeholder personoplysninger. Send den kun med sikker post" in text
    assert [p.get_filename() for p in message.iter_attachments()] == [files.pdf.name]
    assert "UDKAST – ikke godkendt" in pdf_text(files.pdf.read_bytes())


def test_cpr_reaches_the_pdf_only_when_asked_for(tmp_path):
    files = write(tmp_path / "uden", family_summary=True)
    assert FAKE_CPR not in pdf_text(files.pdf.read_bytes()) + pdf_text(files.summary.read_bytes())
    files = write(tmp_path / "med", include_cpr=True, family_summary=True)
    assert FAKE_CPR in pdf_text(files.pdf.read_bytes())
    assert FAKE_CPR not in pdf_text(files.summary.read_bytes())  # never on the family's page
    assert read_plan_marker(files.pdf.read_bytes())["cpr"] is True


def test_the_sender_must_have_a_name_and_an_email(tmp_path):
    with pytest.raises(ExportError, match="Indstillinger"):
        write(tmp_path, sender=Organiser(name="Mette Kjærgaard"))
    assert listing(tmp_path) == []


def test_without_the_e_mail_draft_only_the_pdfs_are_written_and_no_sender_is_needed(tmp_path):
    files = write(tmp_path, family_summary=True, email=False, sender=Organiser(name="Mette Kjærgaard"))
    assert listing(tmp_path) == ["Det_har_vi_aftalt_2026-0001_2026-12-04_v2.pdf", f"{STEM}.pdf"]
    assert files.eml is None and files.recipients == [] and files.paths == [files.pdf, files.summary]


def test_exporting_again_replaces_the_files(tmp_path):
    write(tmp_path, family_summary=True)
    files = write(tmp_path, sample_plan(misc="Nyt punkt under eventuelt."), family_summary=True)
    assert len(listing(tmp_path)) == 3
    assert "Nyt punkt under eventuelt." in pdf_text(files.pdf.read_bytes())


def test_a_full_disk_leaves_nothing_and_says_so_in_danish(tmp_path, monkeypatch):
    calls = []
    real_fsync = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(ExportError) as caught:
        write(tmp_path, family_summary=True)
    assert caught.value.message.startswith("Disken er fuld")
    assert listing(tmp_path) == []


def test_a_folder_that_cannot_be_written_to(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="Mappen kan ikke skrives til"):
        write(tmp_path)
    with pytest.raises(ExportError, match="Mappen kan ikke skrives til"):
        write_plan_pdf(sample_plan(), tmp_path / "plan.pdf", author=AUTHOR, created=SIGNED_AT, fingerprint=None)
    assert listing(tmp_path) == []


def test_one_pdf_to_a_given_path(tmp_path):
    target = tmp_path / "min plan.pdf"
    plan = sample_plan()
    assert write_plan_pdf(plan, target, author=AUTHOR, created=SIGNED_AT, fingerprint=None) == target
    assert target.read_bytes() == build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=None)
    assert listing(tmp_path) == ["min plan.pdf"]
    with pytest.raises(ExportError, match="Mappen findes ikke"):
        write_plan_pdf(plan, tmp_path / "findes ikke" / "plan.pdf", author=AUTHOR, created=SIGNED_AT,
                       fingerprint=None)
