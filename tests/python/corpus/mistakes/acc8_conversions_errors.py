# Conversions learners get wrong, caught then one uncaught.
for expr in ["int(None)", "float('abc')", "int('')", "int('12', 1)", "float([])", "list(5)", "dict([1, 2])", "int('0x1A')", "str(1, 2)"]:
    try:
        eval(expr)
    except Exception as e:
        print(f"{expr:16} {type(e).__name__}: {e}")
int("five")
