# very large numbers used as sizes and indices
r = range(10 ** 20)
print(r[10 ** 19], r[-1], 10 ** 19 in r, r.index(12345), r[::10 ** 18][5], range(0, 10 ** 20, 3)[-1])
print(range(5)[10:], range(10)[::-3], list(range(10, 0, -3)), range(0) == range(2, 2), len(range(1, 10, 4)))
for expr in ["len(r)", "[1, 2][10 ** 20]", "'abc'[-10 ** 20]", "'x' * 10 ** 19", "r[10 ** 20]", "range(1, 2, 0)",
             "range(1.0)", "list(range(3))[1.0]", "[0] * -5", "'ab'[True]"]:
    try:
        print(expr, "->", eval(expr))
    except (OverflowError, IndexError, ValueError, TypeError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(len(range(10 ** 18)), range(10 ** 18).count(5), sum(range(10 ** 6)))
