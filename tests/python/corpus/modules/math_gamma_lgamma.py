import math
xs = [0.5, 1, 1.5, 2, 2.5, 3.7, 4, 5.5, 10, 10.1, 23, 24, 30.5, 50, 100.3, 141.5, 171, 171.5, -0.5, -1.5, -2.5, -3.3, -10.7, -150.5, -201.5, 1e-21, -1e-21, 0.999, 6.02, 5.5246]
for x in xs:
    try:
        g = math.gamma(x)
    except (ValueError, OverflowError) as e:
        g = f'{type(e).__name__}: {e}'
    try:
        l = math.lgamma(x)
    except (ValueError, OverflowError) as e:
        l = f'{type(e).__name__}: {e}'
    print(x, g, l)
for bad in (0, -1, -2.0, float('-inf'), float('inf'), float('nan'), 172, 1e300):
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, bad, f(bad))
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)
print(all(math.gamma(n + 1) == math.factorial(n) for n in range(23)))
print([math.factorial(n) - math.gamma(n + 1) for n in range(20, 30)])
print(math.lgamma(101) / math.log(10), math.gamma(0.5) ** 2)
try:
    math.gamma('x')
except TypeError as e:
    print(e)
