# what complex numbers refuse, with CPython's messages
import math
z = 2 + 1j
tries = [
    lambda: z < 3j, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: int(z), lambda: float(z),
    lambda: round(z), lambda: math.sqrt(z), lambda: pow(z, 2, 3), lambda: z / 0, lambda: 1 / 0j,
    lambda: 0j ** -1, lambda: (2 + 0j) ** 10000, lambda: z + 'a', lambda: z * [1], lambda: complex(1, 2, 3),
    lambda: complex(None), lambda: complex(1, None), lambda: complex('1', 2), lambda: complex(1, '2'),
    lambda: complex(foo=1), lambda: complex([]), lambda: '%d' % z, lambda: format(z, '010'),
    lambda: format(z, '=10'), lambda: format(z, 'd'), lambda: format(z, '%'), lambda: z.foo, lambda: max(1j, 2j),
    lambda: abs(complex(1e308, 1e308) * 2), lambda: complex(10 ** 400),
]
for i, f in enumerate(tries):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
try:
    z.real = 5
except AttributeError as e:
    print('assign:', e)
roots = [(-4) ** 0.5, (-9) ** 0.5]
print(sorted(roots))
