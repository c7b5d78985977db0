# str() of a factorial beyond 4300 digits fails; the limit raised by sys.
import math
import sys

big = math.factorial(2000)
print(big.bit_length())
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
s = str(big)
print(len(s), s[:20], s[-5:])
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(3000))))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
