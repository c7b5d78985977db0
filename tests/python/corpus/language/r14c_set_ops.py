# Set operations printed sorted: union, intersection, differences, subsets.
python = {"ana", "ben", "cai", "dee", "eve"}
java = {"ben", "dee", "fay", "gus"}
print("both:", sorted(python & java))
print("either:", sorted(python | java))
print("only python:", sorted(python - java))
print("exactly one:", sorted(python ^ java))
print({"ben"} <= java, {"ben", "ana"} < python, python.isdisjoint({"zed"}))
nums = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
print(nums, len(nums), sorted(nums, reverse=True))
nums.discard(100)
nums.add(7)
nums -= {1, 2}
print(sorted(nums))
try:
    nums.remove(100)
except KeyError as e:
    print("KeyError", e)
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
print(frozenset({1, 2}) | {3}, {frozenset({1}): "one"})
letters = [set(w) for w in ["apple", "grape", "pear"]]
print(sorted(set.intersection(*letters)), sorted(set().union(*letters)))
