"""The PDF report of a round's answers: data in, bytes out (reportlab platypus, no Qt).

Layout: a cover page (municipality with its Sámi names, wellbeing services
county, round, contact person, signer, export time, signing-key fingerprint,
generator), then each section as question–answer tables in the chosen
language (tables of rows as real tables; follow-ups whose trigger does not
hold are left out), then the validation summary. Every page but the cover
has a header; every page has the footer "sivu x / y".

Signing is not done here: ``desktop.signing`` signs the returned bytes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from desktop.export.changes_section import changes_section
from desktop.export.fonts import REGULAR
from desktop.export.markup import DRAFT, RULE, Styles, make_styles, markup, para, safe, table_style
from desktop.export.pages import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Decorations,
    OutlineMark,
    body_frame,
    canvas_maker,
)
from desktop.export.tables import answer_markup, answer_table, rows_table
from desktop.export.texts import PDF_LANG, problem_count
from desktop.i18n import Lang, pick, text
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Municipality, Register
from desktop.signing.fingerprints import fingerprint_lines
from desktop.storage import CONTACT_ANSWERS, Profile
from desktop.survey import Kind, Problem, Round, Section, validate_round
from desktop.survey.formatting import format_date, format_time
from desktop.survey.lineage import Change
from desktop.survey.rules import compute, display_computed
from desktop.survey.validation import blocking

APP = "Tilannekuva"
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
# The room a heading needs below it for its first answers or its table's header and first
# rows; with less left on the page, it starts the next. (Keeping it with the whole table,
# as keepWithNext does, moves a long table to a new page and leaves this one blank.)
_HEADING_ROOM: Final = 45 * mm
_HEADINGS_ROOM: Final = 60 * mm  # a section heading and a table's title under it


def render_report(
    rnd: Round,
    answers: Mapping[str, JSONObject],
    profile: Profile,
    municipality: Municipality,
    *,
    lang: Lang,
    signer_name: str,
    fingerprint: str | None,
    generated_at: datetime,
    draft: bool,
    generator_version: str,
    problems: Sequence[Problem] | None = None,
    register: Register | None = None,
    changes: tuple[Round, Sequence[Change]] | None = None,
    submission: int | None = None,
) -> bytes:
    """The report of ``answers`` (section id → that section's answers) as PDF bytes.

    ``answers`` are the round's as ``Workbook.answers`` gives them, with the
    municipality question filled in from the profile.
    ``fingerprint`` is the signing key's (any spacing; printed in groups of
    four hex digits), ``generated_at`` the export time printed on the cover
    and written as the PDF's creation date. ``problems`` defaults to
    ``validate_round(rnd, answers)``. ``register`` names a municipality answered that is
    not ``municipality`` (without it, its code is printed). ``submission`` is the number
    the export records (None for a draft): the cover, every page header and the PDF's
    subject and keywords name it, and a correction (2, 3 …) says which one it replaces.

    A ``draft`` report carries the watermark LUONNOS (UTKAST, DRAFT) on every
    page and a notice on the cover. A draft must never be signed or
    submitted: the caller that signs and records submissions enforces this.

    The output depends only on the arguments (reportlab's invariant mode and
    a creation date taken from ``generated_at``), so the same inputs give the
    same bytes.
    """
    if problems is None:
        problems = validate_round(rnd, answers)
    styles = make_styles()
    when = format_time(generated_at)
    story: list[Flowable] = []
    story += _cover(
        rnd,
        _contact(profile, answers),
        profile,
        municipality,
        lang,
        styles,
        problems,
        draft=draft,
        signer_name=signer_name,
        fingerprint=fingerprint,
        when=when,
        generator_version=generator_version,
        submission=submission,
    )
    story += [NextPageTemplate("body"), PageBreak()]
    explained = [p for p in problems if p.explanation is not None]
    for number, section in enumerate(rnd.sections, start=1):
        story += _section(
            number,
            section,
            answers.get(section.id, {}),
            lang,
            styles,
            municipality,
            explained,
            register,
        )
    story += _validation_summary(rnd, problems, lang, styles)
    if changes is not None:  # (the previous round, what changed since): drafts print it
        story += changes_section(rnd, changes[0], changes[1], lang, styles, BODY_WIDTH)

    numbered = (
        [text("export.report.submission_number", lang, number=submission)]
        if submission is not None
        else []
    )
    subject = text(
        "export.report.subject", lang, municipality=municipality.name(lang), round=rnd.id
    )
    if submission is not None:
        subject += f", {_submission_phrase(submission, lang)}"
    if draft:
        subject += f", {text('export.report.draft_subject', lang)}"
    decorations = Decorations(
        header_left=" · ".join([rnd.id, *numbered, municipality.display_name(lang)]),
        header_right=when,
        footer_left=f"{APP} {generator_version}",
        page_label=lambda page, pages: text("export.report.page", lang, page=page, pages=pages),
        watermark=text("export.report.watermark", lang) if draft else None,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{pick(rnd.title, lang)} – {municipality.name(lang)}",
        author=municipality.display_name(lang),
        subject=subject,
        creator=f"{APP} {generator_version}",
        keywords=[
            rnd.id,
            municipality.code,
            *numbered,
            *([text("export.report.correction", lang)] if _replaces(submission) else []),
            *([text("export.report.watermark", lang)] if draft else []),
        ],
        lang=PDF_LANG[lang],
        invariant=1,
        initialFontName=REGULAR,  # otherwise Helvetica is referenced, unembedded
        initialFontSize=9.5,
    )
    frame = body_frame()
    doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
    # A draft is never signed, which writes a signed report's XMP: it writes its own.
    maker = canvas_maker(
        decorations, pdf_date=_pdf_date(generated_at), described=generated_at if draft else None
    )
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def _replaces(submission: int | None) -> int | None:
    """The submission a correction replaces: the one before it (None for the first)."""
    return submission - 1 if submission is not None and submission > 1 else None


def _submission_phrase(submission: int, lang: Lang) -> str:
    """ "lähetys 1", or "lähetys 2 – korjaus, korvaa lähetyksen 1" for a correction."""
    previous = _replaces(submission)
    if previous is None:
        return text("export.report.submission_number", lang, number=submission)
    return text("export.report.correction_subject", lang, number=submission, previous=previous)


def _pdf_date(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


# The cover names people and the organisation: a value longer than any name is cut.
_COVER_CHARS: Final = 300
# A cover row taller than this may be split across pages.
_MIN_SPLIT: Final = 30


def _clip(value: str) -> str:
    """``value``, cut with an ellipsis when it is longer than a cover line can be."""
    value = value.strip()
    return value if len(value) <= _COVER_CHARS else value[: _COVER_CHARS - 1] + "…"


def _cover(
    rnd: Round,
    contact: Sequence[str],
    profile: Profile,
    municipality: Municipality,
    lang: Lang,
    styles: Styles,
    problems: Sequence[Problem],
    *,
    draft: bool,
    signer_name: str,
    fingerprint: str | None,
    when: str,
    generator_version: str,
    submission: int | None = None,
) -> list[Flowable]:
    none = safe(text("export.report.none", lang))
    rows: list[tuple[str, str]] = [
        ("municipality", safe(f"{municipality.display_name(lang)} ({municipality.code})")),
        ("wellbeing_area", safe(municipality.wellbeing_area.name(lang))),
        ("round", safe(f"{rnd.id} · {pick(rnd.title, lang)}")),
        ("period", safe(f"{format_date(rnd.opens)} – {format_date(rnd.closes)}")),
    ]
    previous = _replaces(submission)
    if submission is not None:
        number = (
            str(submission)
            if previous is None
            else text("export.report.correction_of", lang, number=submission, previous=previous)
        )
        rows.append(("submission", safe(number)))
    rows += [
        ("organisers", "<br/>".join(safe(pick(o, lang)) for o in rnd.organisers) or none),
        ("contact", "<br/>".join(safe(_clip(c)) for c in contact if c.strip()) or none),
    ]
    if profile.business_id.strip():
        rows.append(("business_id", safe(_clip(profile.business_id))))
    rows += [
        # A draft is signed by nobody: its line names who signs when it is sent.
        (
            "signer_draft" if draft else "signer",
            safe(_clip(signer_name)) if signer_name.strip() else none,
        ),
        ("generated", safe(when)),
        ("check", safe(problem_count(len(blocking(problems)), lang, short=True))),
    ]
    if fingerprint:
        lines = "<br/>".join(safe(line) for line in fingerprint_lines(fingerprint))
        note = f'<font size="7.5" color="#5A6470">{safe(text("export.report.fingerprint_note", lang))}</font>'
        rows.append(("fingerprint", f"{lines}<br/>{note}"))
    else:
        rows.append(("fingerprint", none))
    rows.append(("generator", safe(f"{APP} {generator_version}")))

    data = [
        [para(text(f"export.report.{key}", lang), styles.label), markup(value, styles.body)]
        for key, value in rows
    ]
    facts = Table(
        data, colWidths=[52 * mm, BODY_WIDTH - 52 * mm], hAlign="LEFT", splitInRow=_MIN_SPLIT
    )
    facts.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [
        Spacer(1, 18 * mm),
        para(text("export.report.answers_of", lang), styles.kicker),
        para(municipality.display_name(lang), styles.title),
        para(pick(rnd.title, lang), styles.subtitle),
    ]
    if submission is not None and previous is not None:
        # A correction says so first: two signed reports of one round must not look alike.
        notice = text("export.report.correction_notice", lang, number=submission, previous=previous)
        story += [para(notice, styles.correction)]
    if draft:
        notice = Table(
            [[para(text("export.report.draft_notice", lang), styles.notice)]],
            colWidths=[BODY_WIDTH],
        )
        notice.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, DRAFT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story += [notice, Spacer(1, 8 * mm)]
    story.append(facts)
    return story


def _contact(profile: Profile, answers: Mapping[str, JSONObject]) -> list[str]:
    """The one contact the report names: the round's respondent (Background), which the
    profile fills and the user may change for a round; the profile's only without one."""
    given: list[str] = []
    for pointer in CONTACT_ANSWERS:
        _, section_id, key = pointer.split("/")
        value = answers.get(section_id, {}).get(key)
        given.append(value.strip() if isinstance(value, str) else "")
    return given if any(given) else list(profile.contact().values())


