# Number built-ins given wrong arguments.
calls = [
    'int([1])',
    'float(None)',
    'round(1.5, 1.5)',
    'divmod("a", 1)',
    'pow("2", 3)',
    'abs(None)',
    'int("5", "10")',
    'float("1e400")',
    'int(float("inf"))',
    'int(float("nan"))',
    'round(float("inf"))',
   
    'int("  ")',
    'float("")',
    'int("1_")',
    'int("١٢")',
    'float("1_0.5")',
    'bool(1, 2)',
    'hex(1.5)',
    'bin("1")',
    'oct(None)',
    'chr("a")',
    'ord(1)',
    '2 ** "3"',
    'max(1)',
    'min(1, key=1)',
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print(int("12", base=37))
