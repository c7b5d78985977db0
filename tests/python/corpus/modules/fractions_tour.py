# fractions.Fraction: constructors (ints, strings, floats), repr, str, hashes
# equal to ints' and floats', mixed arithmetic with ints and floats both
# ways, limit_denominator, round, powers, and CPython's errors
from fractions import Fraction as F
import math
vals = [F(1, 3), F(-7, 4), F(0), F(5), F(3, -9), F('3/4'), F(' -1.25e-1 '), F('1_000/3'), F('.5'), F('7.'), F(2.5), F(0.1), F(F(2, 6)), F(F(1, 2), F(3, 4)), F(True), F('-0'), F('1e3'), F('+12')]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), int(v), math.floor(v), math.ceil(v), round(v), bool(v), hash(v))
others = [F(2, 5), 3, 2, 1.5, 0.0, F(0)]
a = F(7, 6)
for b in others:
    for name, op in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y), ('/', lambda x, y: x / y),
                     ('//', lambda x, y: x // y), ('%', lambda x, y: x % y), ('divmod', divmod), ('**', lambda x, y: x ** y),
                     ('<', lambda x, y: x < y), ('==', lambda x, y: x == y), ('>=', lambda x, y: x >= y)]:
        for x, y in ((a, b), (b, a)) if name != '**' else ((a, b),):  # (x ** a Fraction: a float pow, musl's in wasm)
            try:
                r = op(x, y)
            except Exception as e:
                r = f'{type(e).__name__}: {e}'
            print(repr(x), name, repr(y), '->', repr(r))
for bad in ['1/0', 'abc', '1/', '/2', '1.2/3', '', ' ', '1__0', '_1', '1e', '3/-4', 'inf', 'nan']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [(1, 0), (1.5,), ([1],), (1, 1.5), (float('inf'),), (float('nan'),)]:
    try:
        print(F(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(355, 113).limit_denominator(100))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 7), 2), round(F(1234, 7), -2), round(F(1, 3), 0))
print(F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 2.0 ** F(1, 2), F(0) ** 0)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(e)
print(sum([F(1, 3)] * 3), sum(F(1, n) for n in range(1, 6)), max(F(1, 2), F(2, 3)), sorted([F(1, 2), 0.3, 1, F(-1)]))
print(F.from_float(0.25), F.from_float(3), F(1, 2).as_integer_ratio(), abs(F(-3, 4)), -F(1, 2), +F(1, 2))
try:
    F.from_float('x')
except TypeError as e:
    print(e)
print({F(1, 2): 'half', 0.5: 'float'}, hash(F(1, 2)) == hash(0.5), hash(F(2**61 - 1, 3)), hash(F(-1)), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1) == 1, F(1, 2) != F(2, 4))
print(f'{F(3, 4)}', '%s' % F(1, 8), F(10, 4).numerator, type(F(1) + 1).__name__, type(F(1) + 1.0).__name__)
try:
    f'{F(1, 3):.2f}'
except TypeError as e:
    print('TypeError:', e)
print(F(1, 2) < float('inf'), F(1, 2) == float('nan'), F(1, 2) > float('-inf'))
print(isinstance(F(1), F), F(7, 2) // 1, F(7, 2) % 1, divmod(F(-7, 2), 2), math.trunc(F(-7, 2)))
