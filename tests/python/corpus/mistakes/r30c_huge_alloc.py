# Allocating absurdly large lists and strings by a units mistake.
items_per_page = 10 ** 12
for expr in ["[0] * items_per_page", "'ab' * items_per_page", "bytearray(items_per_page)",
             "len(range(10 ** 20))", "[None] * (2 ** 62)", "range(10 ** 20)[-1] > 0"]:
    try:
        v = eval(expr)
        print(expr, "ok", v if isinstance(v, bool) else type(v).__name__)
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
grid = [[0] * 1000] * items_per_page
