# number base conversions, by hand and with builtins
def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print(f"{'dec':>5} {'bin':>10} {'oct':>5} {'hex':>4} {'b3':>6} {'b36':>4}")
for n in [0, 1, 7, 8, 15, 16, 100, 255, 1000, -42]:
    print(f"{n:>5} {n:>10b} {n:>5o} {n:>4X} {to_base(n, 3):>6} {to_base(n, 36):>4}")
for n in [255, 4096, 2**31 - 1]:
    assert int(to_base(n, 7), 7) == n
    print(n, bin(n), oct(n), hex(n), f"{n:#034b}", to_base(n, 7), to_base(n, 36).lower(), int(to_base(n, 36), 36))
print(int("ZZ", 36), int("zz", 36), int("-101", 2), int("0B101", 0), int("1_0_1", 2))
print(int("2", 2))
