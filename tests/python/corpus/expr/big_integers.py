# Arbitrary-precision integers.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 41):
    f *= i
print('40! =', f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
big = 123456789012345678901234567890
print(big * big)
print(big // 97, big % 97, divmod(-big, 10 ** 12))
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print(big ** 3 // big ** 2 == big)
print(hex(2 ** 70), bin(2 ** 65)[:12], oct(8 ** 30))
print(int('9' * 40) + 1)
print(2 ** 200 > 2 ** 199 * 1.9, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print((2 ** 90) >> 80, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (-2 ** 100) >> 98)
print(abs(-10 ** 30), -10 ** 30 < -10 ** 29, max(2 ** 80, 3 ** 50))
print((10 ** 25) / 10 ** 5, 2 ** 100 / 3)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) * 10 ** 20)
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000) % 1000007)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 100))
