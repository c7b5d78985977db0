# Password and token validation with lookaheads, lookbehinds, non-greedy quantifiers and flags.
import re

strong = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for pw in ["password", "Passw0rd", "Passw0rd!", "Sh0rt!", "Long enough 1A!"]:
    print(f"{pw:18}{bool(strong.match(pw))}")
prices = "cost $12.50, tax $1.05, total USD 13.55"
print(re.findall(r"(?<=\$)\d+\.\d\d", prices), re.findall(r"(?<!\$)\b\d+\.\d\d", prices))
html = "<b>bold</b> and <i>it</i>"
print(re.findall(r"<.+>", html), re.findall(r"<.+?>", html), re.sub(r"<[^>]+>", "", html))
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test case", flags=re.I))
print(re.search(r"^end$", "start\nend\nmore", re.M).span(), re.search(r"a.c", "a\nc", re.S).group())
m = re.match(r"(?P<user>[\w.]+)@(?P<domain>(?:\w+\.)+\w+)", "john.doe@mail.example.com")
print(m.group("user", "domain"), m.lastgroup, m.lastindex, m.re.flags & re.UNICODE != 0)
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.split(r"(?<=[.!?])\s+", "Hi. How are you? Fine!"))
print(re.findall(r"\d{2,3}?", "12345"), re.findall(r"a{,2}", "aaa"), re.findall(r"(?:ab)+", "ababxab"))
print(bool(re.fullmatch(r"[\w-]+(\.[\w-]+)*", "a-b.c_d")), re.compile(r"x", re.I | re.M).flags)
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error:", e)
re.compile(r"(unclosed")
