for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2), (0, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 2, -7))
print(pow(3, -1, 7), pow(2, -3, 11), (pow(3, -1, 7) * 3) % 7)
print(pow(2, -1), 2 ** -2, (-2) ** 2, -2 ** 2, pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, 0.0 ** 0, pow(0, 0, 1), pow(5, 0, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(-7 // 2, int(-7 / 2), -7 % 2, 7 % -2, -0.0 % 5, 5 % float("inf"), -5 % float("inf"))
1 / 0
