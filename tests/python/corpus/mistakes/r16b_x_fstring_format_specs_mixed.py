# f-string format specs a learner tries
print("== fstring format specs mixed ==")
print(f"{3.14159:.2f} {42:05d} {'x':^5}| {1234567:,} {0.25:.0%} {255:#x} {255:b} {-3:+}")
print(f"{'abc'!r:>8} {None} {True:d} {3:>{4}}")
print(f"{1e10:g} {1e-5:g} {123.0:g} {float('nan'):f}")
