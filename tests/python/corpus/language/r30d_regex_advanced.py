# Regex beyond basics: verbose patterns, lookarounds, backreferences, \g<name>, match reprs and flags
import re

phone = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?
    (?P<num>\d{3}[-.\s]?\d{4})
""", re.VERBOSE)
m = phone.search("call 555.123-4567 now")
print(m, m.group("area", "num"), phone.flags & re.VERBOSE != 0)
print(re.sub(r"(?P<word>\b\w+\b) (?P=word)", r"\g<word>", "this is is a test test"))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!\$)\b\d+", "$5 and 7 and $9 11"))
print(re.findall(r"a*", "baaac"), re.split(r"x*", "axbc"), re.sub(r"x*", "-", "abxd"))
print(re.compile(r"ab+", re.I | re.M), re.compile("x"), repr(re.compile(r"\d")))
print(re.match(r"(\w+)@(\w+)\.com", "me@site.com").groups(), re.search(r"(a)(b)?", "ac").groups(default="-"))
print(re.sub(r"(\d+)", lambda m: f"<{int(m[1]) ** 2}>", "3 and 12"), re.findall(r"[^\W\d_]+", "héllo wörld 42_x"))
print(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "first.last+tag@mail.example.org") is not None)
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d", maxsplit=2), re.escape("1+1=2?"), re.purge())
try:
    re.compile(r"(?P<x>a)(?P<x>b)")
except re.error as e:
    print("re.error:", e.msg, e.pos)
re.sub(r"(a)", r"\2", "a")
