# Big integers: huge factorials, digit sums, and the int-to-str digit limit in Python 3.11
import math
import sys

f100 = math.factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], f100 % 10**9)
print(2 ** 200, (2 ** 200).bit_length(), 7 ** 77 % 1000)
big = 10 ** 4299
print(len(str(big)))
print(sys.get_int_max_str_digits())
try:
    print(len(str(math.factorial(2000))))
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(10000)
print(len(str(math.factorial(2000))), math.factorial(2000).bit_length())
sys.set_int_max_str_digits(4300)
print(int("9" * 4300) % 97)
int("1" * 5000)
