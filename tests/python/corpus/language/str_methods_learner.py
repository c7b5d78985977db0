s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip("! ")))
print(s.lower(), s.upper(), s.title(), s.swapcase())
print(s.split(","), s.split(), "a,b,,c".split(","), "a b  c".split(" "))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), "abc"[::-1])
print("banana".count("a"), "banana".find("n"), "banana".rfind("n"), "banana".index("na"))
print("banana".replace("a", "o", 2), "hello".center(11, "*"), "7".zfill(3), "-7".zfill(4))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "42".isdigit(), "4.2".isdigit())
print("Hello World".partition(" "), "a=b=c".rpartition("="), "a\tb".expandtabs(4))
print("line1\nline2\r\nline3".splitlines(), "x".ljust(4, ".") + "|", "ß".upper())
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"}, "abc" * 2, "b" in "abc")
print(ord("A"), chr(97), "%c" % 66, "abc".encode(), b"xyz".decode(), str(b"hi"))
print("{} is {} years".format("Ann", 30), "%s-%s" % ("a", "b"), "x".join("123"))
print("Hello".casefold(), "hello world".capitalize(), "  ".isspace(), "AbC".isupper())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("abc"[5:], "abc"[-1], "abcdef"[1:5:2])
"abc"[5]
