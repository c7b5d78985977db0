# building dicts from pairs read from different places
attempts = [
    lambda: dict([("a", 1), ("b", 2, 3)]),
    lambda: dict(["ab", "cde"]),
    lambda: dict([1, 2]),
    lambda: {}.update(5),
    lambda: {[1]: "x"},
    lambda: dict.fromkeys(5),
    lambda: {"a": 1}.get("a", default=0),
]
for a in attempts:
    try:
        print(a())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
