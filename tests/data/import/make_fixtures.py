#!/usr/bin/env python3
# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the importer's test fixtures (tests/data/import/csv, large, presets).

The files are committed; run this script again only to change them. Every byte is
spelled out here, so encodings, BOMs and line ends are exactly what the tests expect.
The preset files follow each tool's documented export layout; all people, ids and
answers in them are invented.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def q(field):
    """Quotes a CSV field the way Excel and the survey tools do: only when needed."""
    if any(c in field for c in ',"\r\n;\t') or field != field.strip():
        return '"' + field.replace('"', '""') + '"'
    return field


def rows(records, sep=",", eol="\r\n"):
    return "".join(sep.join(q(f) for f in r) + eol for r in records)


# --- CsvReader cases -------------------------------------------------------------------
csv = {}
csv["utf8-lf.csv"] = "id,name,comment\n1,Müller,Größe passt\n2,\"Smith, J.\",ok\n".encode()
csv["utf8-bom-crlf.csv"] = b"\xef\xbb\xbf" + "id,name\r\n1,Zoë\r\n2,Ærøskøbing\r\n".encode()
unicode_text = "id\tname\tcomment\r\n1\tMüller\t\"Hallo, Welt\"\r\n2\t李雷\t😀 gut\r\n"
csv["utf16le-tab.txt"] = b"\xff\xfe" + unicode_text.encode("utf-16-le")
csv["utf16be-tab.txt"] = b"\xfe\xff" + unicode_text.encode("utf-16-be")
csv["windows1252.csv"] = "Kunde,Kommentar,Preis\nMüller,Schöne Grüße,€ 12\nStraße,„Zitat“ – gut,5\n".encode("cp1252")
csv["german-excel.csv"] = "Name;Bewertung;Betrag\r\nMüller;4,5;1.234,56 €\r\nJürgen;3,0;99,90 €\r\n".encode("cp1252")
csv["sep-line.csv"] = "sep=;\nid;wert\n1;2,5\n2;3,75\n".encode()
csv["cr-only.csv"] = b"a,b\r1,2\r3,4\r"
csv["mixed-line-ends.csv"] = b"a,b\r\n1,2\n3,4\r5,6"
csv["quoted-multiline.csv"] = (
    'id,comment,note\r\n'
    '1,"first line\r\nsecond line",x\r\n'
    '2,"He said ""hi"", then left","a\nb\rc"\r\n'
    '3,"""quoted"" start",""\r\n').encode()
csv["ragged.csv"] = b"a,b,c\n1,2\n3,4,5,6\n7\n"
csv["empty-lines.csv"] = b"a,b\n\n1,2\n\n\n3,4\n\n"
csv["stray-quote.csv"] = b'item,size\n"TV",55" display\nx,"a"b\n'
csv["emoji.csv"] = "name,comment\nAnna,\"Super 👍🏽\"\nBen,🚚📦 schnell\nCem,👩‍👩‍👧 family\n".encode()
csv["invalid-utf8.csv"] = "id,text\n1,Größe ärgerlich\n".encode() + b"2,bad \xff byte\n3,cut \xc3\n4,fine ok\n"
csv["unterminated-quote.csv"] = b'id,text\n1,ok\n2,"never closed\nmore\n'
csv["empty.csv"] = b""
csv["header-only.csv"] = b"ResponseId,NPS,Comment\r\n"
LONG = ("Lorem ipsum, dolor \"sit\" amet.\n" * 8000)[:200000]
csv["long-field.csv"] = ("id,text,after\n1," + q(LONG) + ",end\n2,short,x\n").encode()
for name, data in csv.items():
    write("csv/" + name, data)

# --- a file over 1 MiB: CsvReader reads 1 MiB chunks -------------------------------------
# A quoted field runs across byte 1048576, and the 3-byte "€" (E2 82 AC) starts one byte
# before it, so the chunk boundary cuts both the field and the character.
MIB = 1 << 20
head = b"id,text\n"
filler = b"".join(b"%d,row %d\n" % (i, i) for i in range(1, 200000))
cut = filler.rfind(b"\n", 0, MIB - 5000) + 1
body = head + filler[:cut]
quoted_start = body + b'999999,"price '
pad = MIB - 1 - len(quoted_start)
field = quoted_start + b"x" * pad + "€ across the boundary\nand a second line".encode() + b'"\n'
write("large/chunk-boundary.csv", field + b"1000000,last\n")

# --- presets: each tool's export layout ----------------------------------------------------
NPS_EN = "How likely is it that you would recommend Waymark Garden to a friend or colleague?"

