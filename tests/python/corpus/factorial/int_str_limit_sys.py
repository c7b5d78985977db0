# A big factorial meets the int/str conversion limit: str(), f-strings, int(), sys.set_int_max_str_digits and sys.int_info
import math
import sys

big = math.factorial(1600)
print(len(str(math.factorial(1000))))
print(big.bit_length())
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{big:,}"[:20])
except ValueError as e:
    print("format:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("int():", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:30])
print(sum(int(d) for d in str(big)))
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(2500))))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(hex(big)[:20], len(hex(big)))
sys.set_int_max_str_digits(4300)
print(repr(big))
