samples = ["hello world", "HELLO WORLD", "it's o'neil's 3rd-time", "mIxEd cAsE",
           "ß straße", "ﬁnance", "élan vital", "  leading", "x1y2z3 abc"]
for s in samples:
    print(f"{s!r:28} title={s.title()!r:28} cap={s.capitalize()!r}")
for s in ["Hello", "hello", "HELLO", "Hello World", "Hello world", "123", "A1", ""]:
    print(repr(s), s.istitle(), s.isupper(), s.islower(), s.swapcase())
print("straße".upper(), "ǅ".lower(), "ǆ".title(), "ΣΑΣ".lower())
print("İ".lower(), len("İ".lower()), "ﬀ".upper())
print("Python".casefold() == "PYTHON".casefold(), "Straße".casefold())
import string
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
