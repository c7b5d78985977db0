# More number formatting: sign-aware padding, underscores, general format, and int/float conversions
n, x = 1234567, -1234.5678
print(f"[{n:=+12,}] [{x:=12.2f}] [{x:012.2f}] [{n:_}] [{n:_b}] [{0xDEADBEEF:_X}]")
print(f"[{x:+.3g}] [{1e-5:g}] [{123456789:g}] [{0.00001234:.2e}] [{1234.5:G}] [{1e100:.3}]")
print(f"[{3:.2f}] [{True:d}] [{True}] [{5:c}] [{ord('€'):x}] [{-17:o}] [{-17:#b}]")
print(f"[{n:>15,.1f}] [{n:^15_}] [{'text':*<8.2}] [{0.1:.20f}]")
print(format(1234.5678, "_.2f"), format(12345, "08,d"), format(-0.0001, ".2f"), format(0.5, "%"))
print("{:=+10.2f}|{:<+8d}|{: >8}|{:x<4}".format(3.14159, 42, "r", "l"))
print(f"{float('inf'):10.2f}|{float('nan'):+}|{-float('inf'):e}")
print(f"{123.456:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {99.995:.2f}")
print(f"{12345.6789:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
print(f"{1/3:.{5}f}", f"{'%'}", f"{{}}", f"{n!s:>10}", f"{n!a}")
print(f"{n:,d}", f"{x:,d}")
