# Stripping accents with unicodedata.normalize, character names and categories for a slug function
import re
import unicodedata


def slugify(text):
    nfkd = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in nfkd if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")


for t in ["Crème Brûlée!", "Ångström & Co.", "naïve café", "Straße 5", "ＦＵＬＬ width"]:
    print(f"{t!r:20} -> {slugify(t)}")
for ch in "aé€😀 \u0301":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.combining(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")))
print(unicodedata.name("\x00"))
