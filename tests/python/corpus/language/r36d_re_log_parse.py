# Parsing log lines with a verbose regex, named groups and a replacement function.
import re

LINE = re.compile(r"""
    ^(?P<level>[A-Z]+)\s+      # level
    \[(?P<mod>[\w.]+)\]\s+      # module
    (?P<msg>.*?)                # message
    (?:\s+\((?P<ms>\d+)ms\))?$  # optional duration
""", re.VERBOSE)

logs = """INFO [app.main] started (12ms)
WARN [app.db] slow query (340ms)
ERROR [net] connection reset
bogus line""".splitlines()

for line in logs:
    m = LINE.match(line)
    if not m:
        print("no match:", line)
        continue
    print(m.groupdict(), m.span("msg"), m.lastgroup)

def mask(m):
    return m.group(1) + "*" * len(m.group(2))

print(re.sub(r"(\d{2})(\d+)", mask, "card 12345678 pin 9876"))
print(re.split(r"[,;]\s*", "a, b;c ;d"))
print(re.findall(r"(\w)=(\d)", "a=1 b=2 c=x"))
print(re.fullmatch(r"\d+", "123x"), bool(re.fullmatch(r"\d+", "123")))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello", count=2))
pat = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
print(pat.sub(r"\g<m>/\g<y>", "2021-03 and 1999-12"))
print(pat.groupindex["m"], pat.groups, pat.pattern)
print(re.escape("1+1=2?"))
print(re.subn(r"o", "0", "foo boo"))