# SurveyMonkey: question row, sub-answer row, then data; CRLF; dates MM/DD/YYYY h:mm:ss AM/PM.
sm = [
    ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
     "Last Name", "Custom Data 1", NPS_EN, "Overall, how satisfied or dissatisfied are you with your order?",
     "What is the main reason for your score?", "Which of these did you use?", "", ""],
    ["", "", "", "", "", "", "", "", "", "Response", "Response", "Open-Ended Response", "Mobile app", "Website",
     "Other (please specify)"],
    ["118230574211", "431187552", "03/01/2026 9:02:11 AM", "03/01/2026 9:05:48 AM", "192.0.2.14",
     "anna.berg@example.com", "", "", "", "10", "Very satisfied", "Fast delivery, the raised bed was easy to assemble.",
     "Mobile app", "", ""],
    ["118230581907", "431187552", "03/01/2026 1:15:03 PM", "03/01/2026 1:19:27 PM", "198.51.100.7",
     "", "", "", "", "3", "Dissatisfied", "The parcel arrived two weeks late and nobody answered my e-mails.",
     "", "Website", ""],
    ["118230596342", "431187553", "03/02/2026 8:41:55 PM", "03/02/2026 8:44:09 PM", "203.0.113.99",
     "", "", "", "", "8", "Somewhat satisfied", "", "", "Website", "Phone order"],
    ["118230612078", "431187553", "03/03/2026 7:00:00 AM", "03/03/2026 7:02:30 AM", "192.0.2.200",
     "", "", "", "", "0", "Very dissatisfied", "Payment was declined twice, \"try again later\" is not an answer.",
     "Mobile app", "Website", ""],
    ["118230633215", "431187552", "03/03/2026 12:30:00 PM", "03/03/2026 12:31:12 PM", "198.51.100.23",
     "", "", "", "", "9", "Neither satisfied nor dissatisfied", "Good plants.\nPackaging could use less plastic.",
     "", "", ""],
]
write("presets/surveymonkey.csv", b"\xef\xbb\xbf" + rows(sm).encode())

# Qualtrics (Insights export): names, question texts, ImportIds; an NPS question with its
# derived _NPS_GROUP column, a CES agreement item, and the seen-but-unanswered code -99.
qh = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
      "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",
      "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage", "Q5", "Q5_NPS_GROUP", "Q6",
      "Q7_1", "Touchpoint"]
qq = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
      "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email",
      "External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
      NPS_EN, NPS_EN + " - Group", "What is the most important reason for your score?",
      "Please rate your agreement: - Waymark Garden made it easy for me to complete my order.", "Touchpoint"]
qi = ['{"ImportId":"%s"}' % i for i in
      ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished", "recordedDate", "_recordId",
       "recipientLastName", "recipientFirstName", "recipientEmail", "externalDataReference", "locationLatitude",
       "locationLongitude", "distributionChannel", "userLanguage", "QID5", "QID5_NPS_GROUP", "QID6_TEXT", "QID7_1",
       "Touchpoint"]]


def qrow(n, rid, nps, group, why, ces, tp, channel="email"):
    t = "2026-03-%02d 10:%02d:00" % (n, n)
    return [t, t.replace(":00", ":45"), "IP Address", "192.0.2.%d" % n, "100", "45", "True", t.replace(":00", ":45"),
            rid, "", "", "", "", "", "", channel, "EN", nps, group, why, ces, tp]


qd = [
    qrow(1, "R_1dXq8Zk2pLmN4aB", "10 - Extremely likely", "Promoter", "Great selection of raised beds.", "7 - Strongly agree", "Checkout"),
    qrow(2, "R_2eYr9Al3qMnO5bC", "9", "Promoter", "", "6 - Agree", " checkout "),
    qrow(3, "R_3fZs0Bm4rNoP6cD", "0 - Not at all likely", "Detractor", "My order never arrived.", "1 - Strongly disagree", "Delivery tracking"),
    qrow(4, "R_4gAt1Cn5sOpQ7dE", "-99", "", "", "8", "Warenkorb", "anonymous"),
    qrow(5, "R_5hBu2Do6tPqR8eF", "7", "Passive", "Okay, but shipping costs were a surprise.", "5 - Somewhat agree", "Teleporter"),
]
write("presets/qualtrics-nps.csv", b"\xef\xbb\xbf" + rows([qh, qq, qi] + qd).encode())

# Typeform: "#" (the response token), the question texts, dates, "Token".
tf = [["#", "How likely are you to recommend Waymark Garden to a friend or colleague?",
       "How satisfied are you with the delivery?", "What could we do better?", "Start Date (UTC)", "Submitted At",
       "Network ID", "Token"]]
tokens = ["6f1c2a9e0b3d4c5e8f7a6b5c4d3e2f1a", "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d", "c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8",
          "f8e7d6c5b4a39281706f5e4d3c2b1a09"]
