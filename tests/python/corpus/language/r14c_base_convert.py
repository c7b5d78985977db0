# Base conversion by hand against bin/oct/hex/int(s, base), with negatives and big numbers.
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = DIGITS[r] + out
    return sign + out

for n in [0, 5, 255, -42, 2**64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
print(bin(-42), oct(255), hex(2**64), format(255, 'o'))
for s, b in [("ff", 16), ("0b1011", 0), ("z", 36), ("777", 8), ("  12  ", 10), ("1_000", 10)]:
    print(repr(s), b, int(s, b))
print(int(to_base(3**50, 7), 7) == 3**50)
