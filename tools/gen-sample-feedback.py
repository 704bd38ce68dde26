#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates resources/samples/ecommerce-feedback.csv, the demo survey export for the
# "E-commerce purchase" template (GardenWorld / Gartenwelt web shop).
#
# Deterministic: a fixed seed and the standard library only, so the CSV only changes when
# this script changes. Run from anywhere:  python3 tools/gen-sample-feedback.py [OUT.csv]
#
# The data tells a story for the demo:
# - Checkout, Payment, Delivery tracking and the Customer service hotline score clearly
#   worse (detractors, low CSAT, high effort) than Product page or Order confirmation e-mail,
#   although the team assumed Checkout and Payment were fine.
# - Payment improves in May-June 2026 (new payment provider settings) versus Jan-Apr.
# - Like a real export it has blank scores, blank or oddly spelled touchpoints, comments
#   with commas, quotes, line breaks, umlauts and emoji, and about ten invalid values
#   (NPS 11, CSAT "n/a", date 31/02/2026, ...) to demonstrate the importer's issue list.
#
# Columns: ResponseId, RecordedDate, Channel, Segment, Language, Touchpoint, Stage,
#   NPS  "How likely are you to recommend GardenWorld to a friend or colleague?" (0-10)
#   CSAT "Overall, how satisfied were you with this step?" (1-5)
#   CES  "GardenWorld made it easy for me to handle my issue." (1-7, agreement)
#   Comment (free text, English or German)

import csv
import datetime
import os
import random
import string
import sys

SEED = 20260315
ROWS = 3000

# (title, stage, weight, base experience on roughly -2..+2)
TOUCHPOINTS = [
    ("Search ad", "Discover", 3, 0.6),
    ("Social media post", "Discover", 3, 0.8),
    ("Product page", "Consider", 12, 1.3),
    ("Reviews & ratings", "Consider", 5, 1.0),
    ("Size & delivery info", "Consider", 5, 0.3),
    ("Shopping cart", "Purchase", 6, 0.7),
    ("Checkout", "Purchase", 10, -0.6),
    ("Payment", "Purchase", 10, -0.9),  # see payment_base(): better from May
    ("Order confirmation e-mail", "Deliver", 8, 1.4),
    ("Delivery tracking", "Deliver", 10, -0.8),
    ("Parcel delivery", "Deliver", 9, 0.5),
    ("Product setup", "Use", 5, 0.8),
    ("Customer service hotline", "Support", 8, -1.0),
    ("Returns & refunds", "Support", 6, -0.2),
]

# (segment, weight, share of German answers, web share among web/app, experience shift)
SEGMENTS = [
    ("Weekend gardener", 50, 0.25, 0.55, 0.0),
    ("Professional gardener", 20, 0.85, 0.85, -0.2),
    ("Balcony beginner", 30, 0.30, 0.30, 0.1),
]

MONTH_WEIGHTS = [(1, 8), (2, 10), (3, 20), (4, 25), (5, 22), (6, 15)]
DAYS_IN_MONTH = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30}

