# grouping with ',' and '_'
nums = [0, 7, 999, 1000, 1234567, -9876543210, 10**20]
for n in nums:
    print(f"{n:,} | {n:_} | {n:>20,} | {n:020,}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {-0.5:,.1f} {1e6:,}")
print(f"{0xDEADBEEF:_x} {0xDEADBEEF:_X} {255:_b} {8**9:_o}")
print(f"{1234567:,d} {12345.678:,g} {1234567.0:,e}")
print(f"{123456:010,} {123456:09_} {-123:08,}")
print("{:,}".format(2**64), "{:_}".format(-2**64))
price = 1234.5
print(f"Total: ${price:,.2f}", f"Total: {price:>12,.2f} EUR")
for spec in [",x", ",b", "_s", ",,"]:
    try:
        print(spec, format(255 if "s" not in spec else "s", spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    print(format(1, "_,"))
except ValueError as e:
    print("ValueError:", e)
