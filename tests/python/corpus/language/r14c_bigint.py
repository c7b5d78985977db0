# Big integers: factorials, powers, digit sums and the number of digits.
import math

f100 = math.factorial(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(int(d) for d in str(f100)))
print("trailing zeros:", len(str(f100)) - len(str(f100).rstrip('0')))
p = 2 ** 1000
print(str(p)[:30], "...", str(p)[-10:])
print(sum(map(int, str(p))))
print(7 ** 77 % 1000, pow(7, 77, 1000))
print((10**30 + 1) // 7, (10**30 + 1) % 7, divmod(-10**25, 3))
print(f"{2**100:,}")
print(f"{3**40:_}")
print((2**200).bit_length(), (-2**70) >> 60, ~(2**65))
x = 1
for i in range(1, 30):
    x *= i
print(x == math.factorial(29), x)
