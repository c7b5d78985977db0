# Trying out arithmetic mistakes one by one to see each message
cases = [
    "1 % 0", "divmod(7, 0)", "1.0 // 0", "2.5 % 0.0", "0.0 ** -1",
    "pow(2, -1, 4)", "1 << -1", "~1.5", "-[1]", "round(1.5, '2')",
    "10 ** 400 * 1.0", "float('1,5')", "int('12', base=2)", "int('0x1A')",
    "int(None)", "float([1])", "int('')", "abs('x')",
]
for code in cases:
    try:
        print(code, "->", eval(code))
    except Exception as e:
        print(f"{code:18} {type(e).__name__}: {e}")
print(7 // 0.0)
