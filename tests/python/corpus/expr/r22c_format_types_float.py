# float presentation types e E f F g G % and none
vals = [0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-5, 1e16, 123456789012.0, float("inf"), float("nan")]
for v in vals:
    print(f"{v:e} | {v:.2E} | {v:f} | {v:.1F} | {v:g} | {v:G} | {v:.3%} | {v}")
print(f"{0.0001:g} {0.00001:g} {123456:g} {1234567:g} {1234567:.7g} {1e100:g}")
print(f"{1.0:.0e} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(f"{3.0:.3} {3.14159:.3} {1e20:.3} {123.0:.2} {0.5:.0%}")
print(f"{-1e-10:+.2e} {5e-324:g} {1.7976931348623157e308:.3g}")
print(format(2.5, ""), format(2.5, "10"), format(1e16, ""), format(1e16, "10"))
try:
    print(format(1.5, "d"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(1.5, "c"))
except ValueError as e:
    print("ValueError:", e)
