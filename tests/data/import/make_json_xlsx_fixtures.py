#!/usr/bin/env python3
# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the JSON and XLSX fixtures of tests/import (tests/data/import/json, xlsx).

The files are committed; run this script again only to change them (python3, no
dependencies). The JSON files follow Typeform's documented Responses API items and
webhook payloads (https://www.typeform.com/developers/); the workbooks are Office Open
XML as Excel writes it (shared strings with rich-text runs and phonetic hints, inline
strings, date styles, booleans, errors, gaps, blank rows, two sheets). People and
answers are invented.
"""
import datetime
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


# JSON ---------------------------------------------------------------------------------

write("json/array.json", json.dumps([
    {"id": "J1", "nps": 9, "comment": "Quick delivery, friendly driver", "channel": "web",
     "date": "2026-03-01", "customer": {"plan": "pro", "country": "DE"}, "tags": ["delivery", "driver"],
     "follow_up": True, "score_raw": 9.0, "note": None},
    {"comment": "Checkout asked for my address twice", "id": "J2", "nps": 4, "channel": "app",
     "date": "2026-03-02T10:15:00Z", "customer": {"plan": "free"}, "tags": [], "follow_up": False,
     "extra": "only here"},
    {"id": "J3", "nps": "11", "comment": "Alles prima 👍", "channel": "web", "date": "gestern"},
], ensure_ascii=False, indent=2).encode("utf-8"))

FIELDS = [
    {"id": "nps01", "title": "How likely are you to recommend Waymark Garden to a friend or colleague?",
     "type": "opinion_scale", "ref": "nps_question"},
    {"id": "why01", "title": "What is the main reason for your score?", "type": "long_text", "ref": "reason"},
    {"id": "chan1", "title": "How did you order?", "type": "multiple_choice", "ref": "channel"},
    {"id": "ok001", "title": "May we contact you?", "type": "yes_no", "ref": "contact_ok"},
]


def answers(nps, reason, channel, ok, nps_type="opinion_scale"):
    out = [{"field": {"id": "nps01", "type": nps_type, "ref": "nps_question"}, "type": "number", "number": nps}]
    if reason is not None:
        out.append({"field": {"id": "why01", "type": "long_text", "ref": "reason"}, "type": "text", "text": reason})
    out.append({"field": {"id": "chan1", "type": "multiple_choice", "ref": "channel"}, "type": "choice",
                "choice": {"label": channel}})
    out.append({"field": {"id": "ok001", "type": "yes_no", "ref": "contact_ok"}, "type": "boolean", "boolean": ok})
    return out


items = []
for i, (nps, reason, channel, ok) in enumerate([
        (10, "Parcel arrived a day early", "Website", True),
        (3, "The hotline kept me waiting for 40 minutes", "Phone", False),
        (7, None, "Website", True)]):
    items.append({
        "landing_id": "lnd%02d" % i, "token": "tok%02d" % i, "response_id": "tf-%03d" % (i + 1),
        "landed_at": "2026-03-0%dT08:00:00Z" % (i + 1), "submitted_at": "2026-03-0%dT08:05:30Z" % (i + 1),
        "metadata": {"user_agent": "Mozilla/5.0 (X11; Linux x86_64)", "platform": "other",
                     "referer": "https://example.test/survey", "network_id": "net%d" % i, "browser": "default"},
        "hidden": {"segment": ["Garden pro", "Newcomer", "Busy parent"][i]},
        "calculated": {"score": 0},
        "answers": answers(nps, reason, channel, ok, "nps")})
write("json/typeform-responses.json",
      json.dumps({"total_items": len(items), "page_count": 1, "items": items}, indent=2).encode("utf-8"))

lines = []
for i, (nps, reason, channel, ok) in enumerate([
        (9, "Easy to find the right seeds", "Website", True),
        (2, "Die Lieferung kam zwei Wochen zu spät", "App", False)]):
    lines.append(json.dumps({
        "event_id": "ev%d" % i, "event_type": "form_response",
        "form_response": {"form_id": "f0rm", "token": "wh%02d" % i, "landed_at": "2026-04-0%dT09:00:00Z" % (i + 1),
                          "submitted_at": "2026-04-0%dT09:03:00Z" % (i + 1),
                          "definition": {"id": "f0rm", "title": "Garden survey", "fields": FIELDS},
                          "answers": answers(nps, reason, channel, ok)}}, ensure_ascii=False))
write("json/typeform-webhook.ndjson", ("\n".join(lines) + "\n").encode("utf-8"))

write("json/reviews.ndjson", (
    "\ufeff" +
    json.dumps({"review_id": "R1", "stars": 5, "text": "Lovely roses", "created": "2026-05-01"}) + "\r\n" +
    "\r\n" +
    '{"review_id": "R2", "stars": 2, "text": "broken\n' +
    json.dumps({"review_id": "R3", "stars": 1, "text": "Wrong plant delivered", "created": "2026-05-03",
                "reply": {"text": "Sorry!"}}) + "\n" +
    "[1, 2]\n" +
    json.dumps({"review_id": "R4", "stars": 4, "text": "Gut verpackt", "created": "2026-05-04"}) + "\n"
).encode("utf-8"))

write("json/broken.json", b'[\n  {"id": "B1", "nps": 9},\n  {"id": "B2", "nps": 7,,}\n]\n')
write("json/empty-array.json", b"[]\n")

# XLSX ---------------------------------------------------------------------------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>"""


def workbook(date1904=False, names=("Responses", "Summary")):
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr defaultThemeVersion="166925"/>'
    sheets = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1) for i, n in enumerate(names))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + pr + '<bookViews><workbookView/></bookViews><sheets>' + sheets + '</sheets></workbook>')


