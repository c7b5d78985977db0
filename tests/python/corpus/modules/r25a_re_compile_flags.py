import re

pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
headers = "Host: example.com\nAccept: */*\nX-Id:  42"
print(pat.findall(headers))
print(dict(pat.findall(headers)))
ci = re.compile(r"python", re.IGNORECASE)
print(ci.findall("Python PYTHON python pyThon"))
verbose = re.compile(r"""
    (?P<year>\d{4})  # year
    -
    (?P<month>\d\d)  # month
""", re.VERBOSE)
m = verbose.search("date: 2023-11")
print(m.group("year"), m["month"], m.groupdict())
dot = re.compile(r"a.b", re.DOTALL)
print(dot.match("a\nb"), re.match(r"a.b", "a\nb"))
print(pat.pattern[:10], pat.flags & re.MULTILINE != 0)
print(re.compile(r"\d+").sub("#", "a1b22c333"))
print(re.compile(r"x*").findall("axxb"))
print(re.I | re.M)
print(pat)
print(re.compile("ab", re.I))
