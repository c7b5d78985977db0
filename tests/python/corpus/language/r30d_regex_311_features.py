# Regex features new in 3.11 (atomic groups, possessive quantifiers) and classic empty-match rules
import re

print(re.findall(r"(?>a+)b", "aaab aab b"), re.fullmatch(r"(?>a+)a", "aaa"))
print(re.findall(r"\d++", "12 345"), re.match(r"a*+a", "aaa"), re.match(r"a*a", "aaa"))
print(re.findall(r"\w?+x", "ax x"), re.findall(r"(?:ab)*+c", "ababc abc c"))
print(re.sub(r"\b", "|", "hi you"), re.sub(r"", "-", "abc"), re.split(r"\b", "a b"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"), re.findall(r"(?<=\()\w+(?=\))", "f(x) g(yy) (z"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"(?s)a.b", "a\nb"), re.findall(r"a.b", "a\nb"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-05-17")
print(m.expand(r"\g<m>/\g<y>"), m.lastgroup, m.lastindex, m.regs, m.string[m.end():])
print(re.compile(r"(?i)straße").match("STRASSE"), re.compile(r"(?i)ß").match("ẞ") is not None)
print(re.findall(r"[[:alpha:]]", "ab"))
