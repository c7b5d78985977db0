# Regular expressions: lookarounds, inline flags, non-greedy matching, conditional groups
import re

text = "price: $30, cost: $4.50, discount: 10%, total: $31.50 USD"
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", text))
print(re.findall(r"\d+(?=%)", text))
print(re.findall(r"\b\w+(?=:)", text))
print(re.sub(r"(?<!\$)\b(\d+)\b(?!%)", r"<\1>", "a 5 $6 7% 8"))
print(re.findall(r"(?i)usd|Cost", text))
print(re.search(r"(?x) \$ (\d+) \. (\d+)  # dollars and cents", text).groups())
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<(.+)>", html), re.findall(r"<(.+?)>", html))
pat = re.compile(r"(<)?(\w+@\w+\.com)(?(1)>|$)")
for s in ["<a@b.com>", "a@b.com", "<a@b.com"]:
    m = pat.match(s)
    print(s, bool(m) and m.group(2))
print(re.findall(r"(\w)\1", "aabbcdeff"), re.findall(r"(?P<ch>\w)(?P=ch)", "xxyz"))
print(re.compile(r"\d+", re.A | re.M).flags & re.M == re.M, re.I.name if hasattr(re.I, "name") else re.I)
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 3), m.lastindex, m.start(2), m.expand(r"\3\1"))
