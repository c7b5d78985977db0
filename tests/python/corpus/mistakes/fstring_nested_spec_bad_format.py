x = 3.14159
w, p = 10, 2
print(f"[{x:{w}.{p}f}]", f"{x!r:>12}", f"{x=!s}")
print(f"{x:,.2f%}")
