# Regular expressions: validators, extraction, substitution with groups
import re

EMAIL = re.compile(r"^[\w.+-]+@(?P<domain>[\w-]+(\.[\w-]+)+)$")
PHONE = re.compile(r"""
    ^\(?(\d{3})\)?   # area code
    [\s.-]?(\d{3})   # prefix
    [\s.-]?(\d{4})$  # line
""", re.VERBOSE)
for e in ["ann@example.com", "bob.smith+tag@mail.co.uk", "bad@", "@x.com", "c@d"]:
    m = EMAIL.match(e)
    print(f"{e:<26} {'ok' if m else 'invalid':<8} {m['domain'] if m else ''}")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = PHONE.match(p)
    print(p, "->", "-".join(m.groups()) if m else None)
text = "Order #123 shipped 2024-03-05; order #98 due 2024-12-25. Total: $1,234.50 and $7."
print(re.findall(r"#(\d+)", text), re.findall(r"(\d{4})-(\d{2})-(\d{2})", text))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>.\g<y>", "2024-03"), re.subn(r"\s+", " ", "a   b \t c"))
print([m.span() for m in re.finditer(r"\$[\d,]+(?:\.\d\d)?", text)])
print(re.search(r"(?<=\$)\d+(?=\.)", text).group(), re.search(r"(?i)ORDER", text).start())
print(re.fullmatch(r"[a-z]+", "abc1"), bool(re.fullmatch(r"[a-z]+\d", "abc1")))
print(re.escape("1+1=2? (yes)"), re.split(r"\W+", "Hello, world! How are you?"))
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "Jane Doe")
print(m.groups(), m.groups("-"), m.group(0, 2), m.lastindex, m.expand(r"\2, \1"), m.start(2), m.end())
print(re.findall(r"\b[A-Z][a-z]*\b", "Alice met Bob and CAROL in Paris"), re.findall(r"a*", "baaac"))
print(re.sub(r"\d", lambda m: str(int(m[0]) * 2), "a1b2c9"), re.sub("x", "-", "xxx", count=2))
print(re.findall(r"(\w)\1", "bookkeeper"), re.match(r"(a)|(b)", "b").groups(), re.compile(r"\d+").pattern)
print(re.findall(r"^\w+", "one two\nthree four", re.M), re.findall(r".+", "a\nb", re.S))
print(re.I | re.M, re.search("é", "CAFÉ", re.I), re.findall(r"\w+", "naïve café"))
for bad in [r"(abc", r"a{2,1}", r"[z-a]", r"*x"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e}")
re.compile(r"(?P<n>a)(?P<n>b)")
