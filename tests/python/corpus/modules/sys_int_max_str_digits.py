big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
except ValueError as e:
    print('ValueError:', e)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4300)))
