# Regex empty-match rules, lookarounds, inline flags, Match.expand and a nested-set FutureWarning
import re

print(re.sub(r"\b", "|", "hi you"), re.sub(r"", "-", "abc"), re.split(r"\b", "a b"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"), re.findall(r"(?<=\()\w+(?=\))", "f(x) g(yy) (z"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"(?s)a.b", "a\nb"), re.findall(r"a.b", "a\nb"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-05-17")
print(m.expand(r"\g<m>/\g<y>"), m.lastgroup, m.lastindex, m.regs, m.string[m.end():])
print(re.compile(r"(?i)straße").match("STRASSE"), re.compile(r"(?i)ß").match("ẞ") is not None)
print(re.findall(r"[[:alpha:]]", "ab"))
