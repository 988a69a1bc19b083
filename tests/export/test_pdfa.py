"""The signed plan as PDF/A-3b carrying its own data: what qpdf checks, what pikepdf's PDF/A validator
(an allowlist built from veraPDF's rule catalogue: it approves only what it recognises) says, and what
we check ourselves – XMP pdfaid and the document information mirrored in it, the sRGB output intent
and its profile, the embedded file with /AFRelationship and the /AF array, every font embedded,
DeviceRGB colours only – and that PDFium sees exactly what it saw before."""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import replace

import pikepdf
import pytest
from PIL import Image, ImageCms

from kitdesk.domain.plan import SCREEN_WALK, SEEDS_WORDING
from kitdesk.domain.plan_data import FILE_NAME, data_of
from kitdesk.export.pdfa import ICC_PROFILE, xmp_date
from kitdesk.export.plan_check import content_difference
from kitdesk.export.plan_pdf import build_plan_pdf, read_plan_marker, render_plan_pdf
from kitdesk.paths import resources_dir
from tests.export.plan_samples import (
    AUTHOR,
    DRAFT_AT,
    FAKE_CPR,
    SIGNED_AT,
    big_plan,
    draft_plan,
    full_fingerprint,
    sample_plan,
)

XMP = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/", "dc": "http://purl.org/dc/elements/1.1/",
       "xmp": "http://ns.adobe.com/xap/1.0/", "pdf": "http://ns.adobe.com/pdf/1.3/",
       "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


def signed_pdf(plan=None, include_cpr: bool = False) -> bytes:
    plan = plan or sample_plan()
    return build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan),
                          include_cpr=include_cpr)


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return signed_pdf()


def opened(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is installed by .ci/run")
def test_qpdf_finds_no_error(plan_pdf, tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(plan_pdf)
    result = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout
    assert "PDF Version: 1.7" in result.stdout and "File is not encrypted" in result.stdout


@pytest.mark.parametrize("plan", [
    sample_plan(), replace(sample_plan(), layout=1), big_plan(),
    sample_plan(purpose="Æble, øl og å – Łódź, Straße ẞ — “citat” 😀 👨‍👩‍👧 <b>fed</b> & ]]>")], ids=[
    "sample", "layout1", "big", "letters"])
def test_pikepdfs_pdfa_validator_approves_the_plan(plan):
    from pikepdf import pdfa

    data = build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan), include_cpr=True)
    report = pdfa.validate_written(io.BytesIO(data), "3b")
    assert report.passed and report.verdict == "pass" and report.findings == [], report.findings
    assert report.output_intent == "RGB"


def test_the_xmp_says_pdfa_3b_and_mirrors_the_document_information(plan_pdf):
    assert plan_pdf.startswith(b"%PDF-1.7\n%") and max(plan_pdf[10:14]) > 127  # a binary comment after the header
    with opened(plan_pdf) as pdf:
        metadata = pdf.Root.Metadata
        assert metadata.Type == "/Metadata" and metadata.Subtype == "/XML" and "/Filter" not in metadata
        packet = metadata.read_bytes()
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        assert [len(bytes(part)) for part in pdf.trailer.ID] == [16, 16]  # a document ID, from the content
    from xml.etree import ElementTree
    assert packet.startswith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'.encode())
    assert packet.rstrip().endswith(b'<?xpacket end="w"?>')
    root = ElementTree.fromstring(packet.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])

    def one(path: str) -> str:
        found = root.findall(f".//{path}", XMP)
        assert len(found) == 1, path
        return found[0].text or ""
    assert one("pdfaid:part") == "3" and one("pdfaid:conformance") == "B"
    assert one("dc:title/rdf:Alt/rdf:li") == info["/Title"] == "Tværsektoriel plan – netværksmøde 04.12.2026"
    assert one("dc:creator/rdf:Seq/rdf:li") == info["/Author"] == AUTHOR
    assert one("dc:description/rdf:Alt/rdf:li") == info["/Subject"]
    assert one("pdf:Keywords") == info["/Keywords"] and info["/Keywords"].startswith("kitdesk-plan meeting=12")
    assert one("pdf:Producer") == info["/Producer"] and one("xmp:CreatorTool") == info["/Creator"] == "KIT Desk"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20261207130500+00'00'"  # the moment it was signed
    assert one("xmp:CreateDate") == one("xmp:ModifyDate") == "2026-12-07T13:05:00+00:00"
    assert set(info) <= {"/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer", "/CreationDate",
                         "/ModDate"}  # nothing in the information that the XMP does not say too


def test_xmp_dates_keep_the_moment_and_the_zone():
    assert xmp_date("D:20261207130500+00'00'") == "2026-12-07T13:05:00+00:00"
    assert xmp_date("D:20260912101500+02'00'") == "2026-09-12T10:15:00+02:00"
    assert xmp_date("D:20260912101500Z") == "2026-09-12T10:15:00Z"


