# strip, lstrip, rstrip, removeprefix, removesuffix
raw = "\t  Hello, World!  \n"
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(repr("xxhixyxx".strip("x")), repr("xyhixy".strip("yx")), repr("www.example.com".strip("cmowz.")))
print(repr("filename.txt".rstrip(".txt")), repr("filename.txt".removesuffix(".txt")))
print(repr("text.txt".rstrip(".txt")), repr("test.txt".removesuffix(".txt")))
print(repr("prefix_name".lstrip("prefix_")), repr("prefix_name".removeprefix("prefix_")))
print(repr("abc".removeprefix("")), repr("abc".removesuffix("abcd")), repr("aaa".removeprefix("a")))
print(repr("\u00a0nbsp\u2003".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()), repr("\0zero\0".strip()))
print(repr("  ".strip()), repr("".strip("abc")), repr("0001200".strip("0")), repr("0001200".lstrip("0")))
print(repr("$1,234.00".lstrip("$").replace(",", "")), float("$1,234.00".lstrip("$").replace(",", "")))
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
