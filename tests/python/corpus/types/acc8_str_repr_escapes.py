# str and repr of strings with quotes and escapes. (\N{...} escapes are out of scope)
items = ["it's", 'say "hi"', 'both \' and "', "tab\there", "new\nline", "back\\slash", "\x00\x7f", "é€😀", "\u200b"]
for s in items:
    print(repr(s), len(s))
print(items)
print(str(items[0]), ascii("é€😀"), "%r" % "x'y")
print(repr(b"bytes\n'\""), list(b"AB"), bytes([65, 66]), b"abc".decode())
print(r"raw\n", "a" "b" 'c', """tri"ple""", len("""
"""))
print(ord("A"), chr(8364), ord("😀"), "\u03b1")
print("ab" * 3, "-" * 10, "abc"[::-1], "abc" < "abd", "Z" < "a", "abc".encode())
