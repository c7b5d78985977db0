# String methods called with the wrong kinds of arguments
tests = [
    ("split", ("a,b", ",", "1")),
    ("replace", ("abc", "a")),
    ("strip", ("  x ", 5)),
    ("center", ("x", 5, "ab")),
    ("join", (",", [1, 2])),
    ("startswith", ("abc", ["a"])),
    ("count", ("abc",)),
    ("zfill", ("7", "3")),
]
for name, args in tests:
    try:
        print(name, getattr(str, name)(*args))
    except (TypeError, ValueError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print("total: " + sum(["a", "b"]))
