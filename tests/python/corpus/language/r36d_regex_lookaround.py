# Regex features beyond the basics: lookarounds, backreferences, flags and lazy matching.
import re

pw_rule = re.compile(r"^(?=.*[A-Z])(?=.*\d)(?!.*\s).{8,}$")
for pw in ["weakpass", "Strong123", "Has Space1X", "Sh0rT"]:
    print(pw, bool(pw_rule.match(pw)))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"))
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the thing"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@site.com now"))
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html), re.findall(r"<.+?>", html))
text = "first line\nSecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"line.third", text, re.S))
print(re.findall(r"(?i)^s\w+", text, flags=re.M))
for m in re.finditer(r"\d+", "a1bb22ccc333"):
    print(m.group(), m.start(), m.end(), end="; ")
print()
print(re.split(r"(\d)", "a1b2c"), re.split(r"\s*", "ab c"), re.sub(r"x*", "-", "abc"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups(default="-"))
m = re.search(r"(?P<key>\w+)=(?P<val>\w+)", "  color=red ")
print(m["key"], m.group("val", 1), m.expand(r"\g<val>:\g<key>"), m.re.pattern, m.string)
for bad in [r"(unclosed", r"*star", r"a{2,1}", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
print(re.compile(r"\d").flags & re.UNICODE != 0, re.purge() is None, re.ASCII.value)
