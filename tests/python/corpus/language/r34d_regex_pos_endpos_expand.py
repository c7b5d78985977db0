# Compiled pattern methods with pos/endpos, \g<0> and \g<name> in replacements, Match indexing
import re

word = re.compile(r"(?P<w>[a-z]+)")
text = "one two three four"
print(word.match(text, 4).group(), word.match(text, 3))
print(word.search(text, 5, 9).group(), word.findall(text, 0, 7))
print([m.span() for m in word.finditer(text, 8)])
print(word.fullmatch(text, 4, 7), word.fullmatch("xyz"))
print(re.sub(r"\w+", r"[\g<0>]", "a bc"), word.sub(r"<\g<w>>", "hi there"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"), re.sub(r"x", lambda m: m.group().upper() * 2, "axbx"))
m = re.search(r"(?P<key>\w+)=(?P<val>\w*)", "  key=value; other")
print(m[0], m["key"], m[2], m.pos, m.endpos, m.re.pattern, m.string[:5], m.lastgroup)
print(m.expand(r"\g<val>:\g<key>"), m.start("val"), m.end(), m.regs if False else m.span(2))
print(word.scanner if False else word.split("a1b22c", maxsplit=0))
try:
    re.sub(r"x", r"\2", "x")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
