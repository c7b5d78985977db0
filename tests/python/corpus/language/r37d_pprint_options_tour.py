# pprint options on nested data: width, depth, compact, sort_dicts and underscore_numbers.
import pprint

data = {
    "zeta": list(range(25)),
    "alpha": {"nested": {"deeper": {"deepest": [1, 2, 3]}}, "big": 12345678901},
    "mid": ("a tuple of words that is fairly long", "and another long string here"),
    "set": {3, 1, 2},
}
pprint.pprint(data)
print("---")
pprint.pprint(data, width=50, depth=2, sort_dicts=False)
print("---")
pprint.pprint(data["zeta"], compact=True, width=40)
print(pprint.pformat(data["alpha"], underscore_numbers=True))
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([data["set"]]))
loop = [1]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"k": ["x" * 10, "y" * 10, "z" * 10]})
pprint.pp({"b": 1, "a": [frozenset({5}), b"bytes" * 6]}, width=30)
