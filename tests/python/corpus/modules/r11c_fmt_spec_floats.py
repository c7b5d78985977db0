x = 3.14159265
big = 1234567.891
tiny = 0.000012345
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^10.1f", "+.2f", " .2f", "e", ".3E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.3f", "015.4f", "#.0f", ".0f", "n", ".10g"]:
    print(f"{spec!r:>8} [{x:{spec}}] [{big:{spec}}] [{tiny:{spec}}]")
for v in [float("inf"), float("-inf"), float("nan")]:
    print(f"{v}|{v:f}|{v:+.2F}|{v:10e}|{v:G}")
print(f"{-0.0:+}", f"{-0.0:.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{1e16:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
print(f"{2/3:.15f} {2/3!r} {1/3:.17g}")
print(format(1e300 * 1e10, ""), format(12.0, "g"), format(12.0, ""))
print(f"{100:.2f} {7:e} {7:%}")
