# min and max: keys, defaults and their errors
words = ["pear", "fig", "banana", "kiwi"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(3, 7, 5), min("bca"))
print(max([], default=None), min((), default="empty"), max([2, 8], default=0), max("a", "b", key=str.upper))
print(max([1, 2.5, True]), min([-0.0, 0.0]), max([0.0, -0.0]), max([float("nan"), 1, 2]), max([1, float("nan"), 2]))
print(max({"b": 1, "a": 2}), max({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), min([[2, 1], [1, 5], [1, 2]]))
for expr in ["max([])", "min(())", "max(1)", "max()", "max([1, 'a'])", "max(1, 2, default=0)", "min([], key=len)",
             "max('')", "max([[1], (1,)])", "max(None)"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
