# "is" against a literal: a SyntaxWarning at compile time, then the program runs
import math

n = 5
f = math.factorial(n)
if f is 120:
    print('is: yes')
else:
    print('is: no')
if n is not 5:
    print('n is not 5')
print('done')