def _section(
    number: int,
    section: Section,
    answers: JSONObject,
    lang: Lang,
    styles: Styles,
    municipality: Municipality,
    explained: Sequence[Problem] = (),
    register: Register | None = None,
) -> list[Flowable]:
    room = CondPageBreak(_HEADING_ROOM)
    title = f"{number}. {pick(section.title, lang)}"
    story: list[Flowable] = [room, OutlineMark(title), _heading(title, styles.h1)]
    opening = len(story)
    pending: list[tuple[str, str | None]] = []  # (question, answer markup) awaiting a table

    def flush() -> None:
        if pending:
            story.append(answer_table(pending, lang, styles, BODY_WIDTH))
            pending.clear()

    # Hidden follow-ups are left out: their stored values do not count.
    for field in section.visible_fields(answers):
        value = answers.get(field.key)
        if field.kind is Kind.TABLE and isinstance(value, list) and value:
            flush()
            if len(story) == opening:  # the section opens with this table: room for both
                room.height = _HEADINGS_ROOM
            else:
                story.append(CondPageBreak(_HEADING_ROOM))
            story.append(_heading(field.title(lang), styles.table_title))
            story.append(rows_table(field, value, lang, styles, BODY_WIDTH))
        else:
            pending.append(
                (field.title(lang), answer_markup(field, value, lang, municipality, register))
            )
        for item in section.computed:
            if item.beside == field.key:
                shown = display_computed(item, compute(item, answers), lang)
                label = f"{pick(item.label, lang)} ({text('survey.value.computed', lang)})"
                pending.append((label, safe(shown)))
        # A confirmed warning is printed beside the answer it is about, with its explanation.
        for problem in explained:
            if problem.section_id == section.id and problem.field_key == field.key:
                label = f"{text('export.report.explained', lang)}: {problem.where(lang)}"
                said = f"{problem.message(lang)} — {problem.explanation}"
                pending.append((label, safe(said)))
    flush()
    return story


