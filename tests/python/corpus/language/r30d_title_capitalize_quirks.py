# str.title and capitalize quirks with apostrophes and digits, and string.capwords as a fix
import string
import re

phrases = ["they're bill's friends", "hello world", "3rd place", "o'neil", "ßtraße", "e.e. cummings", "ALL CAPS"]
for p in phrases:
    print(f"{p!r:26} title={p.title()!r:26} cap={p.capitalize()!r:26} words={string.capwords(p)!r}")


def smart_title(s):
    return re.sub(r"[A-Za-z]+('[A-Za-z]+)?", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), s)


print(smart_title("they're bill's friends from the UK"))
print("a-b_c d".title(), "aBc".swapcase(), "ǉ".title(), "ǉ".capitalize(), "ﬀ".title())
print("hello\tworld".title(), "x1y2".title(), "élan vital".title())
