# Making slugs: stripping accents with unicodedata and inspecting characters.
import unicodedata
import re

def slugify(text):
    nfkd = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in nfkd if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")

for title in ["Crème Brûlée Recipe", "Ångström & Co.", "naïve café", "Straße 5"]:
    print(f"{title!r} -> {slugify(title)!r}")
for ch in "aÉ1 ½€":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None))
print(unicodedata.lookup("SNOWMAN"), unicodedata.normalize("NFC", "e\u0301") == "é")
print(len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")), unicodedata.decimal("٣"))
print(unicodedata.normalize("NFKC", "ﬁ ①"), unicodedata.east_asian_width("世"))
