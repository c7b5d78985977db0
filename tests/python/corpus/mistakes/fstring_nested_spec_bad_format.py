# Mistake: fstring nested spec bad format.
# (A learner's program as written, to compare with CPython 3.11.)
x = 3.14159
w, p = 10, 2
print(f"[{x:{w}.{p}f}]", f"{x!r:>12}", f"{x=!s}")
print(f"{x:,.2f%}")
