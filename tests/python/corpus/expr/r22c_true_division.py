# true division and mixed int/float results
print(7 / 2, 8 / 2, -7 / 2, 1 / 3, 10 / 4, type(8 / 2).__name__)
print(2**1000 / 2**999, 10**30 / 3, (10**30) // 3)
print(1 / 7 * 7, 1 / 49 * 49, 3 / 0.1)
print(True / 2, 5 / True, 0 / 5, -0 / 5, 0 / -5.0)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2**10000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(2**10000 // 3 % 1000)
average = sum([3, 4, 5]) / len([])