# Touchpoint-specific clauses, written as they appear inside a sentence.
# Keys: touchpoint -> {"en+": [...], "en-": [...], "de+": [...], "de-": [...]}
PHRASES = {
    "Search ad": {
        "en+": ["the ad showed exactly the raised bed I was looking for",
                "the price in the ad matched the shop",
                "I found you through Google and the offer was good"],
        "en-": ["the price in the ad was not the price in the shop",
                "the ad led to a product that was sold out",
                "the advert promised free delivery, which it wasn't"],
        "de+": ["die Anzeige hat genau gepasst",
                "über Google schnell gefunden, guter Preis"],
        "de-": ["der Preis in der Anzeige stimmte nicht",
                "die Werbung führte zu einem ausverkauften Artikel"],
    },
    "Social media post": {
        "en+": ["the balcony ideas on Instagram were lovely",
                "the post inspired my whole balcony makeover",
                "the video took me straight to the product"],
        "en-": ["the link in the post went to the home page, not the product",
                "there are way too many of your ads in my feed",
                "the product from the post was not in the shop"],
        "de+": ["die Ideen auf Instagram sind wunderschön",
                "der Beitrag hat mich richtig inspiriert"],
        "de-": ["der Link im Beitrag funktionierte nicht",
                "auf Facebook kommt viel zu viel Werbung"],
    },
    "Product page": {
        "en+": ["the product page had all the details I needed",
                "the photos were great and the description clear",
                "the technical data was complete and accurate",
                "it was easy to see what is in stock"],
        "en-": ["the photos made the pot look much bigger",
                "the description was not helpful",
                "it said in stock, then it was sold out"],
        "de+": ["die Produktseite war super übersichtlich",
                "die Fotos und die Beschreibung waren toll",
                "alle technischen Daten waren vorhanden"],
        "de-": ["die Beschreibung war nicht hilfreich",
                "auf den Fotos sah der Topf viel größer aus"],
    },
    "Reviews & ratings": {
        "en+": ["the reviews were honest and really helped me decide",
                "the customer photos in the reviews were great"],
        "en-": ["the reviews seemed fake",
                "there were only 5-star reviews, I don't trust that",
                "reviews for a different size were mixed in"],
        "de+": ["die Bewertungen waren ehrlich und hilfreich",
                "die Kundenfotos in den Bewertungen sind super"],
        "de-": ["die Bewertungen wirken gekauft",
                "es gab keine Bewertungen zur Größe"],
    },
    "Size & delivery info": {
        "en+": ["dimensions and delivery time were clear",
                "the shipping costs were shown up front"],
        "en-": ["I couldn't tell if 120 cm was the inside or the outside size",
                "the shipping costs for soil were hidden until the end",
                "there was no delivery date for bulky items"],
        "de+": ["Maße und Lieferzeit waren klar angegeben",
                "die Versandkosten standen gleich dabei"],
        "de-": ["die Versandkosten für Erde waren viel zu hoch und erst am Ende sichtbar",
                "es war unklar, ob die Maße innen oder außen gemeint sind"],
    },
    "Shopping cart": {
        "en+": ["the cart was simple and the voucher worked",
                "the cart showed the delivery date"],
        "en-": ["the voucher code was not accepted",
                "the cart emptied itself when I switched to the app",
                "the shipping costs jumped in the cart"],
        "de+": ["der Warenkorb war übersichtlich",
                "der Gutschein hat sofort funktioniert"],
        "de-": ["der Gutscheincode wurde nicht akzeptiert",
                "der Warenkorb war plötzlich leer"],
    },
    "Checkout": {
        "en+": ["checkout was quick",
                "guest checkout worked fine"],
        "en-": ["checkout kept asking me to create an account",
                "the checkout is far too long on the phone",
                "the address form rejected my postcode",
                "checkout crashed twice on mobile",
                "I got \"Something went wrong\" at the last step of checkout",
                "I had to enter my address three times"],
        "de+": ["die Bestellung ging schnell",
                "die Gastbestellung hat problemlos geklappt"],
        "de-": ["der Bestellvorgang ist viel zu lang",
                "ich musste ein Konto anlegen, obwohl ich das nicht wollte",
                "die Kasse ist auf dem Handy abgestürzt",
                "meine Adresse wurde nicht akzeptiert"],
    },
    "Payment": {
        "en+": ["paying with PayPal was instant",
                "Apple Pay worked in seconds",
                "paying by card was smooth this time"],
        "en-": ["my card was declined with no explanation",
                "the payment failed and I was still charged twice",
                "PayPal kept timing out",
                "the \"Pay now\" button did nothing",
                "the 3-D Secure page never loaded"],
        "de+": ["die Zahlung per PayPal ging sofort",
                "der Kauf auf Rechnung hat problemlos geklappt"],
        "de-": ["die Kartenzahlung wurde ohne Grund abgelehnt",
                "die Zahlung ist fehlgeschlagen und trotzdem wurde abgebucht",
                "PayPal hat ständig abgebrochen",
                "der Button „Jetzt bezahlen“ hat nicht reagiert"],
    },
    "Order confirmation e-mail": {
        "en+": ["the confirmation e-mail came straight away",
                "the order confirmation was clear and had the invoice attached",
                "the confirmation e-mail had everything I needed"],
        "en-": ["the confirmation e-mail went to spam",
                "the confirmation showed the wrong delivery date"],
        "de+": ["die Bestellbestätigung kam sofort",
                "die Bestätigung mit Rechnung als PDF war sehr gut"],
        "de-": ["die Bestätigung landete im Spam",
                "in der Bestätigung stand ein falsches Lieferdatum"],
    },
    "Delivery tracking": {
        "en+": ["tracking was accurate to the hour",
                "the text message on delivery day was really useful"],
        "en-": ["tracking said \"in transit\" for five days",
                "the tracking link didn't work",
                "there was no update at all for the bulky items",
                "tracking showed delivered but nothing arrived"],
        "de+": ["die Sendungsverfolgung war genau",
                "die SMS am Liefertag war praktisch"],
        "de-": ["die Sendungsverfolgung zeigte tagelang keinen neuen Status",
                "der Tracking-Link funktionierte nicht",
                "es gab keine Info, wann die Spedition kommt"],
    },
    "Parcel delivery": {
        "en+": ["the driver was friendly and carried everything to the garden",
                "it was delivered a day early",
                "everything arrived well packed"],
        "en-": ["the parcel was left out in the rain",
                "the box was damaged and two pots were broken",
                "the raised bed was dumped at the kerb",
                "the driver didn't even ring the bell"],
        "de+": ["der Fahrer war sehr freundlich",
                "alles kam gut verpackt und pünktlich",
                "die Lieferung kam einen Tag früher als angekündigt"],
        "de-": ["das Paket wurde einfach vor die Tür gestellt",
                "der Karton war beschädigt",
                "der Fahrer war nicht freundlich"],
    },
    "Product setup": {
        "en+": ["assembly took 20 minutes and the instructions were clear",
                "the QR code video made setup easy",
                "the quality of the product is great"],
        "en-": ["the instructions were not helpful at all",
                "two screws were missing",
                "assembly took three hours"],
        "de+": ["der Aufbau war einfach",
                "die Qualität ist super und die Anleitung verständlich"],
        "de-": ["die Anleitung war unverständlich",
                "es fehlten Schrauben",
                "der Aufbau hat ewig gedauert"],
    },
    "Customer service hotline": {
        "en+": ["the agent on the hotline solved it in five minutes",
                "the person on the phone was very friendly and helpful",
                "they called me back as promised"],
        "en-": ["I was on hold for 40 minutes",
                "the hotline was not helpful",
                "nobody called me back",
                "I was transferred three times",
                "the agent just read from a script"],
        "de+": ["die Mitarbeiterin an der Hotline war sehr freundlich",
                "mein Problem wurde sofort gelöst"],
        "de-": ["ich hing 30 Minuten in der Warteschleife",
                "die Hotline war nicht hilfreich",
                "der Mitarbeiter war nicht freundlich",
                "niemand hat zurückgerufen"],
    },
    "Returns & refunds": {
        "en+": ["the return was easy and the refund came fast",
                "returns were free, no questions asked"],
        "en-": ["the refund took three weeks",
                "I had to print the return label myself",
                "I am still waiting for my money back"],
        "de+": ["die Retoure war unkompliziert",
                "das Geld war schnell zurück"],
        "de-": ["die Rückerstattung hat drei Wochen gedauert",
                "ich warte immer noch auf mein Geld",
                "das Retourenetikett musste ich selbst ausdrucken"],
    },
}

