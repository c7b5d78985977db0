# Formatting table cells where some values are None or the wrong type
rows = [("apples", 1.5), ("pears", None), ("figs", "2.0"), ("plums", [3])]
for name, price in rows:
    try:
        print(f"{name:<8}{price:>8.2f}")
    except (TypeError, ValueError) as e:
        print(f"{name:<8}!! {type(e).__name__}: {e}")
for spec in ("x>5", ",d", "=+8", "08.3s", "%"):
    try:
        print(spec, repr(format(1234, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
print(f"{'total':>{8.5}}")
