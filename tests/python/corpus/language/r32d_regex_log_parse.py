# Parsing log lines with re: named groups, findall, sub with a function, split and flags
import re

log = """2024-01-05 10:15:02 ERROR disk full (code=28)
2024-01-05 10:16:40 INFO started worker-3
2024-01-06 00:00:01 WARNING slow response 1532ms
garbage line"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["date"], m.span("msg"), m.groupdict()["msg"])
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(-)", "1-2-3"))
print(re.fullmatch(r"[a-z]+", "abc1"), bool(re.search(r"ERROR", log)))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.escape("a.b*c"))
m = re.match(r"(\d+)-(\d+)?", "12-")
print(m.groups(), m.groups("none"), m.group(0, 1), m.start(2), m.lastindex)
print(re.subn(r"o", "0", "foo boo"), pat.pattern[:12], pat.groups, pat.groupindex["level"])
print(re.findall(r"\b\w", "the quick  brown"), re.compile("x", re.I | re.M).flags)
re.compile(r"(unclosed")
