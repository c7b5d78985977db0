# Parsing and reformatting dates in a log with named groups and a replacement function
import re

log = """2024-03-05 ERROR disk full
2024-12-31 INFO  backup done
1999-01-09 WARN  legacy mode
bad line here"""

pat = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\s+(?P<lvl>[A-Z]+)\s+(?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.groupdict(), m.span("msg"))

def us(m):
    return f"{m['m']}/{m['d']}/{m['y']}"

print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", us, log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", log, count=1))
print(pat.groupindex["lvl"], pat.groups)
print(re.subn(r"\s+", " ", "a   b \t c"))
print(re.split(r"(\d)", "a1b2c"))
print(re.fullmatch(r"\w+", "abc!"), bool(re.fullmatch(r"\w+", "abc")))
print(re.escape("1+1=2?"))
