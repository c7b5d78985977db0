# Everyday str methods: center, ljust, zfill, expandtabs, partition, rsplit, splitlines, title.
s = "factorial of five"
print(s.center(25, "*"), s.ljust(20, "-") + "|", s.rjust(20) + "|", "7".zfill(3), "-7".zfill(4), "+7".zfill(4))
print(s.title(), s.capitalize(), s.upper(), s.swapcase(), "ÀbC".swapcase(), "ß".upper(), "ǆ".title())
print(s.partition(" of "), s.rpartition("o"), s.partition("z"), s.rpartition("z"))
print(s.split(), s.split("o"), s.rsplit(" ", 1), s.rsplit("o", 1), s.split(None, 1), "a  b".split(" "))
print("x\ty\tz".expandtabs(4), "ab\tc".expandtabs(0), "\t".expandtabs(), len("a\tb".expandtabs()))
print("l1\nl2\r\nl3\r\x0bl4\x1cl5\u2028l6".splitlines(), "".splitlines(), "x\n".splitlines(True))
print(s.count("o"), s.find("of"), s.rfind("o"), s.index("five"), s.startswith(("fac", "x")), s.endswith("ive", 0, 17))
print(s.replace("o", "0", 1), s.replace("", "|")[:12], "-".join("abc"), ", ".join(map(str, [1, 2])))
print("  pad  ".strip(), "xxhixx".strip("x"), "  pad".lstrip(), "pad  ".rstrip() + "|", "www.ex.com".lstrip("w."))
print("Hello".casefold() == "HELLO".casefold(), "abc".isalpha(), "a1".isalnum(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("hello world".title(), "HELLO".istitle(), "Hello World".istitle(), " ".isspace(), "".isspace(), "ABC".isupper())
print("a-b_c d".translate(str.maketrans("-_", "  ")), "abc".translate({97: None, 98: "BB"}))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("%s|%s" % ("x".center(4), "xy".center(5)), "abc"[::-1], "abc" * 2, "b" in "abc")
