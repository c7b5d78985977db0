# Mistake: a thousands separator written with a trailing underscore inside an f-string.
import math

for n in (10, 20):
    print(f'{n}! has {len(str(math.factorial(n)))} digits')
print(f'limit: {1_000_}')