def _heading(title: str, style: ParagraphStyle) -> Paragraph:
    """A heading kept with what follows by the CondPageBreak before it, not by keepWithNext."""
    heading = para(title, style)
    heading.keepWithNext = 0  # read before the style's
    return heading


def _validation_summary(
    rnd: Round, problems: Sequence[Problem], lang: Lang, styles: Styles
) -> list[Flowable]:
    errors = blocking(problems)
    warnings = [p for p in problems if not p.blocking]
    title = text("export.report.validation", lang)
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        OutlineMark(title),
        para(title, styles.h1),
        para(problem_count(len(errors), lang), styles.body),
    ]
    story += _problem_list(rnd, errors, lang, styles)
    if warnings:
        story.append(para(text("export.report.warnings", lang, count=len(warnings)), styles.h2))
        story += _problem_list(rnd, warnings, lang, styles)
    return story


def _problem_list(
    rnd: Round, problems: Sequence[Problem], lang: Lang, styles: Styles
) -> list[Flowable]:
    story: list[Flowable] = []
    for section in rnd.sections:
        found = [p for p in problems if p.section_id == section.id]
        if not found:
            continue
        story.append(para(pick(section.title, lang), styles.h2))
        story += [
            Paragraph(safe(_described(p, lang)), styles.bullet, bulletText="•") for p in found
        ]
    return story


def _described(problem: Problem, lang: Lang) -> str:
    if problem.explanation is None:
        return problem.describe(lang)
    return (
        f"{problem.describe(lang)} {text('export.report.explanation', lang)}: {problem.explanation}"
    )
