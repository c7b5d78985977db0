import re

log = "2024-03-15 12:30:45 ERROR [db] Connection lost (code=42)"
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)")
m = pat.match(log)
print(m.group("level"), m["mod"], m.group(1, 2))
print(m.groupdict())
print(m.groups())
print(m.start("msg"), m.end("msg"), m.span("level"))
print(m.lastgroup, m.lastindex, m.re.groupindex["msg"])
m2 = re.search(r"(\w+)=(\d+)", log)
print(m2.group(0), m2.group(1), int(m2.group(2)))
opt = re.match(r"(a)(b)?(c)", "ac")
print(opt.groups(), opt.groups("-"), opt.group(2))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.match(r"(?:x)(y)", "xy").groups(), pat.groups)
