# Passing "infinity-like" huge ints as search bounds, rounding digits and widths.
BIG = 10 ** 30
nums = [4, 8, 15]
text = "needle in a haystack"
for expr in ["nums.index(15, 0, BIG)", "text.find('hay', 0, BIG)", "text.count('a', -BIG, BIG)",
             "text.startswith('need', 0, BIG)", "round(2.5, BIG)", "round(7, BIG)",
             "text.ljust(BIG)", "nums.insert(BIG, 16) or nums", "'-' * -BIG"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
