# Python 3.11 regex additions: atomic groups (?>...) and possessive quantifiers *+ ++ ?+
import re

print(re.findall(r"a(?>bc|b)c", "abcc abc"))
print(re.findall(r"a(?:bc|b)c", "abcc abc"))
print(re.fullmatch(r"x*+x", "xxx"), re.fullmatch(r"x*x", "xxx").group())
print(re.findall(r"\d++", "12 345 6"), re.findall(r"\w?+\d", "a1 22"))
m = re.match(r"(?>(\w+))\s", "word rest")
print(m.group(1), m.span())
print(re.search(r'"[^"]*+"', 'say "hi" now').group())
for pat in [r"(\d+)+$", r"(?>\d+)+$"]:
    print(pat, bool(re.match(pat, "1234567890")))
