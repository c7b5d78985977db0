import re

for bad in ["(abc", "a{2,1}", "[z-a]", "*x", "(?P<1>x)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r:>12}: {e} (pos {e.pos})")
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))")
def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError(f"bad character {s[pos]!r} at {pos}")
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokenize("x = 3.5 * (y + 42)"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("SyntaxError:", e)
print(re.compile(r"\d+").pattern, re.compile(r"\d+") == re.compile(r"\d+"))
print(re.search(r"(?<=\$)\d+", "cost $45").group(), re.search(r"\bcat\b", "concat cat").span())
