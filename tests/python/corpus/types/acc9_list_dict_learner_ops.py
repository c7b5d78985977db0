# List and dict operations a learner polishing output reaches for.
nums = [5, 3, 8, 1]
nums.insert(1, 9)
nums.extend(range(2))
print(nums, nums.index(8), nums.count(1), nums.pop(), nums.pop(0), nums)
nums.remove(1)
print(nums, nums[::2], nums[::-1], nums[1:-1], nums * 2, [0] * 3 + nums)
nums[1:3] = ["a", "b", "c"]
print(nums, len(nums))
del nums[::2]
print(nums, list(enumerate(nums, 1)), list(zip(nums, "xyz")))
d = dict.fromkeys("abc", 0)
d.update(b=2, z=26)
print(d, d.setdefault("a", 9), d.setdefault("q", []), d.pop("z"), d.pop("nope", "dflt"), d.popitem())
print(d | {"new": 1}, {**d, "a": 100}, sorted(d, key=d.get), list(d.items())[:2], d.get("zz"))
d |= {"c": 3}
print(d, "a" in d, 0 in d.values(), len(d), list(reversed(d)), dict(zip("xy", (1, 2))))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
