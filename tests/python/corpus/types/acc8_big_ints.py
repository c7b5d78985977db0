# Big integer arithmetic.
a = 2 ** 200
b = 3 ** 120
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(b, a)[1] == b % a)
print(-a // 7, -a % 7, a >> 150, a << 3, a & (b - 1), a | 1, a ^ b)
print(len(str(2 ** 10000)), (2 ** 10000) % 1000007)
print(hex(a), oct(b)[:20], bin(2**70 - 1).count("1"))
print(int("9" * 50) + 1)
print(pow(7, 10**18, 10**9 + 7), abs(-b), -b)
print((10 ** 50).bit_length(), (10**50).to_bytes(21, "big")[:4])
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(sum(range(10**6)), sum(x * x for x in range(1000)))
print(10**50 == 10.0**50, 10**22 == 1e22, 2**63, -2**63, 2**64 - 1)
print(f"{2**100:,}", f"{2**100:e}", f"{-(3**50):_}")
