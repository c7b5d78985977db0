# Concatenating the number and its factorial with +: TypeError, after some output
import math

for n in range(1, 5):
    f = math.factorial(n)
    if n < 3:
        print(str(n) + '! = ' + str(f))
    else:
        print(str(n) + '! = ' + f)
