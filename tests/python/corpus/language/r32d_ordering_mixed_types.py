# Comparisons across types: what is ordered, what is equal, and the TypeError when sorting mixed lists
print(1 == 1.0 == True, "1" == 1, None == 0, [] == (), [1] < [1, 0], (1, "a") < (1, "b"))
print(sorted([3, 1.5, True, 0, -2.25]), max([1, 2.0, True]), min("b", "a", "c"))
print({1, 1.0, True}, {"a": 1} == {"a": 1.0}, float("nan") in [float("nan")], 0.1 + 0.2 > 0.3)
print("apple" < "banana" < "cherry", "Zebra" < "apple", "a" * 3 > "aa", (1, 2) < (1, 2, -1))
print([1, 2] == [1, 2.0], (0,) > (), frozenset({1}) < {1, 2}, {1: 2}.items() < {1: 2, 3: 4}.items())
for pair in [(1, "1"), (None, 1), ([1], (1,)), ({1}, [1]), ({}, {})]:
    try:
        print(pair, pair[0] < pair[1])
    except TypeError as e:
        print(pair, "TypeError:", e)
sorted([("a", 1), ("a", None)])