# Cell styles: 0 general, 1 built-in date (14), 2 custom date-time, 3 percent (10), 4 custom "General" text-ish.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;Score &quot;0"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""

SHARED = ["ResponseId", "Date", "Last contact", "How likely are you to recommend us to a friend or colleague?",
          "Comment", "Channel", "Follow-up", "Check", "X-1",
          None,  # 9: rich text, written below
          "Web", "Phone", "X-2", "X-3", "Score"]


def shared_strings():
    items = []
    for s in SHARED:
        if s is None:
            items.append('<si><r><rPr><b/></rPr><t>Great </t></r><r><t xml:space="preserve">service, fast &amp; friendly</t></r>'
                         '<rPh sb="0" eb="1"><t>グレート</t></rPh></si>')
        else:
            items.append("<si><t>%s</t></si>" % s.replace("&", "&amp;").replace("<", "&lt;"))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(items), len(items), "".join(items)))


def serial(d, date1904=False):
    base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    delta = d - base
    return delta.days + delta.seconds / 86400.0


def sheet(rows):
    out = []
    for r, cells in rows:
        out.append('<row r="%d" spans="1:9">%s</row>' % (r, "".join(cells)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<dimension ref="A1:I7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/><sheetData>' + "".join(out) + '</sheetData>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')


def s(ref, index):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, index)


def n(ref, value, style=0):
    return '<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % style if style else "", repr(value) if isinstance(value, float) else value)


def survey_rows(date1904):
    d1 = serial(datetime.datetime(2026, 3, 1), date1904)
    d2 = serial(datetime.datetime(2026, 3, 2, 14, 30), date1904)
    return [
        (1, [s("A1", 0), s("B1", 1), s("C1", 2), s("D1", 3), s("E1", 4), s("F1", 5), s("G1", 6), s("H1", 7), s("I1", 14)]),
        (2, [s("A2", 8), n("B2", int(d1), 1), n("C2", d2, 2), n("D2", 9), s("E2", 9), s("F2", 10),
             '<c r="G2" t="b"><v>1</v></c>', '<c r="H2" t="e"><v>#N/A</v></c>', n("I2", 7, 4)]),
        # Row 3 left out: a blank row keeps the numbers of the rows below.
        (4, [s("A4", 12), n("B4", int(d1) + 1, 1), n("D4", 11),
             '<c r="E4" t="inlineStr"><is><t>Typed straight into the cell</t></is></c>', s("F4", 11),
             '<c r="G4" t="b"><v>0</v></c>', '<c r="H4" t="str"><f>IF(D4&gt;10,"high","ok")</f><v>high</v></c>']),
        (5, [s("A5", 13), n("B5", int(d1) + 2, 1), n("D5", 6.5), n("E5", 0.25, 3)]),
        (6, []),  # an empty row element
    ]


def summary_rows():
    return [(1, ['<c r="A1" t="inlineStr"><is><t>Touchpoint</t></is></c>', '<c r="B1" t="inlineStr"><is><t>NPS</t></is></c>']),
            (2, ['<c r="A2" t="inlineStr"><is><t>Checkout</t></is></c>', n("B2", 8)])]


def workbook_zip(rel, date1904=False, sheet1=None):
    data = sheet1 if sheet1 is not None else sheet(survey_rows(date1904))
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", workbook(date1904)), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", shared_strings()),
                           ("xl/worksheets/sheet1.xml", data), ("xl/worksheets/sheet2.xml", sheet(summary_rows()))]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


workbook_zip("xlsx/survey.xlsx")
workbook_zip("xlsx/date1904.xlsx", date1904=True)
# A sheet that unpacks to 64 MB of blanks: refused by the compression-ratio cap.
workbook_zip("xlsx/bomb.xlsx", sheet1=sheet([(1, [s("A1", 0)])]).replace("<sheetData>", "<sheetData>" + " " * (64 << 20)))
with open(os.path.join(HERE, "xlsx/survey.xlsx"), "rb") as f:
    whole = f.read()
write("xlsx/truncated.xlsx", whole[: len(whole) // 2])
write("xlsx/not-a-workbook.xlsx", b"ResponseId,NPS\r\nX1,9\r\n")
