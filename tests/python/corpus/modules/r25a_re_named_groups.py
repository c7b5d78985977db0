import re

log = """2024-01-02 10:15:00 ERROR disk full
2024-01-02 10:16:30 INFO retry ok
2024-01-03 08:00:01 WARNING low memory"""
line_re = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<msg>.*)")
for m in line_re.finditer(log):
    d = m.groupdict()
    print(f"{d['level']:<8}{d['date']} {d['msg']}")
m = line_re.match(log)
print(m.group("level", "msg"))
print(m.lastgroup, m.lastindex)
print(m.expand(r"[\g<level>] \g<msg>"))
print(m.group("severity"))
