# splitlines and split edges: unusual line breaks, keepends, maxsplit, and empty pieces
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\x85nine"
print(text.splitlines())
print(len(text.split("\n")), "a\n\nb\n".splitlines(), "a\n\nb\n".split("\n"))
print("a\nb\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("  a  b  ".split(" "), "  a  b  ".split(None, 1), "a,b,c".split(",", maxsplit=1))
print("a,b,c".rsplit(",", 1), "abc".split("abc"), "x".split("x"), " \t\n ".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "k".partition("="))
print(b"a\nb\x0bc".splitlines(), "line\x1dsep".splitlines())
print("a b".split(""))