tfd = [("10", "5", "Nothing really, the online shop works well on my phone.", "2026-03-01 10:12:40", "2026-03-01 10:15:30"),
       ("6", "3", "Show the delivery date before I pay, please.", "2026-03-01 18:02:11", "2026-03-01 18:04:59"),
       ("8", "4", "", "2026-03-02 07:30:00", "2026-03-02 07:31:15"),
       ("2", "1", "The courier left the parcel in the rain; the soil bag was soaked.", "2026-03-03 21:45:02", "2026-03-03 21:49:33")]
for token, (nps, csat, text, start, submitted) in zip(tokens, tfd):
    tf.append([token, nps, csat, text, start, submitted, "a1b2c3d4e5", token])
write("presets/typeform.csv", rows(tf, eol="\n").encode())

# Google Forms, English form, US timestamps.
gf = [["Timestamp", "Email Address", "How likely are you to recommend us to a friend or colleague?",
       "How satisfied were you with your order?", "It was easy to find what I was looking for.",
       "Anything else you would like to tell us?"],
      ["3/1/2026 10:15:30", "li.wei@example.com", "9", "5", "4", "The plant finder is brilliant."],
      ["3/1/2026 14:02:09", "tom.h@example.com", "7", "4", "5", ""],
      ["3/2/2026 9:45:51", "sara.k@example.com", "4", "2", "2", "Could not filter by pot size, so I gave up twice."],
      ["3/12/2026 23:59:59", "m.ortiz@example.com", "10", "5", "5", "Everything arrived in one box."]]
write("presets/googleforms-en.csv", rows(gf, eol="\n").encode())

# Google Forms, German form (questions in German), timestamps with a GMT offset.
gd = [["Timestamp", "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
       "Wie zufrieden waren Sie mit der Lieferung?", "Es war einfach, meine Bestellung aufzugeben.",
       "Was können wir verbessern?"],
      ["2026/03/01 10:15:30 AM GMT+1", "9", "5", "7", "Nichts, alles bestens."],
      ["2026/03/01 4:20:00 PM GMT+1", "6", "3", "4", "Die Versandkosten erst an der Kasse zu sehen, ärgert mich."],
      ["2026/03/02 8:05:12 AM GMT+1", "10", "5", "6", ""],
      ["2026/03/29 2:30:00 AM GMT+2", "3", "1", "2", "Lieferung kam beschädigt an – Erde überall im Karton."]]
write("presets/googleforms-de.csv", rows(gd, eol="\n").encode())

# Zendesk satisfaction ratings: good/bad/offered, with the newer "Good, I'm satisfied" labels.
zd = [["Ticket ID", "Subject", "Requester", "Assignee", "Group", "Satisfaction Rating", "Comment", "Reason",
       "Created at", "Updated at"],
      ["48213", "Where is my raised bed?", "kim@example.com", "Julia Neumann", "Support", "Good, I'm satisfied",
       "Julia found the parcel and rebooked the delivery. Thank you!", "", "2026-03-02 14:31:07 +0100", "2026-03-03 09:00:00 +0100"],
      ["48219", "Refund for broken planter", "omar@example.com", "Ben Ott", "Returns", "Bad, I'm unsatisfied",
       "Three weeks and still no refund.", "The issue took too long to resolve", "2026-03-02 16:05:00 +0100", "2026-03-04 10:00:00 +0100"],
      ["48230", "Invoice address", "lea@example.com", "Ben Ott", "Support", "Offered", "", "", "2026-03-03 08:12:44 +0100", "2026-03-03 08:30:00 +0100"],
      ["48244", "Voucher code not working", "raj@example.com", "Julia Neumann", "Support", "good ", "quick answer",
       "", "2026-03-03 11:47:19 +0100", "2026-03-03 12:00:00 +0100"],
      ["48251", "Damaged delivery", "eva@example.com", "Ben Ott", "Returns", "bad", "", "Other",
       "2026-03-04 17:20:00 +0100", "2026-03-05 09:10:00 +0100"]]
write("presets/zendesk.csv", rows(zd).encode())

# App Store Connect ratings and reviews: no review id; two identical 5-star rows.
ap = [["Date", "Rating", "Title", "Review", "Version", "Territory", "Nickname"],
      ["2026-03-01", "5", "Love it", "Ordering seeds takes ten seconds. Great app!", "3.2.1", "DEU", "gartenfee"],
      ["2026-03-01", "1", "Crashes at checkout", "Every time I tap Pay the app closes. iPhone 13, iOS 19.", "3.2.1", "USA", "jb_77"],
      ["2026-03-02", "5", "", "", "3.2.1", "DEU", ""],
      ["2026-03-02", "5", "", "", "3.2.1", "DEU", ""],
      ["2026-03-03", "3", "Okay", "Tracking works, but the photos load slowly.", "3.2.0", "AUT", "pflanzenpaul"]]