GENERIC = {
    "en+": ["the plants arrived healthy", "the selection is great", "the prices are fair",
            "the quality is better than at the DIY store"],
    "en-": ["prices have gone up a lot", "the plants arrived half dead",
            "the whole thing took far too long"],
    "de+": ["die Pflanzen kamen gesund an", "die Auswahl ist riesig", "die Preise sind fair"],
    "de-": ["die Preise sind stark gestiegen", "die Pflanzen kamen halb vertrocknet an",
            "das Ganze hat viel zu lange gedauert"],
}

TEMPLATES = {
    "en": {
        "pos": ["{P}.", "{P}!", "{P}. Thank you!", "{P}, will definitely order again.",
                "Very happy. {P}.", "{P}. Keep it up.",
                "All good: {p}.", "{P}, and {p2}.", "{P}.\n{P2}.", "Excellent!! {P}."],
        "neg": ["{N}.", "{N}!", "{N}. Very disappointed.", "{N}. NOT acceptable.",
                "{N}, and nobody could explain why.", "Honestly? {N}.",
                "{N}. I will think twice before ordering again.", "Terrible. {N}!!",
                "{N}.\n{N2}.", "{N}. This is the second time this happened.",
                "Why is it so hard? {N}.", "{N}, and {n2}. NEVER again."],
        "mix": ["Great product but {n}.", "{P}, but {n}.", "{N}, but {p}.",
                "Love the plants, but {n}.", "Quality is fine, however {n}.",
                "{P}. On the other hand, {n}.", "{P}.\nBut: {n}!"],
        "neu": ["It was ok.", "Fine.", "Nothing special.", "No complaints.",
                "Average experience.", "Could be faster.", "OK, {p}.", "Mostly fine, {n} though.",
                "Not bad, not great."],
    },
    "de": {
        "pos": ["{P}.", "{P}!", "{P}. Vielen Dank!", "{P}, gerne wieder.",
                "Sehr zufrieden. {P}.", "Top! {P}.", "{P} und {p2}.", "{P}.\n{P2}.",
                "Alles bestens: {p}."],
        "neg": ["{N}.", "{N}!", "{N}. Sehr enttäuschend.", "{N}. So geht das NICHT.",
                "{N}, und keiner konnte mir sagen warum.", "Ärgerlich: {n}.",
                "{N}. Ich überlege mir, ob ich hier noch bestelle.", "{N}.\n{N2}.",
                "Unmöglich!!! {N}.", "{N}, und {n2}. Nie wieder."],
        "mix": ["Gutes Produkt, aber {n}.", "{P}, aber {n}.", "{N}, aber {p}.",
                "Schöne Pflanzen, aber {n}.", "Qualität passt, nur {n}.",
                "{P}.\nAber: {n}!"],
        "neu": ["Ganz okay.", "Passt schon.", "Nichts Besonderes.", "Alles in Ordnung.",
                "Könnte schneller sein.", "Ok, {p}.", "Geht so."],
    },
}


