# Operator precedence: arithmetic, power, unary minus, bitwise and not
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -3 // 2, -(3 // 2))
print(1 + 2 == 3, 1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 ^ 3)
print(not 1 == 2, not 1 + 1, True + True, 10 - 2 - 3, 100 / 10 / 5)
print(3 > 2 and 2 > 1 or 0, 0 or 1 and 2, (0 or 1) and 2)
print(~5, ~-1, 7 % 3 * 2, 7 % (3 * 2), 2 * 3 % 4)
x = 5
x += 2 * 3
x //= 2
x **= 2
print(x, x % 7 == 1, 'yes' if x > 20 else 'no')
print([1, 2] * 2 + [3], 'ab' * 2 + 'c', 3 * 'x' == 'xxx')
print(1 + 'a')
