# A huge factorial formatted with :e goes through float: OverflowError
import math

for n in (20, 100, 170, 171):
    f = math.factorial(n)
    print(n, len(str(f)), end=' ')
    print(f'{f:.3e}')