# What was bought, to open some comments ("Ordered a raised bed. ...").
PRODUCTS = {
    "en": ["a raised bed", "six bags of compost", "a cordless lawnmower", "herb seeds",
           "two terracotta pots", "a hose reel", "a balcony planter set", "a garden bench"],
    "de": ["ein Hochbeet aus Lärche", "Blumenerde (6 Sack)", "einen Akku-Rasenmäher",
           "Kräutersamen", "zwei Terrakottatöpfe", "einen Schlauchwagen", "Balkonkästen",
           "eine Gartenbank"],
}
AFTER_ORDER = {"Purchase", "Deliver", "Use", "Support"}
EMOJI = {"pos": ["👍", "😀"], "neg": ["😡"], "mix": ["😡"], "neu": ["👍"]}


def cap(s):
    return s[:1].upper() + s[1:]


def pick_weighted(rng, items, weight):
    total = sum(weight(i) for i in items)
    r = rng.uniform(0, total)
    for i in items:
        r -= weight(i)
        if r <= 0:
            return i
    return items[-1]


def payment_base(month):
    # A new 3-D Secure flow and clearer error messages went live at the end of April.
    return {5: 0.2, 6: 0.5}.get(month, -0.9)


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def make_comment(rng, lang, touchpoint, stage, x):
    phrases = PHRASES.get(touchpoint, GENERIC)
    if touchpoint and rng.random() < 0.08:
        phrases = GENERIC

    def two(key):
        a = rng.choice(phrases[key])
        rest = [p for p in phrases[key] if p != a] or GENERIC[key]
        return a, rng.choice(rest)

    if x > 0.5:
        kind = pick_weighted(rng, ["pos", "mix", "neu"], {"pos": 80, "mix": 14, "neu": 6}.get)
    elif x < -0.5:
        kind = pick_weighted(rng, ["neg", "mix", "neu"], {"neg": 82, "mix": 14, "neu": 4}.get)
    else:
        kind = pick_weighted(rng, ["neu", "mix", "pos", "neg"],
                             {"neu": 35, "mix": 35, "pos": 15, "neg": 15}.get)
    p, p2 = two(lang + "+")
    n, n2 = two(lang + "-")
    template = rng.choice(TEMPLATES[lang][kind])
    text = template.format(P=cap(p), p=p, P2=cap(p2), p2=p2, N=cap(n), n=n, N2=cap(n2), n2=n2)
    if stage in AFTER_ORDER and rng.random() < 0.12:
        product = rng.choice(PRODUCTS[lang])
        text = (f"Ordered {product}. " if lang == "en" else f"Bestellt: {product}. ") + text
    if rng.random() < 0.03:
        text += " " + rng.choice(EMOJI[kind])
    return text


