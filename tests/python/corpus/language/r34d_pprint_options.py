# pprint options: width, depth, compact, sort_dicts, underscore_numbers and PrettyPrinter
import pprint

data = {"zeta": list(range(25)), "alpha": {"nested": {"deep": {"deeper": [1, 2]}}},
        "big": 12345678901, "words": ["lorem", "ipsum", "dolor", "sit", "amet"] * 3}
pprint.pprint(data, width=50)
pprint.pprint(data, depth=2, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, underscore_numbers=True, width=70, compact=True)
pp = pprint.PrettyPrinter(indent=4, width=40)
pp.pprint({"k": ("a tuple", "of strings", "that is long")})
print(pprint.pformat(set(range(15)), width=30))
print(pprint.isreadable({"a": object}), pprint.isrecursive([1]), pprint.saferepr("x" * 3))
lst = [1, 2]
lst.append([lst[:], lst[:]])
pprint.pprint(lst, width=10)
pprint.pp({"b": 1, "a": 2})
