"""The subject access export: a readable PDF and a machine-readable JSON file of everything
held about one person, after a clinician's review for information about other people.

The PDF shares the crisis plan's house style (A4, the bundled font embedded, the same
sizes, colours and page footer). Page one opens with the name the person likes to be
called, what this copy is and who prepared and reviewed it; then each kind of record under
its own heading, each record under a title that never holds personal data, and each field
as a label and its value. Long text flows from page to page. The audit trail comes last,
as one table.

Both files are written under temporary names, the export is audited, and only then are
they given their real names: an export that was not audited never appears in the folder.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from recovery_desk.domain.dates import uk_date
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts, unprintable_characters
from recovery_desk.printing.house import (
    MARGIN,
    PAGE_WIDTH,
    RULE,
    SECONDARY,
    Furniture,
    RenderResult,
    Styles,
    build_document,
    label_table,
    make_styles,
    para,
    paragraphs,
    printable,
    room_for,
)
from recovery_desk.services.subject_access import SubjectAccessService
from recovery_desk.services.subject_access_views import REDACTED, SarRecord, SarSection, SubjectAccessPack

__all__ = ["render_subject_access", "export_subject_access", "ExportedFiles", "TITLE", "ABOUT_REDACTION"]

TITLE = "Information we hold about you"
ABOUT_REDACTION = (f"Where you see {REDACTED}, information about someone else has been taken out, because "
                   "it is theirs rather than yours. Everything else we hold about you is here.")
SHORT = 300  # longer values (or more than a few lines) are printed as paragraphs, not in a table
SHORT_LINES = 6
AUDIT_COLUMNS = (("at", "When", 0.215), ("staff", "Who", 0.18), ("action", "What they did", 0.145),
                 ("record", "Which record", 0.18), ("summary", "Details", 0.28))


def _record_title_style(st: Styles) -> ParagraphStyle:
    s = st.sizes
    return ParagraphStyle("rd-record", st.body, fontName=BOLD, fontSize=s.body, leading=s.lead(s.body),
                          spaceBefore=s.body * 0.9, spaceAfter=s.body * 0.25)


def _intro(pack: SubjectAccessPack, st: Styles) -> list[Flowable]:
    rows = [
        ("Full name", pack.person_name),
        ("Record number", str(pack.person_id)),
        ("Gathered on", uk_date(pack.prepared_on)),
        ("Prepared by", pack.prepared_by or "Not recorded"),
        ("Checked for information about other people by", pack.reviewed_by or "Not yet checked"),
        ("Pieces of information taken out", str(len(pack.chosen) + pack.also_removed)),
    ]
    return [
        para(pack.called or pack.person_name, st.name),
        para(TITLE, st.subtitle),
        para("This is a copy of everything Recovery Desk holds about you: your record, the people who "
             "support you, your assessments, goals and crisis plans (every version), team meeting reviews and "
             "actions, and a list of every time staff looked at or changed your record. The same information "
             "comes with it as a computer-readable file.", st.status),
        para(ABOUT_REDACTION, st.status),
        label_table(rows, st, col_fractions=(0.42, 0.58)),
        Spacer(1, st.sizes.body * 0.6),
    ]


def _record(record: SarRecord, st: Styles, title_style: ParagraphStyle) -> list[Flowable]:
    flow: list[Flowable] = [room_for(st, 3), para(record.title, title_style)]
    short: list[tuple[str, str]] = []

    def flush_short() -> None:
        if short:
            flow.append(label_table(list(short), st, col_fractions=(0.34, 0.66)))
            short.clear()

    for f in record.fields:
        if len(f.text) <= SHORT and f.text.count("\n") < SHORT_LINES:
            short.append((f.label, f.text))
            continue
        flush_short()
        flow.append(KeepTogether([Spacer(1, st.sizes.body * 0.3), para(f.label, st.label),
                                  *paragraphs(f.text, st.body)[:1]]))
        flow.extend(paragraphs(f.text, st.body)[1:])
    flush_short()
    return flow


def _audit_table(section: SarSection, st: Styles) -> list[Flowable]:
    width = PAGE_WIDTH - 2 * MARGIN
    head = [para(label, st.table_head) for _n, label, _w in AUDIT_COLUMNS]
    data = [head]
    for record in section.records:
        values = {f.name: f.text for f in record.fields}
        data.append([para(values.get(name, ""), st.value) for name, _l, _w in AUDIT_COLUMNS])
    table = Table(data, colWidths=[w * width for _n, _l, w in AUDIT_COLUMNS], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, SECONDARY),
    ]))
    return [table]


def _story(pack: SubjectAccessPack, st: Styles) -> list[Flowable]:
    story = _intro(pack, st)
    title_style = _record_title_style(st)
    for section in pack.sections:
        story.extend([room_for(st, 4, heading=True), para(section.title, st.heading)])
        if section.intro:
            story.append(para(section.intro, st.empty))
        if section.table_like:
            story.extend(_audit_table(section, st))
            continue
        for record in section.records:
            story.extend(_record(record, st, title_style))
    return story


def _unprintable(pack: SubjectAccessPack) -> list[str]:
    texts = [pack.called, pack.person_name, pack.prepared_by, pack.reviewed_by]
    texts += [f.text for _s, _r, f in pack.fields()]
    return unprintable_characters(printable("\n".join(texts)), REGULAR)


def render_subject_access(pack: SubjectAccessPack, destination: str | Path | BinaryIO, *,
                          printed_on: date) -> RenderResult:
    """Write the export as an A4 PDF to ``destination`` (a path or a binary file object)."""
    register_fonts()
    st = make_styles(False)
    called = pack.called or pack.person_name
    furniture = Furniture(left_top=f"Information held about {called} · Record {pack.person_id}", status_word="",
                          left_bottom=f"Prepared on {uk_date(printed_on)}", mark="", size=st.sizes.footer)
    pages = build_document(_story(pack, st), destination, furniture, st, title=f"{TITLE} — {called}",
                           subject="Subject access export")
    return RenderResult(pages=pages, unprintable=_unprintable(pack))


@dataclass(frozen=True)
class ExportedFiles:
    pdf: Path
    json: Path
    pages: int


def _free_stem(folder: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3``… so an earlier export is never overwritten."""
    candidate, n = stem, 1
    while (folder / f"{candidate}.pdf").exists() or (folder / f"{candidate}.json").exists():
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def export_subject_access(service: SubjectAccessService, pack: SubjectAccessPack, folder: Path, *,
                          progress: Callable[[int, int], None] = lambda _done, _total: None) -> ExportedFiles:
    """Write the PDF and the JSON file into ``folder``; audited before they take their real names.

    File names hold the record number and the date, never a name.
    """
    printed_on = pack.prepared_on
    stem = _free_stem(folder, f"subject-access-record-{pack.person_id}-{printed_on.isoformat()}")
    pdf, data = folder / f"{stem}.pdf", folder / f"{stem}.json"
    pdf_part, data_part = folder / f".{stem}.pdf.part", folder / f".{stem}.json.part"
    try:
        progress(0, 3)
        data_part.write_text(service.to_json(pack), encoding="utf-8")
        progress(1, 3)
        result = render_subject_access(pack, pdf_part, printed_on=printed_on)
        progress(2, 3)
        service.record_export(pack)
    except BaseException:
        for part in (pdf_part, data_part):
            part.unlink(missing_ok=True)
        raise
    os.replace(data_part, data)
    os.replace(pdf_part, pdf)
    progress(3, 3)
    return ExportedFiles(pdf, data, result.pages)
