# Operator precedence surprises.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(not 1 == 2, not (1 == 2), 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(5 - 3 - 1, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2 * 2)
print(1 or 2, 0 or "", None and 1, [] or [0], "a" and "b", 0 and 1 / 0)
print(1 + 2 if False else 3 + 4, 6 & 3 | 4, 1 << 2 + 1, ~5, -~5, ~-5)
print("a" + "b" * 3, ("a" + "b") * 3, 3 * "ab" + "c", "x" in "xyz" == True)
print(True + 1 == 2, 10 - -3, 10 - - - 3, +(-3), 2 ** -1, 4 ** 0.5)
x = 5
x += x * 2
print(x, x == 15 and x > 10 or x < 0)
print((1, 2) == (1, 2), [1] * 0, "" * 5, 0 * "x" == "")
