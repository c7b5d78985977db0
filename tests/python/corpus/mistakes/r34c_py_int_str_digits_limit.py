# Printing a really big factorial, more digits than str() allows by default
import math

small = math.factorial(20)
print(small)
big = math.factorial(2000)
print("digits:", len(str(big)))
