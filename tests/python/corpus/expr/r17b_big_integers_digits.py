# Big integers: factorials, digit sums, powers and conversions to bases
import math
n = math.factorial(50)
print(n)
print(len(str(n)), sum(int(d) for d in str(n)), str(n).count('0'))
print(2 ** 200 // 3 ** 100, (2 ** 64 - 1).bit_length(), hex(2 ** 64), bin(255), oct(64))
big = 10 ** 30 + 7
print(f'{big:,}', f'{big:.3e}', big % 1000, -big // 10 ** 29)
print(int('1' * 40) * 9 + 9)
print(math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18, 30), math.isqrt(10 ** 20 + 1))
print(abs(-2 ** 70), (-2) ** 71, (2 ** 70).to_bytes(9, 'big').hex())
print(int.from_bytes(b'\x01\x00', 'little'), (255).to_bytes(2, 'big'))
