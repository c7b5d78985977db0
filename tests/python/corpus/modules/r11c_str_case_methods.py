words = ["hello world", "HELLO", "they're bill's friends", "ß straße", "ǆemal", "hello-world_foo 3rd"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.upper()), repr(w.casefold()))
print("Straße".lower() == "strasse", "Straße".casefold() == "STRASSE".casefold())
print("ΣΑΣ".lower(), "İ".lower(), len("İ".lower()))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "123".islower())
import string
print(string.capwords("  the  quick brown   fox "), string.capwords("a-b c-d", "-"))
print("ﬁ".upper(), "ŉ".upper())
