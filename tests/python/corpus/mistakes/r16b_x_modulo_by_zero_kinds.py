# The division-by-zero messages of %, // and floats
for expr in ["7 % 0", "7 // 0", "7.0 % 0", "7.0 // 0", "7 / 0.0", "0.0 ** -1", "divmod(7, 0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr:12} -> {e}")
print(10 % 0)