write("presets/appstore.csv", rows(ap, eol="\n").encode())

# Google Play reviews: Play Console writes these reports as UTF-16 LE with a BOM.
gp = [["Package Name", "App Version Code", "App Version Name", "Reviewer Language", "Device",
       "Review Submit Date and Time", "Review Submit Millis Since Epoch", "Review Last Update Date and Time",
       "Review Last Update Millis Since Epoch", "Star Rating", "Review Title", "Review Text",
       "Developer Reply Date and Time", "Developer Reply Millis Since Epoch", "Developer Reply Text", "Review Link"],
      ["com.example.waymarkgarden", "3210", "3.2.1", "de", "a52q", "2026-03-01T10:15:30Z", "1772360130000",
       "2026-03-01T10:15:30Z", "1772360130000", "4", "", "Gute App, aber die Suche könnte besser sein.", "", "", "",
       "http://play.google.com/console/developers/0/app/0/user-feedback/review-details?reviewId=gp:AOqpTOE1"],
      ["com.example.waymarkgarden", "3210", "3.2.1", "en", "OnePlus9", "2026-03-02T08:00:01Z", "1772438401000",
       "2026-03-02T09:12:00Z", "1772442720000", "1", "", "Payment failed three times. Uninstalled.",
       "2026-03-02T11:00:00Z", "1772449200000", "Sorry! Please write to support@example.com so we can help.",
       "http://play.google.com/console/developers/0/app/0/user-feedback/review-details?reviewId=gp:AOqpTOE2"],
      ["com.example.waymarkgarden", "3205", "3.2.0", "de", "starqlte", "2026-03-03T19:45:00Z", "1772567100000",
       "2026-03-03T19:45:00Z", "1772567100000", "5", "", "", "", "", "", ""]]
write("presets/googleplay.csv", b"\xff\xfe" + rows(gp).encode("utf-16-le"))

# Trustpilot reviews export.
tp = [["Review Created (UTC)", "Review Id", "Review Stars", "Review Title", "Review Content", "Review Language",
       "Source Of Review", "Reference Id", "Reviewer Name", "Reviewer Country", "Company Reply Date (UTC)",
       "Reply Content"],
      ["2026-03-01 10:15:30", "65e1b2c3d4e5f6a7b8c9d0e1", "5", "Brilliant raised bed", "Solid wood, easy to build, arrived early.",
       "en", "Invitation", "ORD-100231", "Hannah", "GB", "", ""],
      ["2026-03-02 13:00:00", "65e1b2c3d4e5f6a7b8c9d0e2", "2", "Slow refund", "Returned a planter, waited 19 days for my money.",
       "en", "Organic", "ORD-100245", "Marco", "IT", "2026-03-03 09:00:00", "We are sorry, the refund is on its way."],
      ["2026-03-04 22:10:05", "65e1b2c3d4e5f6a7b8c9d0e3", "4", "Gut", "Schnelle Lieferung, Pflanzen gesund.",
       "de", "Invitation", "ORD-100260", "Jonas", "DE", "", ""]]
write("presets/trustpilot.csv", rows(tp).encode())

# Attachment by the touchpoint column: trimmed, case-insensitive, by keyword, unknown.
at = [["ResponseId", "Touchpoint", "Stage", "NPS", "Comment"],
      ["T1", "  Checkout  ", "Purchase", "9", "Smooth."],
      ["T2", "CHECKOUT", "", "4", "Too many steps."],
      ["T3", "warenkorb", "", "7", "Gutschein ging nicht."],
      ["T4", "Sendungsverfolgung", "Deliver", "10", "Wusste immer, wo das Paket ist."],
      ["T5", "Teleporter", "Deliver", "8", "Would be nice."],
      ["T6", "", "", "6", "No touchpoint given."]]
write("presets/touchpoints.csv", rows(at, eol="\n").encode())

# New stages and touchpoints for --create-touchpoints.
ct = [["ResponseId", "Stage", "Touchpoint", "CSAT", "Comment"],
      ["C1", "Onboarding", "Welcome e-mail", "4", "Friendly."],
      ["C2", "Onboarding", "Account setup", "2", "Password rules are odd."],
      ["C3", "Usage", "Dashboard", "5", "Clear."],
      ["C4", "onboarding", "welcome E-mail", "5", "Nice tone."]]
write("presets/create-touchpoints.csv", rows(ct, eol="\n").encode())
