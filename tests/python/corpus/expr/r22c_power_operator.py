# ** with negative, float and big operands
print(2 ** 10, 2 ** -1, 2 ** -3, (-2) ** 3, -2 ** 2, (-2) ** 2)
print(10 ** -2, 10.0 ** 2, 4 ** 0.5, 8 ** (1/3))
print((-8) ** (1/3))
print((-1) ** 0.5)
print(0 ** 0, 0.0 ** 0, 1 ** 1e308)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5))
print(2 ** 200)
print(len(str(7 ** 777)))
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(pow(2, 0.5, ) if True else 0)
