"""PDF/A-3b: a PDF that case systems journalise and that stays readable for decades, here carrying
a file of its own data (the plan's JSON, kitdesk/domain/plan_data.py).

    pdfa = to_pdfa3b(reportlab_bytes, Attachment("kitdesk-plan.json", data, "application/json", "…"))
    raw = attachment_of(pdfa_bytes, "kitdesk-plan.json")      # None: no such file (or not a PDF)

What ReportLab writes is made PDF/A-3b through pikepdf (qpdf), without touching what a page shows
(its content streams, fonts and resources are kept; PDFium renders and reads the same text):
- the document information is kept as it is (less /Trapped) and mirrored in XMP metadata, with
  pdfaid:part 3 and conformance B, dates in the same zone;
- an sRGB output intent (resources/icc/sRGB-v2.icc, made by scripts/make_srgb_icc.py), so the
  DeviceRGB colours ReportLab uses have a defined meaning;
- the attachment as an embedded file with /Subtype (its MIME type), /Params (size, dates), /F and
  /UF names, a description and /AFRelationship /Data, listed in the catalog's /AF array and in the
  EmbeddedFiles name tree;
- PDF 1.7, and a document ID computed from the content, so the same input gives the same bytes.

ReportLab already embeds every font (the DejaVu TrueType subsets of export/fonts.py; no standard-14
font is used, as the document's initial font is DejaVu) and uses DeviceRGB colours only;
tests/export/test_pdfa.py checks both, as no full PDF/A validator runs here.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from kitdesk.paths import resources_dir

ICC_PROFILE = "icc/sRGB-v2.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+\-Z])(\d{2})?'?(\d{2})?'?)?")


@dataclass(frozen=True)
class Attachment:
    name: str  # ASCII file name inside the PDF
    data: bytes
    mime_type: str
    description: str


def xmp_date(pdf_date: str) -> str:
    """D:20261207130500+00'00' -> 2026-12-07T13:05:00+00:00 (the same moment, the same zone)."""
    found = _PDF_DATE.match(pdf_date)
    if not found:
        raise ValueError(f"not a PDF date: {pdf_date!r}")
    year, month, day, hour, minute, second, sign, zh, zm = found.groups()
    zone = "Z" if sign in (None, "Z") else f"{sign}{zh or '00'}:{zm or '00'}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone}"


def xmp_packet(info: dict[str, str]) -> bytes:
    """The XMP metadata mirroring the document information, and saying PDF/A-3b. Fixed order and
    layout: the same information gives the same bytes."""
    def text(key: str) -> str:
        return escape(info.get(key, ""))
    lines = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
        "   <pdfaid:part>3</pdfaid:part>",
        "   <pdfaid:conformance>B</pdfaid:conformance>",
        "  </rdf:Description>",
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "   <dc:format>application/pdf</dc:format>",
    ]
    if "/Title" in info:
        lines.append(f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text("/Title")}</rdf:li></rdf:Alt></dc:title>')
    if "/Author" in info:
        lines.append(f"   <dc:creator><rdf:Seq><rdf:li>{text('/Author')}</rdf:li></rdf:Seq></dc:creator>")
    if "/Subject" in info:
        lines.append(f'   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text("/Subject")}</rdf:li>'
                     "</rdf:Alt></dc:description>")
    lines += ["  </rdf:Description>",
              '  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">']
    if "/Creator" in info:
        lines.append(f"   <xmp:CreatorTool>{text('/Creator')}</xmp:CreatorTool>")
    if "/CreationDate" in info:
        lines.append(f"   <xmp:CreateDate>{xmp_date(info['/CreationDate'])}</xmp:CreateDate>")
    if "/ModDate" in info:
        lines.append(f"   <xmp:ModifyDate>{xmp_date(info['/ModDate'])}</xmp:ModifyDate>")
    lines += ["  </rdf:Description>",
              '  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">']
    if "/Producer" in info:
        lines.append(f"   <pdf:Producer>{text('/Producer')}</pdf:Producer>")
    if "/Keywords" in info:
        lines.append(f"   <pdf:Keywords>{text('/Keywords')}</pdf:Keywords>")
    lines += ["  </rdf:Description>", " </rdf:RDF>", "</x:xmpmeta>", '<?xpacket end="w"?>']
    return "\n".join(lines).encode("utf-8")


def _icc_profile() -> bytes:
    return (resources_dir() / ICC_PROFILE).read_bytes()


def _embed(pdf: pikepdf.Pdf, attachment: Attachment, when: str | None) -> None:
    params = Dictionary(Size=len(attachment.data))
    if when:
        params.ModDate = String(when)
        params.CreationDate = String(when)
    stream = pdf.make_stream(attachment.data)
    stream.Type = Name.EmbeddedFile
    stream.Subtype = Name("/" + attachment.mime_type)  # written /application#2fjson
    stream.Params = params
    spec = pdf.make_indirect(Dictionary(
        Type=Name.Filespec, F=String(attachment.name), UF=String(attachment.name),
        Desc=String(attachment.description), AFRelationship=Name.Data, EF=Dictionary(F=stream, UF=stream)))
    names = pdf.Root.get("/Names")
    if names is None:
        pdf.Root.Names = names = Dictionary()
    names.EmbeddedFiles = Dictionary(Names=Array([String(attachment.name), spec]))
    pdf.Root.AF = Array([spec])


def to_pdfa3b(data: bytes, attachment: Attachment | None = None) -> bytes:
    """ReportLab's PDF as PDF/A-3b (see the module's docstring), with the attachment embedded."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Trapped" in pdf.docinfo:
            del pdf.docinfo["/Trapped"]  # not needed, and one more entry the XMP would have to mirror
        info = {str(key): str(value) for key, value in pdf.docinfo.items()}
        metadata = pdf.make_stream(xmp_packet(info))
        metadata.Type, metadata.Subtype = Name.Metadata, Name.XML
        pdf.Root.Metadata = metadata
        profile = pdf.make_stream(_icc_profile())
        profile.N = 3
        pdf.Root.OutputIntents = Array([pdf.make_indirect(Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String(OUTPUT_CONDITION),
            Info=String(OUTPUT_CONDITION), RegistryName=String("http://www.color.org"), DestOutputProfile=profile))])
        for page in pdf.pages:  # ReportLab writes an empty page transition: no effect, one key less to check
            if "/Trans" in page.obj and len(page.obj.Trans) == 0:
                del page.obj["/Trans"]
        if attachment is not None:
            _embed(pdf, attachment, info.get("/CreationDate"))
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, force_version="1.7", compress_streams=True, fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return out.getvalue()


def attachment_of(data: bytes, name: str) -> bytes | None:
    """The embedded file called `name` (from the EmbeddedFiles name tree), None when there is none.
    Raises pikepdf.PdfError when the data is not a PDF qpdf can read."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found = pdf.attachments.get(name)
        return None if found is None else found.get_file().read_bytes()


def document_keywords(data: bytes) -> str:
    """The document information's /Keywords (where the plan's marker is), "" when there is none."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return str(pdf.docinfo.get("/Keywords", ""))
