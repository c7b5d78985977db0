# Chained comparisons, identity vs equality, is with small ints and strings, and ordering errors
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 == 5.0, 1 < 2 < 3 < 2)
print(x == 5.0, x is 5 if False else "skip", [1, 2] == [1, 2], [1, 2] is [1, 2])
a = [1]
b = a
print(a is b, a == [1], None == False, None is None, not None)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [3] > [2, 9])
print(0 == 0.0 == False, "1" == 1, 1 in [1.0], float("nan") == float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan is nan)
print(max(1, 2, key=None), (2, "b") > (1, "z"), sorted([(1, "b"), (1, "a"), (0, "z")]))
def noisy(v):
    print("  eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print({1, 2} < {1, 2, 3}, {1} < {2}, {1} > {2})
print([1, "a"] < [1, 2])
