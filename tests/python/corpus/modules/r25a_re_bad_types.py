import re

print(re.findall(r"\d", "a1b2"))
try:
    re.findall(r"\d", 12345)
except TypeError as e:
    print("TypeError:", e)
try:
    re.findall(rb"\d", "abc1")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"(a)", r"\2", "abc")
except re.error as e:
    print("re.error:", e)
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2))
print(m.group(3))
