# Less common str methods a course might cover: partition, translate, casefold and more.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower(), "Straße".upper())
print("hello world's end".title(), "hello WORLD".capitalize(), "HeLLo".swapcase())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2))
print(repr("a\tbc\td".expandtabs(4)), repr("line1\nline2\r\nline3".splitlines(keepends=True)))
print("test_case.py".removesuffix(".py"), "test_case".removeprefix("test_"), "x".removeprefix("xy"))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello academy".translate(table))
print("abc".translate(str.maketrans("abc", "xyz", "b")))
print("title".center(11, "*"), "|" + "r".rjust(4) + "|" + "l".ljust(4) + "|")
print("var_1".isidentifier(), "1var".isidentifier(), "١٢".isdigit(), "½".isnumeric(), "½".isdigit())
print("banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"))
try:
    "banana".index("x")
except ValueError as e:
    print("ValueError:", e)
print(" a  b ".split(), " a  b ".split(" "), "a,b,,c".split(",", 2), "a b c".rsplit(None, 1))
print("-".join(["x", "y"]), "".join(reversed("stressed")), "ab" * 3)
print("Hello".startswith(("He", "Yo")), "x.tar.gz".endswith("gz", 0, 5))
print("   \t\n".isspace(), "".isspace(), "ABC".isupper(), "A1".isalnum(), "é".isascii())
print("%s" % "ǅ".istitle(), "ﬁ".upper(), len("ﬁ".upper()))
