# Regular expressions: findall, search groups, named groups, sub with a function, split
import re

log = "2024-03-01 ERROR disk full; 2024-03-02 WARN cpu hot; 2024-03-05 ERROR net down"
print(re.findall(r"\d{4}-\d{2}-\d{2}", log))
print(re.findall(r"(\d{2}) (ERROR|WARN)", log))
m = re.search(r"(?P<date>[\d-]+) (?P<level>WARN) (?P<msg>[^;]+)", log)
print(m.group("date"), m["level"], m.groupdict(), m.span(), m.start("msg"))
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.split(r"[;,]\s*", "a, b;c,   d"), re.split(r"(-)", "1-2-3"))
pat = re.compile(r"^[A-Z][a-z]+$", re.MULTILINE)
print(pat.findall("Alice\nbob\nCarol\nDAVE"), pat.pattern, bool(pat.match("Zed")))
print(re.fullmatch(r"\d+", "123x"), re.match(r"a*", "bbb"))
print([m.group() for m in re.finditer(r"\b\w{4}\b", "this word list has four")])
print(re.escape("a.b*c"), re.subn("o", "0", "foo boo"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
re.compile(r"(unclosed")
