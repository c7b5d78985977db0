# the 4300-digit limit for int <-> str conversion (3.11)
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)), str(big)[:5])
huge = 2 ** 20000
print(huge.bit_length(), huge % 1000, len(hex(huge)))
try:
    print(len(str(huge)))
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(int("f" * 5000, 16) % 97, len(format(huge, "x")))
sys.set_int_max_str_digits(7000)
print(len(str(huge)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
print(f"{huge:,}"[:10])
