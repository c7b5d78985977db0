# precedence mistakes with bitwise, comparison, not and unary minus
x = 6
print(x & 1 == 0, (x & 1) == 0, x % 2 == 0)
print(1 + 2 << 1, 1 + (2 << 1), 2 ** -1, -2 ** 2, (-2) ** 2, 2 * 3 ** 2)
print(not 1 == 2, not (1 == 2), (not 1) == 2, not 1 + 1, -x ** 0.5 if False else -(x ** 0.5))
print(True + True == 2, 3 > 2 > 1, (3 > 2) > 1, 1 < 2 == 2, 10 - 5 - 2, 2 ** 3 ** 0, 100 / 10 / 5)
print(5 // 2 * 2 + 5 % 2, -7 // 2 * 2 + -7 % 2, 8 / 2 * 4, 8 / (2 * 4), 2 * 3 % 4, 2 * (3 % 4))
print(1 or 0 and 0, (1 or 0) and 0, 0 and 1 or 2, "a" or "b" and "c", None or False or 0)
print(~x + 1, -~x, ~-x, x ^ 1 | 4 & 12, (x ^ 1) | (4 & 12), x | 1 ^ 3)
print(3 if x > 5 else 4 + 10, (3 if x > 5 else 4) + 10, [1, 2] * 2 + [3], "ab" + "c" * 2)
print(x == 6 or 7, x == (6 or 7), x in [5, 6] == True, (x in [5, 6]) == True)
y = 0
print(not y is None, (not y) is None, -y, +-+-x, - - x)
print(2 + 3 * 4 ** 2 / 8 - 1 // 3)
