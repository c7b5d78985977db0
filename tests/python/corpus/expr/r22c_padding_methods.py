# center, ljust, rjust, zfill, expandtabs
for w in ["a", "ab", "abc", "abcd"]:
    print(f"[{w.center(7)}] [{w.center(6, '*')}] [{w.ljust(5, '.')}] [{w.rjust(5, '-')}]")
print("[" + "odd".center(8) + "]", "[" + "even".center(9) + "]", "[" + "x".center(2) + "]")
for s in ["42", "-42", "+42", "3.14", "-0.5", "abc", "", "-", "00", "12345"]:
    print(repr(s), "zfill(5) ->", repr(s.zfill(5)))
print(str(-7).zfill(4), f"{-7:04d}", "%04d" % -7)
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print("title".center(3), "x".ljust(-5) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
"x".zfill(2.0)
