# pow with three arguments and negative exponents (modular inverse), round with negative digits
print(pow(3, -1, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(2, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(123.456, -1), round(5.5), round(6.5), round(-5.5), type(round(5.0)).__name__)
print(round(2.675, 2), round(1e20, -19), round(0.5 + 1e-16))
print(2 ** -1, (-8) ** (1 / 3) if False else -(8 ** (1 / 3)), 0 ** 0, (-1) ** 0.5 if False else "skip")
print(10 ** 20 // 3, -(10 ** 20) // 3, divmod(-7, 2), divmod(7.5, 2))
print(int(1e18) == 10**18, 10**18 + 0.0 == 10**18, 2**63 - 1 + 1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
