# Big integers: factorial-ish growth, digit sums, bit lengths
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print("digits:", len(str(n)), "digit sum:", sum(int(c) for c in str(n)))
print("bit_length:", n.bit_length(), "trailing zeros:", len(str(n)) - len(str(n).rstrip("0")))
big = 2 ** 127 - 1
print(big, hex(big), oct(big)[:12], bin(big).count("1"))
print(big % 1000007, big // 10**30)
print(-big >> 3, big << 5, ~big)
print((10**50 + 1) * (10**50 - 1))
print(int("9" * 40) + 1)
print(abs(-10**25), -(-10**25))
print(10**25 / 10**5, 10**25 // 10**5)
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
x = 123456789 ** 5
print(x, x.bit_length(), x.to_bytes(20, "big").hex())
