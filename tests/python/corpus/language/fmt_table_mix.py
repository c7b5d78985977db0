import math
rows = [("alpha", 3, 2.5), ("beta", 12, 0.125), ("gamma", 100, 1234.5678)]
print(f"{'name':<8}|{'n':>5}|{'value':^12}|")
print("-" * 29)
for name, n, v in rows:
    print(f"{name:<8}|{n:>5d}|{v:^12.3f}|")
print(f"{math.pi:.0f} {math.pi:10.4e} {math.pi:+.2%} {1234567.891:,.2f} {1234567:_d}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-42:+06d} {42:^+9d}|")
print(f"{'x':*^9} {'right':>{10}} {3.0:g} {1e-7:g} {123456789.0:g} {0.0001:.1e}")
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{0}{1}{0}".format("ab", "cd"))
print("%5.2f|%-5d|%05d|%x|%s|%r" % (3.14159, 42, 7, 255, "s", "r"))
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format(10, "c"), format(True, ">5"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2))
print(f"{12345.6789:=+12.2f}", f"{-3:=5}", f"{3.14159!r:>10}", f"{'hi'!r:^8}")
x = 7
print(f"{x = }", f"{x*2 = :>4}", f"{math.factorial(x)=:,}")
print(str(1e16), str(1.5e-5), 1/3, 2/3, 10/4, 1e300*1e10, -0.0, float('nan'))
print(f"{1e16:.0f}", f"{2**64:e}", f"{0.1+0.2}", repr(0.1+0.2), 0.1+0.2 == 0.3)
