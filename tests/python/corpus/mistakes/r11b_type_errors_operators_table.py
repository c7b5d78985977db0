# Operators between values that do not go together.
vals = {"i": 3, "f": 2.5, "s": "ab", "l": [1], "t": (1,), "d": {"k": 1}, "n": None, "b": b"x"}
for expr in ["s + i", "i + s", "l + t", "t + l", "s * f", "l * l", "d + d", "n + i",
             "i - s", "s - s", "b + s", "s + b", "f // s", "i ** s", "-s", "~f", "+l",
             "i & f", "s % i", "l < t", "d < d", "n < i", "s in i", "i in s", "l in s",
             "n in d", "[] in d", "i[0]", "f[0]", "n[0]", "len(i)", "len(f)", "abs(s)",
             "round(s)", "s @ s", "i << f", "f >> 1"]:
    try:
        print(expr, "=", eval(expr, {}, vals))
    except TypeError as e:
        print(f"{expr:7} TypeError: {e}")
