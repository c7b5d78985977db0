# comparing across types: what works and what raises
print(1 == 1.0, 1 == "1", "1" == 1, None == 0, [] == (), [1] == [1.0], (1, 2) == (1, 2.0))
print(1 < 1.5, 2 ** 60 < 2.0 ** 60 + 1, 10 ** 400 > 1e308, -10 ** 400 < float("-inf"))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "" < "a", "a" < "B")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9, 9), [] < [0])
print({1, 2} < {1, 2, 3}, {1} < {2}, {1, 2} <= {1, 2}, {"a": 1} == {"a": 1.0})
pairs = [("1", 1), (None, 0), ([1], (1,)), ({}, {}), (1, None), ("a", ["a"]), ((1,), [1]), (1.5, "2")]
for a, b in pairs:
    try:
        print(repr(a), "<", repr(b), "=", a < b)
    except TypeError as e:
        print("TypeError:", e)
for items in [[3, "1", 2], [None, 1], [(1, "a"), (1, 2)], [1, 2.5, True]]:
    try:
        print(sorted(items))
    except TypeError as e:
        print("TypeError:", e)
print(max([1, "2"]))