def odd_spelling(rng, title):
    variant = rng.randrange(5)
    if variant == 0:
        return " " + title.lower()
    if variant == 1:
        return title.upper()
    if variant == 2:
        return title.title() + " "
    if variant == 3:
        return title.replace(" ", "  ", 1) if " " in title else title + "  "
    return title.lower()


def channel_for(rng, touchpoint, web_share):
    if touchpoint == "Customer service hotline":
        return "phone" if rng.random() < 0.9 else "email"
    if touchpoint == "Order confirmation e-mail":
        return "email"
    r = rng.random()
    if touchpoint == "Returns & refunds" and r < 0.2:
        return "store"
    if touchpoint in ("Delivery tracking", "Parcel delivery") and r < 0.15:
        return "email"
    if r > 0.97:
        return "store"
    return "web" if rng.random() < web_share else "mobile-app"


def response_id(rng, seen):
    alphabet = string.ascii_letters + string.digits
    while True:
        rid = "R_" + "".join(rng.choice(alphabet) for _ in range(15))
        if rid not in seen:
            seen.add(rid)
            return rid


def random_datetime(rng):
    month = pick_weighted(rng, MONTH_WEIGHTS, lambda m: m[1])[0]
    day = rng.randint(1, DAYS_IN_MONTH[month])
    hour = pick_weighted(rng, list(range(24)),
                         lambda h: 1 if h < 7 else (6 if 18 <= h <= 22 else 4))
    return datetime.datetime(2026, month, day, hour, rng.randrange(60), rng.randrange(60))


def fmt(v):
    return "" if v is None else str(v)


def generate(rng):
    seen = set()
    rows = []
    for _ in range(ROWS):
        when = random_datetime(rng)
        seg, _, de_share, web_share, shift = pick_weighted(rng, SEGMENTS, lambda s: s[1])
        lang = "de" if rng.random() < de_share else "en"
        title, stage, _, base = pick_weighted(rng, TOUCHPOINTS, lambda t: t[2])
        if title == "Payment":
            base = payment_base(when.month)
        x = base + shift + rng.gauss(0, 1.0)

        nps = round(clamp(7.0 + 1.9 * x + rng.gauss(0, 1.2), 0, 10))
        csat = round(clamp(3.3 + 0.9 * x + rng.gauss(0, 0.6), 1, 5))
        ces = round(clamp(4.6 + 1.1 * x + rng.gauss(0, 0.9), 1, 7))
        if rng.random() < 0.10:
            nps = None
        if rng.random() < 0.10:
            csat = None
        if rng.random() < 0.20:
            ces = None

        r = rng.random()
        if r < 0.055:
            shown_title, comment_tp = "", None
        elif r < 0.075:
            shown_title, comment_tp = odd_spelling(rng, title), title
        else:
            shown_title, comment_tp = title, title
        comment = make_comment(rng, lang, comment_tp, stage, x) if rng.random() < 0.70 else ""

        rows.append({
            "when": when,
            "ResponseId": response_id(rng, seen),
            "RecordedDate": when.strftime("%Y-%m-%d %H:%M:%S"),
            "Channel": channel_for(rng, title, web_share),
            "Segment": seg,
            "Language": lang,
            "Touchpoint": shown_title,
            "Stage": stage,
            "NPS": fmt(nps),
            "CSAT": fmt(csat),
            "CES": fmt(ces),
            "Comment": comment,
        })
    rows.sort(key=lambda row: (row["when"], row["ResponseId"]))

    # A handful of values a real export contains and the importer must report.
    bad = [("NPS", "11"), ("NPS", "11"), ("NPS", "ten"), ("CSAT", "n/a"), ("CSAT", "n/a"),
           ("CSAT", "6"), ("CES", "0"), ("CES", "8"), ("RecordedDate", "31/02/2026"),
           ("RecordedDate", "2026-02-30 14:05:00")]
    for (column, value), index in zip(bad, rng.sample(range(len(rows)), len(bad))):
        rows[index][column] = value
    return rows


COLUMNS = ["ResponseId", "RecordedDate", "Channel", "Segment", "Language", "Touchpoint",
           "Stage", "NPS", "CSAT", "CES", "Comment"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, os.pardir, "resources", "samples", "ecommerce-feedback.csv")
    rows = generate(random.Random(SEED))
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row[c] for c in COLUMNS])
    print(f"wrote {len(rows)} rows to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
