# Strip accents for slugs with unicodedata
import unicodedata

def slugify(text):
    norm = unicodedata.normalize("NFKD", text)
    ascii_only = norm.encode("ascii", "ignore").decode()
    return "-".join(ascii_only.lower().split())

for title in ["Crème Brûlée Recipe", "Über Café", "naïve résumé", "Ångström"]:
    print(repr(title), "->", slugify(title))
print(unicodedata.name("é"), unicodedata.category("7"))
