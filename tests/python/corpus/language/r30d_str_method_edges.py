# String method edge cases: empty patterns, counts, replace with counts, find bounds, ord/chr errors
s = "banana"
print(s.count(""), s.count("an"), s.count("ana"), s.replace("", "-"), s.replace("a", "A", 2), s.replace("x", "y"))
print(s.find("a", 2), s.find("a", 2, 3), s.rfind("an", 0, 4), s.find(""), s.find("", 10), s.index("n", -3))
print("a b c".split(maxsplit=0), "a b c".split(" ", 0), s.split("a"), s.strip("ab"), s.lstrip("ban"))
print(s.startswith("an", 1), s.endswith(("x", "na")), s.startswith(""), s[1:].startswith("ana", 2))
print("".join({"k1": 1, "k2": 2}), "-".join("abc"), "x".join([]), ",".join(map(str, range(3))))
print("abc" * 0, "abc"[::-1][::-1], "a" < "b" < "c", "abc".center(8, "-"), "abc".center(2))
print("Hello"[1:4].upper().center(7, "~"), "%-5s|%5s|" % ("ab", "cd"), "tab\tx".expandtabs(2))
for bad in [lambda: ord("ab"), lambda: chr(65.0), lambda: "abc".index("d"), lambda: "a".join("b", "c"),
            lambda: "x".center(5, "ab"), lambda: "abc"[3], lambda: "abc".replace(1, 2)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s" % "text")
