# Template expansion with re.sub and a function, named groups, groupdict defaults and subn counts.
import re

template = "Hello {name}, you owe {amount:.2f} by {date}. {unknown} stays."
values = {"name": "Ada", "amount": 12.5, "date": "Friday"}
pattern = re.compile(r"\{(?P<key>\w+)(?::(?P<spec>[^}]*))?\}")

def fill(m):
    key = m["key"]
    if key not in values:
        return m.group(0)
    return format(values[key], m.group("spec") or "")

print(pattern.sub(fill, template))
print(pattern.subn(fill, template)[1])
for m in pattern.finditer(template):
    print(m.start(), m.end(), m.groupdict(default="-"), m.span("key"))
print(re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<w>\b\w)", r"<\g<w>>", "one two three", count=2))
print(re.split(r"(,|;)\s*", "a, b;c ,d"))
print(re.findall(r"(\w)(\d)?", "a1bc2"))
print(re.fullmatch(r"[a-z]+", "abc1"), bool(re.fullmatch(r"[a-z]+", "abc")))
print(re.escape("1+1=2? (yes)"))
print(pattern.pattern, pattern.groups, pattern.groupindex["spec"])
