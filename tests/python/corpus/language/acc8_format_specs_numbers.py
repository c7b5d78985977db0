# Number formatting with format specs.
x = 1234567.891
n = -42
print(f"{x:,.2f} {x:_.3f} {x:e} {x:.3E} {x:g} {x:.10g} {x:%}")
print(f"{n:5d}|{n:<5d}|{n:^7d}|{n:+d}|{42:+d}|{42: d}|{n:=8d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:08b} {255:#010b}")
print(f"{0.1 + 0.2} {0.1 + 0.2:.17f} {1/3:.5} {2/3:10.4f}|")
print(f"{'txt':*^9} {'txt':>{7}} {3.14159:{8}.{3}f}")
print(format(1e16), format(1e-5), format(123.0), format(1.5e300 * 1e10))
print(f"{1234:,}", f"{-1234567:_}", f"{12345.6789:,.1f}")
print(f"{65:c}", f"{True:d}", f"{True}", f"{None!r}", f"{'a'!a}", f"{'é'!a}")
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.0, "f"))
print("{:.2%}".format(0.25), "{:,d}".format(10**12), "{:n}".format(1234))
value = 3.0
print(f"{value=}", f"{value*2 = }", f"{value = :.2f}")
