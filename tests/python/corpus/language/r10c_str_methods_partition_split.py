line = "key=value=more"
print(line.partition("="), line.rpartition("="), line.partition("#"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  many   spaces here ".split(), "  many   spaces ".split(" "))
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines(), text.splitlines(keepends=True)[:2])
print("".splitlines(), "\n".splitlines(), "x\n".split("\n"))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), repr("\t".expandtabs(0)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("hi".center(7, "*"), "hi".center(6, "*"), "hi".ljust(5, "."), "hi".rjust(5))
try:
    "hi".center(9, "ab")
except TypeError as e:
    print(e)
try:
    "a,b".split("")
except ValueError as e:
    print(e)
print("www.example.com".strip("w.moc"), "xxhixx".lstrip("x"), "  \tpad\n ".strip())
print("mississippi".rstrip("ips"), "mississippi".strip("m"))
print("abc".removeprefix("a"), "abc".removesuffix("bc"), "abc".removeprefix("z"))
print("one two three".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