def test_an_srgb_output_intent_with_a_valid_profile(plan_pdf):
    with opened(plan_pdf) as pdf:
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.Type == "/OutputIntent" and intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        assert int(intent.DestOutputProfile.N) == 3
        profile = intent.DestOutputProfile.read_bytes()
    assert profile == (resources_dir() / ICC_PROFILE).read_bytes()
    assert profile[12:24] == b"mntrRGB XYZ " and profile[36:40] == b"acsp" and profile[8] == 2  # a v2 display profile
    assert int.from_bytes(profile[:4], "big") == len(profile)
    # LittleCMS reads it and converts colours exactly as its own built-in sRGB does.
    ours, builtin, lab = (ImageCms.ImageCmsProfile(io.BytesIO(profile)), ImageCms.createProfile("sRGB"),
                          ImageCms.createProfile("LAB"))
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (0x1F, 0x23, 0x28), (0x23, 0x41, 0x5F), (128, 128, 128)]
    image = Image.new("RGB", (len(colours), 1))
    image.putdata(colours)
    mine = ImageCms.applyTransform(image, ImageCms.buildTransform(ours, lab, "RGB", "LAB"))
    theirs = ImageCms.applyTransform(image, ImageCms.buildTransform(builtin, lab, "RGB", "LAB"))
    assert mine.tobytes() == theirs.tobytes()


def test_the_data_is_an_embedded_file_in_the_af_array_and_never_holds_the_cpr_number():
    plan = sample_plan()
    assert plan.cpr == FAKE_CPR
    data = signed_pdf(plan, include_cpr=True)
    with opened(data) as pdf:
        (spec,) = list(pdf.Root.AF)
        assert spec.Type == "/Filespec" and spec.AFRelationship == "/Data"
        assert str(spec.F) == str(spec.UF) == FILE_NAME and "aftaler" in str(spec.Desc)
        stream = spec.EF.F
        assert stream.Type == "/EmbeddedFile" and stream.Subtype == "/application/json"
        assert int(stream.Params.Size) == len(stream.read_bytes())
        assert str(stream.Params.ModDate) == "D:20261207130500+00'00'"
        names = list(pdf.Root.Names.EmbeddedFiles.Names)
        assert str(names[0]) == FILE_NAME and names[1].objgen == spec.objgen
        raw = stream.read_bytes()
    body = json.loads(raw)
    assert body == data_of(plan, full_fingerprint(plan))
    assert FAKE_CPR not in raw.decode() and FAKE_CPR.replace("-", "") not in raw.decode() and "cpr" not in body["case"]
    assert body["plan"]["fingerprint"] == read_plan_marker(data)["fingerprint"] and body["plan"]["version"] == 2
    assert body["case"] == {"case_no": "2026-0001", "child_name": "Freja Nørgaard", "birth_date": "2013-04-17"}
    assert body["issuer"] == {"organisation": "BUC Eksempelby", "chair": "Mette Kjærgaard"}
    first = body["agreements"][0]
    assert (first["number"], first["responsible"], first["deadline"]) == (1, "Peter Ærø", "2027-01-15")
    assert body["agreements"][1]["ongoing"] is True
    assert body["next_meeting"] == {"at": "2027-03-05T09:00:00+01:00", "not_agreed": False}
    assert len(body["participants"]) == len(plan.participants)


def test_every_font_is_embedded_and_every_colour_is_device_rgb(plan_pdf):
    with opened(plan_pdf) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            assert "/Annots" not in page and "/ExtGState" not in page.Resources  # no links, no transparency
            assert "/Trans" not in page  # ReportLab's empty page transition is left out
            fonts = page.Resources.Font
            assert len(fonts) >= 2
            for font in fonts.values():
                assert font.Subtype == "/TrueType"
                descriptor = font.FontDescriptor
                assert "/FontFile2" in descriptor and "/ToUnicode" in font
                assert int(descriptor.Flags) & 4 and "/Encoding" not in font  # symbolic: the font's own cmap
            operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            assert operators & {"rg", "RG"} and not operators & {"k", "K", "cs", "CS", "sc", "scn", "SC", "SCN",
                                                                  "gs", "Do", "sh"}
        assert "/Encrypt" not in pdf.trailer and "/JavaScript" not in (pdf.Root.Names or {})
    assert not re.search(rb"/(Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats)\b", plan_pdf)


@pytest.mark.parametrize("layout", [1, SEEDS_WORDING, SCREEN_WALK])
def test_pdfium_sees_the_same_pages_as_before_for_every_layout(layout):
    """A version signed with an old layout re-rendered now as PDF/A shows the same text, pixels, title,
    author and subject as the PDF exported before PDF/A – so a re-saved old copy still verifies."""
    plan = replace(sample_plan(), layout=layout)
    args = dict(author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(plan))
    before, now = render_plan_pdf(plan, **args), build_plan_pdf(plan, **args)
    assert before != now and b"pdfaid" not in before and b"pdfaid" in now
    assert content_difference(now, before) is None and content_difference(before, now) is None
    assert read_plan_marker(now) == read_plan_marker(before)


def test_the_same_version_gives_the_same_bytes_and_a_draft_carries_no_data():
    plan = replace(sample_plan(), layout=1)
    assert signed_pdf(plan) == signed_pdf(plan)
    draft = build_plan_pdf(draft_plan(), author=AUTHOR, created=DRAFT_AT, fingerprint=None)
    with opened(draft) as pdf:
        assert "/AF" not in pdf.Root and len(pdf.attachments) == 0
