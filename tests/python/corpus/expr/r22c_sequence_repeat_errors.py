# repeating strings and lists: * with odd operands
print("ab" * 3, 3 * "ab", "ab" * 0, repr("ab" * -2), [0] * 4, [[]] * 2, (1,) * 3)
print("-" * 20)
print("=" * True, [1, 2] * False)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid, "<- shared rows")
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
s = "ha"
s *= 3
print(s)
for expr in ['"ab" * 2.0', '"ab" * "2"', '[1] * 1.5', '"a" * None', '"ab" + 3', '3 + "ab"', '[1] + (2,)',
             '"x" - "y"', '-"x"', '"5" * "5"', '(1, 2) + [3]', '"ab" * (10 ** 20)']:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
count = input if False else 3
print("Value: " + count)
