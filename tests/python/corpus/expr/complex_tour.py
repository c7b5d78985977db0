# complex numbers: literals, reprs, arithmetic with ints and floats, powers, parsing, formats
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(2j), -2j, 1j * 1j, complex(-0.0, -0.0), complex(0, -0.0))
print(z + w, z - w, z * w, z / w, z ** 2, w ** -3, z ** 0.5, 2 ** z)
print(abs(z), z.real, z.imag, z.conjugate(), type(z.real).__name__, -z, +w)
print(z == 3 + 4j, (1 + 0j) == 1, 1.5 + 0j == 1.5, 2j != 2, hash(1 + 0j) == hash(1), hash(z))
print((-8) ** (1 / 3), (-1) ** 0.5, pow(-2, 0.5), (-4.0) ** 1.5)
print(sum([1j, 2, 3.5]), [abs(c) for c in (1j, 3 - 4j, -5)], bool(0j), bool(-0.0j))
print(complex('1+2j'), complex(' ( -3.5-0.5J ) '), complex('j'), complex('-j'), complex('1e3'), complex('1_000+2_0j'))
print(complex(2), complex(2.5, 1), complex(1 + 2j, 3j), complex(imag=4), complex(real=1, imag=-1), complex())
print(complex('inf+nanj'), complex(1e308, 1e308) * 10, 1e300j * 1e300j)
print(f'{z}|{z:.2f}|{z:>16}|{z:*^16.1f}|{w:+.3e}|{z:g}|{1j:.1f}|{1j}|{z:#}|{12345.5 + 1j:,}')
print('{0:10.2f}|{0!r}|{0!s}'.format(w), '%s %r' % (z, w))
print([z, w], {z: 'z'}, (1j,), sorted([3 + 1j, 1 + 2j], key=abs))
print(isinstance(z, complex), type(z), complex.__name__, (1j).__class__ is complex)
print((1 + 1j) ** 1000, (1.5 - 0.5j) ** 101)
for bad in ['x', '', '(1+2j', '1+2', '1__0j', '1+2jj', 'jj']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), '->', e)
