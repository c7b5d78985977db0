# the 'n' presentation type under the default C locale
for v in [0, 7, 1234, 1234567, -98765, 10**12]:
    print(f"[{v:n}] [{v:>10n}] [{v:010n}]")
for v in [0.5, 1234.5678, 1e20, -0.001, 123456789.0]:
    print(f"[{v:n}] [{v:.3n}] [{v:12.4n}]")
print(format(1234567, "n") == format(1234567, "d"))
print(format(1234.5678, "n") == format(1234.5678, "g"))
try:
    print(format(1234, ",n"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(format("x", "n"))
except ValueError as e:
    print("ValueError:", e)
