# Regular expressions: VERBOSE patterns, lookarounds, backreferences and named substitutions
import re

phone = re.compile(r"""
    ^\(?(?P<area>\d{3})\)?   # area code, optional parentheses
    [\s.-]?(?P<ex>\d{3})      # exchange
    [\s.-]?(?P<num>\d{4})$    # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234-567"]:
    m = phone.match(s)
    print(s, "->", m and phone.sub(r"\g<area>-\g<ex>-\g<num>", s))
print(re.findall(r"\b(\w+) \1\b", "this is is a test test of the the end"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"\w+(?=!)", "wow! nice! ok"), re.findall(r"(?<!\$)\b\d+", "$10 and 20"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@web.com"))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"^\w", "ab\ncd", re.M))
print(re.match(r"(a)(b)?", "a").group(2), re.search(r"(?P<x>z)?", "q").groupdict())
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"), re.split(r"\s+", " a  b "))
re.sub(r"(a)", r"\2", "a")
