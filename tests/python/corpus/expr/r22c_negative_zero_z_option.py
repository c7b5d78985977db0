# negative zero in formatting and the 3.11 'z' option
vals = [-0.0, 0.0, -0.0001, -0.004, 0.004, -0.5, -1e-10]
for v in vals:
    print(f"{v!r:>8} .2f:{v:.2f} z.2f:{v:z.2f} .0f:{v:.0f} z.0f:{v:z.0f} g:{v:g} zg:{v:zg}")
print(f"{-0.0:z}", f"{-0.0:+z.1f}", f"{-0.00001:z.3e}", f"{-0.001:z.1%}", f"{-0.0:z>8.1f}|")
print(format(-0.0, "z"), format(-0.4, "z.0f"), format(-0.6, "z.0f"), round(-0.4), round(-0.4, 0))
print(-0.0 == 0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0), str(abs(-0.0)), 0.0 * -5)
try:
    print(format(-1, "z"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(format("s", "z"))
except ValueError as e:
    print("ValueError:", e)
