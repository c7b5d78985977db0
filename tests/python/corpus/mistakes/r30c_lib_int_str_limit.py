# Printing a huge factorial runs into the int-to-str digit limit.
import math
big = math.factorial(2000)
print("bits:", big.bit_length())
print(len(str(big)))
