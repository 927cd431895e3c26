#!/usr/bin/env python3
"""Writes the SEND Local Offer content model and seed content as uSync v17 files under uSync/v17/.

Run from the repository root:  python3 build/seed-files/make_usync.py
The output is deterministic. Keys are UUIDv5 values of fixed id strings (see key()): never change an id string
once committed, or the item gets a new key. The bytes follow what uSync 17 writes: UTF-8 with BOM, 2-space indent,
LF newlines, no trailing newline, CDATA for configs, descriptions and values, JSON indented by 2 with
System.Text.Json's default escaping (<, >, &, ', ", +, ` and non-ASCII as \\uXXXX).
The script deletes and rewrites uSync/v17/{DataTypes,ContentTypes,MediaTypes,Content,Media} and usync.config.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.normpath(os.path.join(ROOT, "uSync", "v17"))
FILES = os.path.normpath(os.path.join(ROOT, "uSync", "Files"))

# A fixed namespace, generated once with uuid4. All keys below are uuid5(NAMESPACE, id).
NAMESPACE = uuid.UUID("0641fb8f-af9e-4549-b28f-72a7734b5de5")
ZERO = "00000000-0000-0000-0000-000000000000"


def key(id_: str) -> str:
    return str(uuid.uuid5(NAMESPACE, id_))


def hex32(k: str) -> str:
    return k.replace("-", "")


# ---------------------------------------------------------------------------------------------------------------
# JSON as System.Text.Json writes it (JsonSerializerOptions { WriteIndented = true }, default JavaScriptEncoder).
# ---------------------------------------------------------------------------------------------------------------
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\\": "\\\\"}
_HTML = set("<>&'\"+`")


def _esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif ch in _HTML or o < 0x20 or o >= 0x7F:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def js(v, indent: int = 0) -> str:
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return _esc(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + js(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(pad + "  " + _esc(k) + ": " + js(x, indent + 1) for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(type(v))


def config_json(cfg: dict) -> str:
    return js({k: cfg[k] for k in sorted(cfg)})


# ---------------------------------------------------------------------------------------------------------------
# XML as XElement.Save writes it.
# ---------------------------------------------------------------------------------------------------------------
def xt(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xa(s: str) -> str:
    return xt(s).replace('"', "&quot;")


def cdata(s: str) -> str:
    assert "]]>" not in s
    return "<![CDATA[" + s + "]]>"


class X:
    """A tiny element tree: X(name, attrs, children) or X(name, attrs, text=..., raw=...)."""

    def __init__(self, name, attrs=None, children=None, text=None, raw=None):
        self.name, self.attrs, self.children, self.text, self.raw = name, attrs or {}, children, text, raw

    def render(self, indent=0) -> str:
        pad = "  " * indent
        attrs = "".join(f' {k}="{xa(v)}"' for k, v in self.attrs.items())
        if self.raw is not None:
            return f"{pad}<{self.name}{attrs}>{self.raw}</{self.name}>"
        if self.text is not None:
            return f"{pad}<{self.name}{attrs}>{xt(self.text)}</{self.name}>"
        if not self.children:
            return f"{pad}<{self.name}{attrs} />"
        inner = "\n".join(c.render(indent + 1) for c in self.children)
        return f"{pad}<{self.name}{attrs}>\n{inner}\n{pad}</{self.name}>"


def T(name, text, **attrs):
    return X(name, attrs, text=text)


written: dict[str, str] = {}


def write(folder: str, filename: str, root: X):
    body = '<?xml version="1.0" encoding="utf-8"?>\n' + root.render()
    path = os.path.join(OUT, folder, filename) if folder else os.path.join(OUT, filename)
    assert path not in written, f"file name clash: {path}"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + body.encode("utf-8"))
    written[path] = body


# ---------------------------------------------------------------------------------------------------------------
# Safe names (Umbraco DefaultShortStringHelper, simplified to the characters used here).
# ---------------------------------------------------------------------------------------------------------------
def file_name(name: str) -> str:
    s = re.sub(r"[\"'%.;/\\:#&?<>]", "", name.lower())
    return "-".join(t for t in re.split(r"[^a-z0-9_]+", s) if t)


def safe_alias(name: str) -> str:
    terms = [t for t in re.split(r"[^A-Za-z0-9]+", name.replace("'", "")) if t]
    s = terms[0] + "".join(t[0].upper() + t[1:] for t in terms[1:])
    return s.lstrip("0123456789")


# ---------------------------------------------------------------------------------------------------------------
# Data types
# ---------------------------------------------------------------------------------------------------------------
MEDIA_TYPES = {}  # alias -> key, filled below
DT = {}  # name -> (key, editor alias)
DATATYPES = []

EMAIL_REGEX = r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
EMAIL_MESSAGE = "Enter an email address in the correct format, like localoffer@worcestershire.gov.uk"

ELEMENT_KEYS = {a: key(f"contenttype:{a}") for a in ("capitalFundAllocation", "roadshowSession", "faqItem")}
MEDIA_TYPE_KEYS = {
    "Folder": "f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d",  # Umbraco's built-in Folder key
    "File": "4c52d8ab-54e6-40cd-999c-7a5f24903e4d",  # Umbraco's built-in File key
    "Image": "cc07b313-0843-4aa8-bbda-871c8da728c8",  # Umbraco's built-in Image key
    "pdfDocument": key("mediatype:pdfDocument"),
    "wordDocument": key("mediatype:wordDocument"),
    "spreadsheet": key("mediatype:spreadsheet"),
    "presentation": key("mediatype:presentation"),
}
DOWNLOAD_FILTER = ",".join(MEDIA_TYPE_KEYS[a] for a in ("pdfDocument", "wordDocument", "spreadsheet", "presentation", "File"))


def datatype(name, editor, ui, config):
    k = key(f"datatype:{name}")
    DT[name] = (k, editor)
    DATATYPES.append((name, k, editor, ui, config))


def media_picker(multiple, max_items):
    return {
        "crops": None,
        "enableLocalFocalPoint": False,
        "filter": DOWNLOAD_FILTER,
        "ignoreUserStartNodes": False,
        "multiple": multiple,
        "startNodeId": None,
        "validationLimit": {"max": max_items, "min": None},
    }


def url_picker(max_number):
    return {"hideAnchor": False, "ignoreUserStartNodes": False, "maxNumber": max_number, "minNumber": 0, "overlaySize": "medium"}


def block_list(element, label, minimum):
    return {
        "blocks": [{"contentElementTypeKey": ELEMENT_KEYS[element], "editorSize": "medium", "label": label}],
        "validationLimit": {"max": None, "min": minimum},
    }


datatype("Short text", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", {"maxChars": 250})
datatype("Email address", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", {"maxChars": 254})
datatype("File extension", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", {"maxChars": 10})
datatype("Long text", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea", {"maxChars": 2000, "rows": 6})
datatype("Summary", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea", {"maxChars": 300, "rows": 3})
datatype("Rich text", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap", {
    # Since Umbraco 16.3 every toolbar button needs its extension here (its manifest's forExtensions), else the
    # button is disabled and its markup (<h2>, <ul>, <ol>...) is dropped the next time a value is saved.
    "extensions": [
        "Umb.Tiptap.RichTextEssentials",
        "Umb.Tiptap.Blockquote",
        "Umb.Tiptap.Bold",
        "Umb.Tiptap.BulletList",
        "Umb.Tiptap.Heading",
        "Umb.Tiptap.HorizontalRule",
        "Umb.Tiptap.Italic",
        "Umb.Tiptap.Link",
        "Umb.Tiptap.OrderedList",
        "Umb.Tiptap.Subscript",
        "Umb.Tiptap.Superscript",
        "Umb.Tiptap.Table",
        "Umb.Tiptap.Underline",
    ],
    "maxImageSize": 500,
    "overlaySize": "medium",
    "toolbar": [[
        ["Umb.Tiptap.Toolbar.SourceEditor"],
        ["Umb.Tiptap.Toolbar.Heading2", "Umb.Tiptap.Toolbar.Heading3"],
        ["Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic"],
        ["Umb.Tiptap.Toolbar.BulletList", "Umb.Tiptap.Toolbar.OrderedList"],
        ["Umb.Tiptap.Toolbar.Blockquote", "Umb.Tiptap.Toolbar.HorizontalRule"],
        ["Umb.Tiptap.Toolbar.Link", "Umb.Tiptap.Toolbar.Unlink"],
        ["Umb.Tiptap.Toolbar.Table"],
    ]],
})
datatype("Date", "Umbraco.DateOnly", "Umb.PropertyEditorUi.DateOnlyPicker", {})
datatype("Date and time (UK)", "Umbraco.DateTimeWithTimeZone", "Umb.PropertyEditorUi.DateTimeWithTimeZonePicker",
         {"timeFormat": "HH:mm", "timeZones": {"mode": "custom", "timeZones": ["Europe/London"]}})
datatype("Topic tags", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", {"group": "topics", "storageType": ["Json"]})
datatype("Audience", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", {"group": "audience", "storageType": ["Json"]})
datatype("Downloads", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", media_picker(True, 20))
datatype("Single download", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", media_picker(False, 1))
# A news picture: one Image, with a card crop for lists (16:9, twice a 400 px card) and a hero crop for the top of the
# article (8:3, full width on desktop), and a focal point per article.
datatype("News image", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", {
    "crops": [{"label": "Card", "alias": "card", "width": 800, "height": 450},
              {"label": "Hero", "alias": "hero", "width": 1600, "height": 600}],
    "enableLocalFocalPoint": True,
    "filter": MEDIA_TYPE_KEYS["Image"],
    "ignoreUserStartNodes": False,
    "multiple": False,
    "startNodeId": None,
    "validationLimit": {"max": 1, "min": 0},
})
datatype("Related links", "Umbraco.MultiUrlPicker", "Umb.PropertyEditorUi.MultiUrlPicker", url_picker(10))
datatype("Single link", "Umbraco.MultiUrlPicker", "Umb.PropertyEditorUi.MultiUrlPicker", url_picker(1))
datatype("Amount in pounds", "Umbraco.Decimal", "Umb.PropertyEditorUi.Decimal", {"min": 0, "placeholder": "0.00", "step": 0.01})
datatype("Year", "Umbraco.Integer", "Umb.PropertyEditorUi.Integer", {"max": 2100, "min": 2000, "step": 1})
datatype("File size in bytes", "Umbraco.Integer", "Umb.PropertyEditorUi.Integer", {"min": 0, "step": 1})
datatype("Yes or no", "Umbraco.TrueFalse", "Umb.PropertyEditorUi.Toggle", {"default": False, "labelOff": None, "labelOn": None, "showLabels": False})
datatype("Document picker", "Umbraco.ContentPicker", "Umb.PropertyEditorUi.DocumentPicker", {"ignoreUserStartNodes": False, "showOpenButton": False, "startNodeId": None})
datatype("Capital fund allocations", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", block_list("capitalFundAllocation", "{=label}", 1))
datatype("Roadshow sessions", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", block_list("roadshowSession", "{=venueName}", None))
datatype("FAQs", "Umbraco.BlockList", "Umb.PropertyEditorUi.BlockList", block_list("faqItem", "{=question}", None))
datatype("Map location", "Our.Umbraco.GMaps.Single", "GMaps.PropertyEditorUi.SingleMap",
         {"apikey": "", "hideMap": False, "location": "52.1920,-2.2200", "maptype": "roadmap", "zoom": 15})
datatype("Document upload", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField",
         {"fileExtensions": ["pdf", "docx", "xlsx", "pptx", "csv", "odt", "ods"]})
# One upload data type per media type: Umbraco checks file types with fileExtensions (a validation pattern on an
# upload runs against its JSON value, not the file name).
datatype("PDF upload", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField", {"fileExtensions": ["pdf"]})
datatype("Word document upload", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField", {"fileExtensions": ["docx", "odt"]})
datatype("Spreadsheet upload", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField", {"fileExtensions": ["xlsx", "ods", "csv"]})
datatype("Presentation upload", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField", {"fileExtensions": ["pptx"]})

# ---------------------------------------------------------------------------------------------------------------
# Content, element and media types
# ---------------------------------------------------------------------------------------------------------------
class Prop:
    def __init__(self, alias, name, datatype_name, tab, mandatory=False, description="", regex="", regex_message="",
                 mandatory_message=""):
        self.alias, self.name, self.dt, self.tab = alias, name, datatype_name, tab
        self.mandatory, self.description, self.regex = mandatory, description, regex
        self.regex_message, self.mandatory_message = regex_message, mandatory_message


TYPES = {}  # alias -> dict


def ctype(alias, name, icon, description, props, tabs, allowed=(), at_root=False, element=False, media=False, key_=None):
    TYPES[alias] = dict(alias=alias, name=name, icon=icon, description=description, props=props, tabs=tabs,
                        allowed=list(allowed), at_root=at_root, element=element, media=media,
                        key=key_ or (MEDIA_TYPE_KEYS[alias] if media else ELEMENT_KEYS.get(alias) or key(f"contenttype:{alias}")))


TITLE = "The heading shown on the page and in lists."
SUMMARY = "One or two plain sentences used in lists, search results and when the page is shared. At most 300 characters."
PUBLISH_DATE = "The date shown on the page and used to order news and updates, newest first."
DOWNLOADS = "Documents to download. Pick items from the Downloads media folder; each one records its file type and size."
LINKS = "Links to other pages on this site or to other websites. Link text must make sense out of context: avoid 'click here'."
NEWS_IMAGE = ("Optional. A picture for the article page and the news list. Pick one from the media library and set its focal "
              "point so the card and hero crops keep what matters in view. A picture needs alt text before the article can be published.")
NEWS_IMAGE_ALT = ("Required when a picture is picked. Say in one short sentence (about 125 characters) what the picture shows that "
                  "matters to the story, for someone who cannot see it, for example: Parents and staff talking at a SEND roadshow in a "
                  "library. Do not start with 'Image of' or repeat the title. Leave it empty only when no picture is picked.")
FEED = ("newsArticle", "consultation", "capitalFundPlan", "roadshow", "publication")

ctype("home", "Home", "icon-home color-blue",
      "The start page of the SEND Local Offer. Holds site-wide contact details.",
      [
          Prop("localOfferName", "Local offer name", "Short text", "site", True,
               "The name families see for this Local Offer, for example Worcestershire SEND Local Offer.",
               mandatory_message="Enter the name of the Local Offer."),
          Prop("updatesEmail", "Email address for updates", "Email address", "contact", False,
               "People email this address to ask for updates about SEND services and invitations to events.",
               EMAIL_REGEX, EMAIL_MESSAGE),
          Prop("reportProblemEmail", "Email address for reporting problems", "Email address", "contact", True,
               "Shown on every page: where people report incorrect information or links that do not work.",
               EMAIL_REGEX, EMAIL_MESSAGE,
               "Enter the email address people should use to report incorrect information or broken links."),
          Prop("newsPage", "News page", "Document picker", "site", False,
               "The page that lists news, updates and feedback; linked from the site header."),
      ],
      [("site", "Site"), ("contact", "Contact details")],
      allowed=("newsIndex",) + FEED, at_root=True)

ctype("newsIndex", "News index", "icon-newspaper color-blue",
      "Lists news, consultations, funding plans, events and publications, newest first.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "Introduction", "Rich text", "content", False, "Text shown above the list."),
          Prop("relatedLinks", "Related links", "Related links", "links", False, LINKS),
      ],
      [("content", "Content"), ("links", "Downloads and links")],
      allowed=FEED)

ctype("newsArticle", "News article", "icon-newspaper-alt color-blue",
      "A news story or update.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "Body", "Rich text", "content", True, "The full story. Use headings in order and describe links clearly.",
               mandatory_message="Enter the text of the article."),
          Prop("publishDate", "Publish date", "Date", "listing", True, PUBLISH_DATE, mandatory_message="Enter the publish date."),
          Prop("tags", "Topics", "Topic tags", "listing", False, "Topics that group related news, for example SEND Improvement Plan."),
          Prop("relatedDownloads", "Related downloads", "Downloads", "links", False, DOWNLOADS),
          Prop("relatedLinks", "Related links", "Related links", "links", False, LINKS),
          Prop("image", "Image", "News image", "content", False, NEWS_IMAGE),
          Prop("imageAltText", "Image alt text", "Short text", "content", False, NEWS_IMAGE_ALT),
      ],
      [("content", "Content"), ("listing", "Listing"), ("links", "Downloads and links")])

ctype("consultation", "Consultation", "icon-chat color-blue",
      "A consultation, survey or questionnaire. Whether it is upcoming, open or closed is worked out from its dates, never stored.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "About this consultation", "Rich text", "content", True,
               "What the consultation is about, who it is for and how the answers will be used.",
               mandatory_message="Describe the consultation."),
          Prop("audience", "Who it is for", "Audience", "content", True,
               "Pick one or more: Parents and carers, Children and young people, Education settings, Professionals.",
               mandatory_message="Say who the consultation is for."),
          Prop("publishDate", "Publish date", "Date", "dates", True, PUBLISH_DATE, mandatory_message="Enter the publish date."),
          Prop("openingDate", "Opening date", "Date", "dates", False,
               "The first day responses are accepted. Leave blank if it opened when this page was published."),
          Prop("closingDate", "Closing date", "Date", "dates", True,
               "The last day responses are accepted. Must be after the opening date. The status shown to families "
               "(upcoming, open or closed) is worked out from these dates.",
               mandatory_message="Enter the closing date. If the organiser has not given one, enter the date this page should stop inviting responses."),
          Prop("runByAnotherOrganisation", "Run by another organisation", "Yes or no", "response", False,
               "Turn on when another organisation runs the consultation, for example a government department or charity."),
          Prop("organiserName", "Organiser", "Short text", "response", False,
               "Who runs it, if not the council. Leave blank for council consultations."),
          Prop("respondLink", "How to respond", "Single link", "response", False,
               "A link to the online form or survey. Say in the link text if it opens a new window. Remove it once the consultation closes."),
          Prop("outcome", "You said, we did", "Rich text", "response", False,
               "After it closes: what people told us and what has changed as a result."),
          Prop("relatedDownloads", "Related downloads", "Downloads", "response", False, DOWNLOADS),
      ],
      [("content", "Content"), ("dates", "Dates"), ("response", "Responding and outcome")])

ctype("capitalFundPlan", "Capital fund plan", "icon-coins color-blue",
      "A capital funding plan with its allocations. The total is worked out from the allocations, never stored.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "Body", "Rich text", "content", True, "What the funding is for and how decisions are made.",
               mandatory_message="Describe the plan."),
          Prop("publishDate", "Publish date", "Date", "content", True, PUBLISH_DATE, mandatory_message="Enter the publish date."),
          Prop("fundingFromYear", "Funding period from", "Year", "funding", True,
               "The first year of the funding period, for example 2018.", mandatory_message="Enter the first year of the funding period."),
          Prop("fundingToYear", "Funding period to", "Year", "funding", True,
               "The last year of the funding period, for example 2021. Must not be before the first year.",
               mandatory_message="Enter the last year of the funding period."),
          Prop("allocations", "Allocations", "Capital fund allocations", "funding", True,
               "One row per allocation or top-up, with the date it was announced. The total is added up automatically.",
               mandatory_message="Add at least one allocation."),
          Prop("planDownload", "Plan document", "Single download", "documents", True,
               "The published plan. Give it an accessible version if it is a PDF.", mandatory_message="Pick the plan document."),
          Prop("spreadsheetDownload", "Spreadsheet", "Single download", "documents", False,
               "The allocations as a spreadsheet, if one is published."),
          Prop("relatedLinks", "Related links", "Related links", "documents", False, LINKS),
      ],
      [("content", "Content"), ("funding", "Funding"), ("documents", "Documents and links")])

ctype("roadshow", "Roadshow", "icon-presentation color-blue",
      "A series of events, with a session for each venue, materials published afterwards and any follow-up we promised.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "Body", "Rich text", "content", True, "What the events are for, who runs them and who they are for.",
               mandatory_message="Describe the roadshow."),
          Prop("publishDate", "Publish date", "Date", "content", True, PUBLISH_DATE, mandatory_message="Enter the publish date."),
          Prop("sessions", "Sessions", "Roadshow sessions", "sessions", False,
               "One entry per session: date and time, venue and address. Past sessions stay listed as a record."),
          Prop("presentationDownload", "Presentation", "Single download", "afterwards", False,
               "The slides used at the sessions, once they are published."),
          Prop("faqs", "Questions and answers", "FAQs", "afterwards", False, "Questions about the roadshow, with answers."),
          Prop("followUpNote", "Follow-up we promised", "Long text", "afterwards", False,
               "Anything we said we would publish or do after the events and is still outstanding. Clear it when done."),
          Prop("followUpDueDate", "Follow-up due", "Date", "afterwards", False,
               "When we said the follow-up would be ready. Leave blank if no date was given."),
      ],
      [("content", "Content"), ("sessions", "Sessions"), ("afterwards", "After the events")])

ctype("publication", "Publication", "icon-book-alt color-blue",
      "A published document, such as a plan or review, with a summary page.",
      [
          Prop("title", "Title", "Short text", "content", True, TITLE, mandatory_message="Enter a title."),
          Prop("summary", "Summary", "Summary", "content", True, SUMMARY, mandatory_message="Enter a short summary."),
          Prop("body", "Body", "Rich text", "content", False, "An HTML summary of the document, so people do not have to open it."),
          Prop("publishDate", "Publication date", "Date", "content", True, "The date the document was published.",
               mandatory_message="Enter the publication date."),
          Prop("documentDownloads", "Documents", "Downloads", "documents", True, DOWNLOADS,
               mandatory_message="Pick at least one document."),
          Prop("relatedLinks", "Related links", "Related links", "documents", False, LINKS),
      ],
      [("content", "Content"), ("documents", "Documents and links")])

ctype("capitalFundAllocation", "Capital fund allocation", "icon-coins color-green",
      "One allocation or top-up in a capital fund plan.",
      [
          Prop("label", "Label", "Short text", "allocation", True, "For example: Original allocation, or Top-up.",
               mandatory_message="Enter a label for the allocation."),
          Prop("announcementDate", "Announced", "Date", "allocation", True,
               "When the allocation was announced. If only the month is known, use the 1st of the month.",
               mandatory_message="Enter the date the allocation was announced."),
          Prop("amount", "Amount in pounds", "Amount in pounds", "allocation", True,
               "Whole pounds and pence without the £ sign or commas, for example 252480.00.",
               mandatory_message="Enter the amount."),
      ],
      [("allocation", "Allocation")], element=True)

ctype("roadshowSession", "Roadshow session", "icon-calendar color-green",
      "One session of a roadshow at one venue.",
      [
          Prop("sessionStart", "Date and start time", "Date and time (UK)", "session", True,
               "UK time. The session is listed under this date.", mandatory_message="Enter the date and start time."),
          Prop("venueName", "Venue", "Short text", "session", True, "The name of the building, for example a library or school.",
               mandatory_message="Enter the venue."),
          Prop("venueAddress", "Venue address", "Long text", "session", True, "The full postal address, including the postcode.",
               mandatory_message="Enter the venue address.",
               regex=r"\b[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\b",
               regex_message="Include the postcode in the address, for example WR5 2NP."),
          Prop("mapLocation", "Map location", "Map location", "session", False, "Optional. Helps people find the venue."),
      ],
      [("session", "Session")], element=True)

ctype("faqItem", "Question and answer", "icon-help-alt color-green",
      "A frequently asked question and its answer.",
      [
          Prop("question", "Question", "Short text", "faq", True, "Write the question as people would ask it.",
               mandatory_message="Enter the question."),
          Prop("answer", "Answer", "Rich text", "faq", True, "A short, direct answer.", mandatory_message="Enter the answer."),
      ],
      [("faq", "Question and answer")], element=True)

# Media types. Folder and File keep Umbraco's built-in keys (and File its built-in property keys) so that they line up
# with a real Umbraco install. umbracoBytes and umbracoExtension are filled in from the uploaded file.
def media_props(ext_regex, ext_list, kind, upload):
    return [
        Prop("umbracoFile", "File", upload, "file", True,
             f"Upload the {kind}. Allowed: {ext_list}.", mandatory_message="Upload a file."),
        Prop("umbracoExtension", "Type", "File extension", "file", False, "Filled in from the uploaded file.",
             regex="^(" + ext_regex + ")$", regex_message=f"The file extension must be one of: {ext_list}."),
        Prop("umbracoBytes", "Size", "File size in bytes", "file", False, "In bytes. Filled in from the uploaded file."),
    ]


ALL_EXT = "pdf|docx|xlsx|pptx|csv|odt|ods"
ctype("Folder", "Folder", "icon-folder", "", [], [], allowed=("Folder", "File", "pdfDocument", "wordDocument", "spreadsheet", "presentation"),
      at_root=True, media=True)
ctype("File", "File", "icon-document", "Any other document.", media_props(ALL_EXT, ".pdf, .docx, .xlsx, .pptx, .csv, .odt or .ods", "document", "Document upload"),
      [("file", "File")], at_root=True, media=True)
for alias, name, icon, ext, ext_list, kind, desc, upload in [
    ("pdfDocument", "PDF document", "icon-document color-red", "pdf", ".pdf", "PDF file", "A PDF. Give it an accessible version where you can.", "PDF upload"),
    ("wordDocument", "Word document", "icon-document color-blue", "docx|odt", ".docx or .odt", "word-processed document", "A Word or OpenDocument text file.", "Word document upload"),
    ("spreadsheet", "Spreadsheet", "icon-grid color-green", "xlsx|ods|csv", ".xlsx, .ods or .csv", "spreadsheet", "An Excel, OpenDocument or CSV spreadsheet.", "Spreadsheet upload"),
    ("presentation", "Presentation", "icon-presentation color-orange", "pptx", ".pptx", "presentation", "A PowerPoint presentation.", "Presentation upload"),
]:
    ctype(alias, name, icon, desc,
          media_props(ext, ext_list, kind, upload) + [
              Prop("accessibleVersion", "Accessible version", "Single link", "file", False,
                   "A page or file with the same information in an accessible format, if this file is not accessible itself."),
          ],
          [("file", "File")], at_root=True, media=True)

BUILTIN_FILE_PROPERTY_KEYS = {"umbracoFile": "00000018-0000-0000-0000-000000000000",
                              "umbracoExtension": "00000019-0000-0000-0000-000000000000",
                              "umbracoBytes": "0000001a-0000-0000-0000-000000000000"}


def prop_key(t, p):
    if t["alias"] == "File" and p.alias in BUILTIN_FILE_PROPERTY_KEYS:
        return BUILTIN_FILE_PROPERTY_KEYS[p.alias]
    return key(f"property:{t['alias']}:{p.alias}")


def tab_key(t, alias):
    if t["alias"] == "File":
        return "50899f9c-023a-4466-b623-aba9049885fe"  # Umbraco's built-in File group
    return key(f"tab:{t['alias']}:{alias}")


def write_type(t):
    media = t["media"]
    root_name = "MediaType" if media else "ContentType"
    tab_names = dict(t["tabs"])
    info = [T("Name", t["name"]), T("Icon", t["icon"]), T("Thumbnail", t["icon"] if media else "folder.png"),
            T("Description", t["description"]), T("AllowAtRoot", "True" if t["at_root"] else "False"),
            T("ListView", ZERO), T("Variations", "Nothing"), T("IsElement", "true" if t["element"] else "false")]
    if not media:
        info.append(X("HistoryCleanup", children=[T("PreventCleanup", "False"), T("KeepAllVersionsNewerThanDays", ""),
                                                 T("KeepLatestVersionPerDayForDays", "")]))
    info.append(X("Compositions"))
    if not media:
        info += [T("DefaultTemplate", ""), X("AllowedTemplates")]
    child = "MediaType" if media else "ContentType"
    structure = X("Structure", children=[T(child, a, Key=TYPES[a]["key"], SortOrder=str(i)) for i, a in enumerate(t["allowed"])])
    props = []
    for i, p in enumerate(t["props"]):
        dt_key, editor = DT[p.dt]
        kids = [T("Key", prop_key(t, p)), T("Name", p.name), T("Alias", p.alias), T("Definition", dt_key), T("Type", editor),
                T("Mandatory", "true" if p.mandatory else "false"), T("Validation", p.regex),
                X("Description", raw=cdata(p.description)), T("SortOrder", str(i)), T("Tab", tab_names[p.tab], Alias=p.tab)]
        if not media:
            kids.append(T("Variations", "Nothing"))
        kids += [T("MandatoryMessage", p.mandatory_message), T("ValidationRegExpMessage", p.regex_message), T("LabelOnTop", "false")]
        props.append((p.alias, X("GenericProperty", children=kids)))
    generic = X("GenericProperties", children=[x for _, x in sorted(props, key=lambda a: a[0])])
    tabs = sorted(((tab_key(t, a), a, c, i) for i, (a, c) in enumerate(t["tabs"])), key=lambda x: x[0])
    tabs_x = X("Tabs", children=[X("Tab", children=[T("Key", k), T("Caption", c), T("Alias", a), T("Type", "Group"), T("SortOrder", str(i))])
                                 for k, a, c, i in tabs])
    children = [X("Info", children=info)] + ([generic, structure] if media else [structure, generic]) + [tabs_x]
    write("MediaTypes" if media else "ContentTypes", t["alias"].lower() + ".config",
          X(root_name, {"Key": t["key"], "Alias": t["alias"], "Level": "1"}, children))


# ---------------------------------------------------------------------------------------------------------------
# Value helpers (stored formats the engine's editors accept)
# ---------------------------------------------------------------------------------------------------------------
def date(d):  # Umbraco.DateOnly
    return {"date": f"{d}T00:00:00+00:00", "timeZone": None}


def rte(markup):
    return {"blocks": None, "markup": markup}


def media_pick(*aliases_and_keys):
    return [{"key": key(f"pick:{k}:{n}"), "mediaKey": k, "mediaTypeAlias": a, "crops": [], "focalPoint": None}
            for n, (a, k) in enumerate(aliases_and_keys)]


def doc_link(name, k, target=None):
    return {"name": name, "target": target, "udi": f"umb://document/{hex32(k)}", "url": None, "queryString": None}


def media_link(name, k):
    return {"name": name, "target": None, "udi": f"umb://media/{hex32(k)}", "url": None, "queryString": None}


def ext_link(name, url):
    return {"name": name, "target": "_blank", "udi": None, "url": url, "queryString": None}


def block_list_value(element, owner, rows):
    type_key = ELEMENT_KEYS[element]
    content, layout = [], []
    for n, row in enumerate(rows):
        ck = key(f"block:{owner}:{n}")
        content.append({"contentTypeKey": type_key, "key": ck, "udi": None,
                        "values": [{"alias": a, "culture": None, "editorAlias": None, "segment": None, "value": v} for a, v in row]})
        layout.append({"contentKey": ck, "contentUdi": None, "settingsKey": None, "settingsUdi": None})
    return {"contentData": content, "settingsData": [],
            "expose": [{"contentKey": c["key"], "culture": None, "segment": None} for c in content],
            "layout": {"Umbraco.BlockList": layout}}


def value_text(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return js(v)


# ---------------------------------------------------------------------------------------------------------------
# Media (downloads)
# ---------------------------------------------------------------------------------------------------------------
MEDIA = []  # dicts
DOWNLOADS_FOLDER = key("media:Downloads")


def media(id_, name, type_alias, path, created, props=None):
    k = key(f"media:{id_}")
    MEDIA.append(dict(key=k, name=name, type=type_alias, path=path, created=created, props=props or {}))
    return (type_alias, k)


MEDIA.append(dict(key=DOWNLOADS_FOLDER, name="Downloads", type="Folder", path=None, created="2018-09-01T09:00:00", props={}))
WORD_PLAN = media("spcf-plan-docx", "Special Provision Capital Fund Plan (Word)", "wordDocument",
                  "/media/d9qgagzi/special-provision-capital-fund-plan.docx", "2019-05-01T09:00:00")
PDF_PLAN = media("spcf-plan-pdf", "Special Provision Capital Fund Plan", "pdfDocument",
                 "/media/gieungwj/special-provision-capital-fund-plan.pdf", "2019-05-01T09:00:00",
                 {"accessibleVersion": [media_link("Special Provision Capital Fund Plan (Word version)", WORD_PLAN[1])]})
SPREADSHEET = media("spcf-spreadsheet", "Special Provision Capital Fund Spreadsheet", "spreadsheet",
                    "/media/uvmmcqwl/special-provision-capital-fund-spreadsheet.xlsx", "2019-05-01T09:00:00")
ROADSHOW_SLIDES = media("roadshow-2018-pptx", "SEND Roadshow Presentation November 2018", "presentation",
                        "/media/4rb0t5ox/send-roadshow-presentation-november-2018.pptx", "2018-11-30T09:00:00")
HNCR_PLAN = media("hncr-plan-pdf", "High Needs Commissioning Review Plan", "pdfDocument",
                  "/media/d9026qbj/high-needs-commissioning-review-plan.pdf", "2018-09-01T09:00:00")
# Order in the folder: as they appear on the page.
MEDIA_ORDER = [PDF_PLAN[1], WORD_PLAN[1], SPREADSHEET[1], ROADSHOW_SLIDES[1], HNCR_PLAN[1]]

# ---------------------------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------------------------
DOCS = []
HOME = key("content:home")
NEWS = key("content:newsIndex")


def doc(id_, name, type_alias, parent, created, values):
    k = HOME if id_ == "home" else NEWS if id_ == "newsIndex" else key(f"content:{id_}")
    DOCS.append(dict(key=k, name=name, type=type_alias, parent=parent, created=created, values=values))
    return k


LOCAL_OFFER_EMAIL = "localoffer@worcestershire.gov.uk"
MAILTO = f'<a href="mailto:{LOCAL_OFFER_EMAIL}">{LOCAL_OFFER_EMAIL}</a>'

doc("home", "Worcestershire SEND Local Offer", "home", None, "2018-09-01T09:00:00", {
    "localOfferName": "Worcestershire SEND Local Offer",
    "updatesEmail": LOCAL_OFFER_EMAIL,
    "reportProblemEmail": LOCAL_OFFER_EMAIL,
    "newsPage": f"umb://document/{hex32(NEWS)}",
})

doc("newsIndex", "News, updates and feedback", "newsIndex", HOME, "2018-09-01T09:00:00", {
    "title": "News, updates and feedback",
    "summary": "Recent news about support and services in Worcestershire for children and young people with special "
               "educational needs and disabilities (SEND).",
    "body": rte("<p>Here you can catch up on news, consultations and updates from the SEND Local Offer.</p>"
                f"<p>To get updates about SEND services, and invitations to future events, by email, write to {MAILTO}.</p>"),
})

CABINET = key("content:cabinet-2019-03")
ONE_YEAR = key("content:improvement-plan-one-year")

# Items in the order the news page lists them (newest first). Dates: the news page gives only a month for each item,
# so the 1st of that month is used; the Cabinet article has its own date.
doc("co-production-week-2019", "National Co-production Week 2019", "newsArticle", NEWS, "2019-07-01T09:00:00", {
    "title": "County Council supported National Co-production Week",
    "summary": "Council SEND staff, CCG colleagues and Families in Partnership ran a stall at County Hall during National "
               "Co-production Week, 1 to 5 July 2019.",
    "body": rte("<p>From 1 to 5 July 2019 the council took part in National Co-production Week. The week shows what can be "
                "achieved when public services are planned and improved together with the people, families and carers who use them.</p>"
                "<p>Colleagues from the council's SEND services, the Worcestershire Clinical Commissioning Groups (CCGs) and "
                "Families in Partnership (FIP) shared a stall in the County Hall reception.</p>"
                "<p>Staff and visitors were invited to make a pledge about how they could use co-production in their own work, "
                "and to say where they are on the Participation Ladder, which shows the different levels at which people can take part.</p>"
                "<p>Paul Robinson, the council's Chief Executive, was among those who called in at the stall and made a pledge.</p>"),
    "publishDate": date("2019-07-01"),
    "tags": ["Co-production", "Families in Partnership"],
})

doc("sendiass-survey-2019", "DfE SENDIASS customer satisfaction survey 2019", "consultation", NEWS, "2019-07-01T09:00:00", {
    "title": "The Department for Education (DfE) customer satisfaction survey of SENDIASS services",
    "summary": "Over the summer of 2019 the National Children's Bureau is running a national survey for the DfE about how "
               "satisfied people have been with SENDIASS services in the last 12 months.",
    "body": rte("<p>The Department for Education (DfE) has asked the research team at the National Children's Bureau (NCB) to "
                "run a customer satisfaction survey of SEND Information, Advice and Support Services (SENDIASS) over the summer.</p>"
                "<p>It collects basic information about how satisfied people have been with the service over the last 12 months. "
                "It is a trial of gathering feedback nationally and independently.</p>"
                "<p>The survey asks where you live. That answer is only used to check that responses come from across the "
                "country. It is not used to judge the quality of any one local service.</p>"),
    "audience": ["Parents and carers", "Children and young people"],
    "publishDate": date("2019-07-01"),
    "closingDate": date("2019-08-31"),
    "runByAnotherOrganisation": "1",
    "organiserName": "National Children's Bureau, for the Department for Education",
})

doc("improvement-plan-one-year", "SEND Improvement Plan one year on", "newsArticle", NEWS, "2019-07-01T09:00:00", {
    "title": "One year into the improvement plan for children with Special Educational Needs and Disabilities",
    "summary": "A year after its launch, an update on the plan to improve outcomes for children and young people with SEND "
               "in Worcestershire.",
    "body": rte("<p>In August 2018 Worcestershire County Council and its partners launched a Special Educational Needs and "
                "Disabilities (SEND) Improvement Plan, written together with parents, carers, education providers and health colleagues.</p>"
                "<p>The plan followed the local area SEND inspection by Ofsted and the Care Quality Commission (CQC) in March 2018, "
                "which looked at how well provision in Worcestershire improves outcomes for children with SEND.</p>"),
    "publishDate": date("2019-07-01"),
    "tags": ["SEND Improvement Plan"],
    "relatedLinks": [doc_link("Cabinet discusses progress on the SEND Improvement Plan (March 2019)", CABINET)],
})

doc("send-sef-questionnaire-2019", "SEND self-evaluation questionnaire 2019", "consultation", NEWS, "2019-07-01T09:00:00", {
    "title": "Questionnaire for education providers - Local Area Special Educational Needs and Disabilities Self Evaluation Framework",
    "summary": "Education settings are asked what works well for SEND across Worcestershire and what still needs to improve. "
               "The questionnaire closes on Friday 2 August 2019.",
    "body": rte("<p>Worcestershire local area is updating its Special Educational Needs and Disability Self Evaluation Framework "
                "(SEND SEF). The updated SEF will inform the SEND strategy in the autumn term, so we want views from as many "
                "people as possible.</p>"
                "<p>We are asking education settings what they see as the local area's strengths and where more development is "
                "needed. The local area means education and social care across the council, early years settings, schools and "
                "further education providers, and health services across the Clinical Commissioning Groups (CCGs), public health "
                "and NHS England.</p>"
                "<p>The questions are about:</p>"
                "<ol><li>the main areas of SEND that Ofsted and the CQC inspect; and</li>"
                "<li>the areas for development that Ofsted and the CQC identified when they inspected Worcestershire in March 2018.</li></ol>"
                "<p>For more information, or to ask for the questionnaire in another format, email "
                '<a href="mailto:CFCTransformationTeam@worcestershire.gov.uk">CFCTransformationTeam@worcestershire.gov.uk</a>.</p>'),
    "audience": ["Education settings"],
    "publishDate": date("2019-07-01"),
    "closingDate": date("2019-08-02"),
    "runByAnotherOrganisation": "0",
})

doc("graduated-response-consultation", "Graduated Response consultation", "consultation", NEWS, "2019-06-01T09:00:00", {
    "title": "Consultation on the draft Graduated Response within Worcestershire",
    "summary": "SEND professionals, parents, carers and young people gave their views on the draft Graduated Response "
               "guidance. The consultation closed on 1 March 2019.",
    "body": rte("<p>We asked SEND professionals, parents, carers and young people for their feedback on a draft of the new "
                "Graduated Response guidance.</p>"
                "<p>The Graduated Response describes the support that schools and settings should put in place for children and "
                "young people with SEND, and how other services work with schools. It also helps parents understand what they can "
                "expect from mainstream schools and academies.</p>"),
    "audience": ["Professionals", "Parents and carers", "Children and young people"],
    "publishDate": date("2019-06-01"),
    "closingDate": date("2019-03-01"),
    "runByAnotherOrganisation": "0",
    "outcome": rte("<p>The consultation closed on 1 March 2019. Since then the local area has been working through the "
                   "responses and using them to improve the guidance further.</p>"),
})

ALLOCATIONS = [
    ("Original allocation to the local authority", "2018-03-01", 1085665),
    ("Top-up announced in May 2018", "2018-05-01", 252480),
    ("Top-up announced in December 2018", "2018-12-01", 504960),
]
doc("special-provision-capital-fund", "Special Provision Capital Fund", "capitalFundPlan", NEWS, "2019-05-01T09:00:00", {
    "title": "Special Provision Capital Fund",
    "summary": "Worcestershire has been allocated £1,843,105 of government capital funding for 2018 to 2021 to create and "
               "improve school places for children and young people with SEN and disabilities.",
    "body": rte("<p>Councils must make sure there are enough good school places for all pupils, including pupils with special "
                "educational needs (SEN) and disabilities. The government has allocated capital funding to Worcestershire for 2018 "
                "to 2021 to create new school places and improve existing facilities for children and young people with SEN and "
                "disabilities, working with parents and providers.</p>"
                "<p>The funding is not ring-fenced. It can be used to improve special provision for children and young people aged "
                "0 to 25 with education, health and care (EHC) plans, in mainstream schools and academies, special units, special "
                "schools and academies, early years settings and further education colleges, or to make other provision.</p>"
                "<p>To receive its share of the extra funding, the council must update and republish a short plan for the "
                "Department for Education (DfE) showing how the money will be allocated. The plan sets out what we know so far, the "
                "options we are considering and any further consultation we have carried out or plan to carry out.</p>"
                "<p>Proposals to increase pupil numbers at special schools are covered by the council's education reviews and "
                "consultations.</p>"),
    "publishDate": date("2019-05-01"),
    "fundingFromYear": "2018",
    "fundingToYear": "2021",
    "allocations": block_list_value("capitalFundAllocation", "special-provision-capital-fund",
                                    [[("label", l), ("announcementDate", date(d)), ("amount", a)] for l, d, a in ALLOCATIONS]),
    "planDownload": media_pick(PDF_PLAN),
    "spreadsheetDownload": media_pick(SPREADSHEET),
    "relatedLinks": [ext_link("Department for Education on GOV.UK (opens in a new window)",
                              "https://www.gov.uk/government/organisations/department-for-education")],
})

doc("cabinet-2019-03", "Cabinet to discuss SEND Improvement Plan progress", "newsArticle", NEWS, "2019-03-11T09:00:00", {
    "title": "Cabinet to discuss improvements made by SEND Improvement Plan",
    "summary": "On 14 March 2019 Cabinet will review progress on the SEND Improvement Plan, including more visitors to the "
               "Local Offer website and more looked after children with up-to-date health assessments.",
    "body": rte("<p>At its meeting on Thursday 14 March 2019, Worcestershire County Council's Cabinet will discuss the progress made "
                "under the SEND Improvement Plan, which aims to improve outcomes for children and young people with special "
                "educational needs and disabilities (SEND).</p>"
                "<h2>Why there is an improvement plan</h2>"
                "<p>In March 2018 Ofsted and the Care Quality Commission (CQC) jointly inspected how effectively the local area was "
                "putting the SEND reforms into practice. Because they found significant weaknesses, the area had to produce a Written "
                "Statement of Action (WSoA). The council prepared it with the three Clinical Commissioning Groups (CCGs) in "
                "Worcestershire, parents and carers, head teachers and other partners.</p>"
                "<h2>What has changed so far</h2>"
                "<p>Since Ofsted and the CQC approved the WSoA, a number of actions have been completed. They include:</p>"
                "<ul><li>a new and improved Local Offer website, where parents, carers and providers can find out about SEND provision "
                "and services. In January 2019 it had 500 returning visitors and 361 new visitors, compared with 234 returning and "
                "163 new visitors in August 2018.</li>"
                "<li>more looked after children with up-to-date health assessments: 59% in May 2018, 71% in October 2018 and 80% in "
                "January 2019.</li>"
                "<li>an update of the Graduated Response guidance, which sets out what schools and settings should provide for "
                "children and young people with SEND, how other agencies support schools, and what parents can expect from "
                "mainstream schools and academies.</li>"
                "<li>a growing number of SEND Champions in health, social care and education, who promote good practice for "
                "children and young people with SEND, work across services and with families, and make sure the voice of the child "
                "or young person is heard.</li></ul>"
                "<h2>What partners said</h2>"
                "<p>Councillor Marcus Hart, Cabinet Member for Education and Skills, welcomed the good work under way across "
                "Worcestershire. He pointed to positive feedback from parents and providers about the updated Local Offer website "
                "and to the continuing rise in up-to-date health assessments. He said the council knows there are challenges ahead "
                "and will keep working closely with young people, parents, carers, partners and schools.</p>"
                "<p>Mari Gay, Chief Operating Officer of the Worcestershire CCGs, said the CCGs will continue to work in partnership "
                "with the council and others, with a focus on helping clinicians make use of the information now available.</p>"
                "<h2>How progress is checked</h2>"
                "<p>The Department for Education (DfE) and NHS England review Worcestershire's action plan every three months. "
                "Reviews took place in June, September and December 2018. In September the advisers said that important pieces of "
                "work had started that should make a positive difference, and that the work on engagement and co-production was very "
                "encouraging. They also gave positive feedback in person at the December SEND Improvement Board.</p>"
                "<p>Families in Partnership, the parent carer forum, speaks for parents and carers. Working closely with them has "
                "been central to improving SEND services, and they will keep playing a key part in the work still to do.</p>"
                "<p>More information is on the SEND Improvement Plan pages of the council's website.</p>"),
    "publishDate": date("2019-03-11"),
    "tags": ["SEND Improvement Plan", "Cabinet", "Local Offer website"],
    "relatedLinks": [doc_link("One year into the SEND Improvement Plan (July 2019)", ONE_YEAR)],
})

doc("nhs-long-term-plan", "NHS Long Term Plan", "newsArticle", NEWS, "2019-01-01T09:00:00", {
    "title": "NHS Long Term Plan",
    "summary": "The NHS has set out what it will do over the next 10 years, including more help for children and young people's "
               "mental health, shorter waits for autism assessments and better care for children with a learning disability.",
    "body": rte("<p>The NHS has published a plan to make sure it is ready for the future. It is based on what patients and staff "
                "have told it, and it describes what will happen over the next 10 years.</p>"
                "<p>Among many other aims, the NHS wants every child to have the best start in life. That includes more funding for "
                "children and young people's mental health services, shorter waits for autism assessments and the right care for "
                "children with a learning disability.</p>"),
    "publishDate": date("2019-01-01"),
    "tags": ["NHS", "Mental health", "Autism"],
    "relatedLinks": [ext_link("NHS Long Term Plan (opens in a new window)", "https://www.longtermplan.nhs.uk/")],
})

doc("autism-act-have-your-say", "Autism Act have your say", "newsArticle", NEWS, "2019-01-01T09:00:00", {
    "title": "Autism Act - have your say",
    "summary": "Ten years on from the Autism Act, the National Autistic Society asked autistic people and their families to share "
               "their experiences to help shape the government's review of its autism policy.",
    "body": rte("<p>2019 is ten years since the Autism Act became law in England. The National Autistic Society wants to find out "
                "what care and support for autistic children and adults is like across the UK.</p>"
                "<p>Under the Act, the government must review its autism policy from time to time, and a review is happening this "
                "year. The National Autistic Society is asking as many autistic people and families as possible to fill in its "
                "survey, so that it can tell the government what needs to change.</p>"),
    "publishDate": date("2019-01-01"),
    "tags": ["Autism", "Have your say"],
    "relatedLinks": [ext_link("National Autistic Society (opens in a new window)", "https://www.autism.org.uk/")],
})

doc("send-roadshows-2018", "SEND Information Roadshows November 2018", "roadshow", NEWS, "2018-11-01T09:00:00", {
    "title": "SEND Information Roadshows",
    "summary": "In November 2018 we ran information sessions for parent carers of children and young people with SEND. The "
               "presentation from the sessions is available to download.",
    "body": rte("<p>During November 2018 we held a series of information sessions across the county for parent carers of children "
                "and young people with special educational needs and/or disabilities (SEND).</p>"
                "<p>Worcestershire County Council, Families in Partnership (Worcestershire's parent carer forum) and the SEND "
                "Information, Advice and Support Service (SENDIASS) ran the sessions together. They gave an overview of:</p>"
                "<ul><li>the SEND Local Offer</li><li>SEND services</li>"
                "<li>the Graduated Approach, which is the support schools should be providing</li>"
                "<li>Families in Partnership, and how to join</li><li>how SENDIASS can help</li></ul>"
                "<p>As we promised at the sessions, the presentation we used is available to download on this page.</p>"
                "<p>Chris, Michele and Sally would like to thank everyone who came along, all over the county, and hope the "
                "information was useful.</p>"),
    "publishDate": date("2018-11-01"),
    "presentationDownload": media_pick(ROADSHOW_SLIDES),
    "faqs": block_list_value("faqItem", "send-roadshows-2018", [
        [("question", "Who ran the roadshow sessions?"),
         ("answer", rte("<p>Worcestershire County Council, Families in Partnership (the parent carer forum) and SENDIASS ran them together.</p>"))],
        [("question", "I could not come to a session. Can I see the slides?"),
         ("answer", rte("<p>Yes. The presentation used at the sessions can be downloaded from this page.</p>"))],
        [("question", "Where will the answers to questions asked at the sessions be published?"),
         ("answer", rte("<p>Every session ended with questions and answers, and we noted the questions asked. Answers, including "
                        "those we could not give on the day, will be added to this page as a frequently asked questions document.</p>"))],
    ]),
    "followUpNote": "At the sessions we promised a frequently asked questions document covering the questions people asked, "
                    "including answers we could not give on the day. We are still collecting those answers.",
})

doc("high-needs-commissioning-review", "High Needs Commissioning Review", "publication", NEWS, "2018-09-01T09:00:00", {
    "title": "High Needs Commissioning Review (HNCR)",
    "summary": "The joint High Needs Plan sets out how partners will meet the needs of children and young people with SEND in "
               "Worcestershire, following a review that began in September 2016.",
    "body": rte("<p>In September 2016 Worcestershire County Council (WCC) started a High Needs Commissioning Review (HNCR). It "
                "looked at the council's processes and at whether the provision in place suits children and young people (CYP) "
                "with special educational needs and disabilities (SEND).</p>"
                "<p>The review looked both inside and outside the council, and included a lot of joint commissioning work between "
                "Education, Early Help, Social Care and Community Health.</p>"
                "<p>The joint High Needs Plan brings this work together. It was led by Education and Skills, working across the "
                "Children, Families and Communities Directorate, and describes how partners can best meet the combined needs of "
                "children and young people in Worcestershire.</p>"),
    "publishDate": date("2018-09-01"),
    "documentDownloads": media_pick(HNCR_PLAN),
})


# ---------------------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------------------
def path_of(items, k):
    by_key = {i["key"]: i for i in items}
    names = []
    while k:
        item = by_key[k]
        names.append(safe_alias(item["name"]))
        k = item.get("parent")
    return "/" + "/".join(reversed(names))


def level_of(items, k):
    by_key = {i["key"]: i for i in items}
    n = 0
    while k:
        n += 1
        k = by_key[k].get("parent")
    return n


def properties(type_alias, values, skip=()):
    t = TYPES[type_alias]
    unknown = set(values) - {p.alias for p in t["props"]}
    assert not unknown, (type_alias, unknown)
    kids = []
    for p in sorted(t["props"], key=lambda p: p.alias):
        if p.alias in skip:
            continue
        kids.append(X(p.alias, children=[X("Value", raw=cdata(value_text(values.get(p.alias))))]))
    return X("Properties", children=kids)


def main():
    for sub in ("DataTypes", "ContentTypes", "MediaTypes", "Content", "Media"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)

    write("", "usync.config", X("uSync", {"version": "17.3.8.0", "format": "10.7.0"}))

    for name, k, editor, ui, cfg in DATATYPES:
        write("DataTypes", safe_alias(name) + ".config", X("DataType", {"Key": k, "Alias": name, "Level": "1"}, [
            X("Info", children=[T("Name", name), T("EditorAlias", editor), T("EditorUIAlias", ui)]),
            X("Config", raw=cdata(config_json(cfg))),
        ]))

    for t in TYPES.values():
        write_type(t)

    by_parent = {}
    for d in DOCS:
        by_parent.setdefault(d["parent"], []).append(d)
    for d in DOCS:
        parent = next((p for p in DOCS if p["key"] == d["parent"]), None)
        info = X("Info", children=[
            T("Parent", parent["name"] if parent else "", Key=parent["key"] if parent else ZERO),
            T("Path", path_of(DOCS, d["key"])),
            T("Trashed", "false"),
            T("ContentType", d["type"]),
            T("CreateDate", d["created"]),
            X("NodeName", {"Default": d["name"]}),
            T("SortOrder", str(by_parent[d["parent"]].index(d))),
            X("Published", {"Default": "true"}),
            X("Schedule"),
            X("Template"),
        ])
        write("Content", file_name(d["name"]) + ".config",
              X("Content", {"Key": d["key"], "Alias": d["name"], "Level": str(level_of(DOCS, d["key"]))},
                [info, properties(d["type"], d["values"])]))

    for m in MEDIA:
        is_folder = m["type"] == "Folder"
        parent = None if is_folder else next(x for x in MEDIA if x["key"] == DOWNLOADS_FOLDER)
        if not is_folder:
            m["parent"] = DOWNLOADS_FOLDER
        sort = 0 if is_folder else MEDIA_ORDER.index(m["key"])
        info = X("Info", children=[
            T("Parent", parent["name"] if parent else "", Key=parent["key"] if parent else ZERO),
            T("Path", path_of(MEDIA, m["key"])),
            T("Trashed", "false"),
            T("ContentType", m["type"]),
            T("CreateDate", m["created"]),
            X("NodeName", {"Default": m["name"]}),
            T("SortOrder", str(sort)),
        ])
        values = dict(m["props"])
        if m["path"]:
            values["umbracoFile"] = m["path"]
        # uSync never writes umbracoBytes / umbracoExtension (nor width/height): they come from the file on import.
        props = properties(m["type"], values, skip=("umbracoBytes", "umbracoExtension")) if not is_folder else X("Properties")
        write("Media", file_name(m["name"]) + ".config",
              X("Media", {"Key": m["key"], "Alias": m["name"], "Level": str(level_of(MEDIA, m["key"]))}, [info, props]))

    check()
    print(f"wrote {len(written)} files under {OUT}")


# ---------------------------------------------------------------------------------------------------------------
# Sanity checks
# ---------------------------------------------------------------------------------------------------------------
def check():
    errors = []
    items = ([(DT[n][0], "data type " + n) for n in DT] + [(t["key"], "type " + t["alias"]) for t in TYPES.values()]
             + [(d["key"], "document " + d["name"]) for d in DOCS] + [(m["key"], "media " + m["name"]) for m in MEDIA])
    seen = {}
    for k, owner in items:
        if k in seen:
            errors.append(f"duplicate key {k}: {owner} and {seen[k]}")
        seen[k] = owner
    # Keys that identify parts of an item rather than refer to another item.
    own = {prop_key(t, p) for t in TYPES.values() for p in t["props"]} | {tab_key(t, a) for t in TYPES.values() for a, _ in t["tabs"]}
    media_keys = {m["key"] for m in MEDIA}
    element_keys = set(ELEMENT_KEYS.values())
    for d in DOCS:
        for v in d["values"].values():
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, dict) and "mediaKey" in item:
                        own.add(item["key"])
                        if item["mediaKey"] not in media_keys:
                            errors.append(f"{d['name']}: mediaKey {item['mediaKey']} is not a media item")
                        elif next(m for m in MEDIA if m["key"] == item["mediaKey"])["type"] != item["mediaTypeAlias"]:
                            errors.append(f"{d['name']}: mediaTypeAlias {item['mediaTypeAlias']} does not match")
            if isinstance(v, dict) and "contentData" in v:
                for c in v["contentData"]:
                    own.add(c["key"])
                    if c["contentTypeKey"] not in element_keys:
                        errors.append(f"{d['name']}: block type {c['contentTypeKey']} is not an element type")
    guid = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
    known = set(seen) | own | {ZERO} | set(MEDIA_TYPE_KEYS.values())
    for path, body in written.items():
        raw = open(path, "rb").read()
        if not raw.startswith(b"\xef\xbb\xbf<?xml") or raw.endswith(b"\n") or b"\r" in raw:
            errors.append(f"bytes: {path}")
        for g in guid.findall(body):
            if g != g.lower():
                errors.append(f"upper-case GUID {g} in {path}")
            elif g not in known:
                errors.append(f"unresolved GUID {g} in {path}")
        for kind, h in re.findall(r"umb://(document|media)/([0-9a-f]{32})", body):
            targets = DOCS if kind == "document" else MEDIA
            if h not in {hex32(x["key"]) for x in targets}:
                errors.append(f"unresolved udi {kind}/{h} in {path}")
    for m in MEDIA:
        if m["path"]:
            f = os.path.join(FILES, m["path"].lstrip("/"))
            if not os.path.isfile(f):
                errors.append(f"missing download file {f} (run the generator, see build/seed-files/README.md)")
            elif os.path.getsize(f) > 50_000:
                errors.append(f"download too large: {f}")
    # Mandatory values and regexes on every published document, and in its blocks.
    for d in DOCS:
        for p in TYPES[d["type"]]["props"]:
            v = d["values"].get(p.alias)
            if p.mandatory and v in (None, "", [], {}):
                errors.append(f"{d['name']}: mandatory {p.alias} is empty")
            if p.regex and isinstance(v, str) and v and not re.search(p.regex.replace("(?i)", ""), v, re.I if "(?i)" in p.regex else 0):
                errors.append(f"{d['name']}: {p.alias} fails its regex")
            if isinstance(v, dict) and "contentData" in v:
                for c in v["contentData"]:
                    element = next(t for t in TYPES.values() if t["key"] == c["contentTypeKey"])
                    vals = {x["alias"]: x["value"] for x in c["values"]}
                    for ep in element["props"]:
                        if ep.mandatory and vals.get(ep.alias) in (None, "", [], {}):
                            errors.append(f"{d['name']}: block {element['alias']} mandatory {ep.alias} is empty")
    for m in MEDIA:
        if m["type"] != "Folder" and not m["path"]:
            errors.append(f"media {m['name']} has no file")
    total = sum(a for _, _, a in ALLOCATIONS)
    if total != 1843105 or [a for _, _, a in ALLOCATIONS] != [1085665, 252480, 504960]:
        errors.append(f"allocations add up to {total}, expected 1843105")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print(f"checks passed: {len(seen)} keyed items, allocations total {total}")


if __name__ == "__main__":
    main()
