# sign options and the '#' alternate form
for x in [7, -7, 0]:
    print(f"[{x:+}] [{x:-}] [{x: }] [{x:+d}] [{x: 5}]")
for x in [3.5, -3.5, 0.0, -0.0]:
    print(f"[{x:+}] [{x: .2f}] [{x:+.0f}] [{x:z.1f}]" if False else f"[{x:+}] [{x: .2f}] [{x:+.0f}]")
print(f"{255:#x} {255:#X} {255:#o} {255:#b} {-255:#x} {0:#b}")
print(f"{255:#010x} {255:#10x} {255:<#10x}| {-5:#06b}")
print(f"{3.0:#g} {3.0:g} {1e10:#g} {2.0:#.0f} {2.0:.0f} {2.0:#.0e}")
print(f"{1.5:#} {10:#} {'a':}")
print(format(-0.0, '+'), format(0.0, '+'), format(-0.0, '.1f'))
try:
    print(format("s", "+"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(format("s", "#"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(1.5, "#x"))
except ValueError as e:
    print("ValueError:", e)
