# Language: integer and float formatting and repr: widths, signs, bases, precision, %.
n, x = 1234567, 3.14159265
print(f'{n:,} {n:_} {n:>12,} {n:<12}| {n:^12}| {n:+d} {-n:d} {n:012d}')
print(f'{255:x} {255:X} {255:#x} {255:o} {255:#b} {255:08b} {-255:#x}')
print(f'{x:.2f} {x:8.3f}| {x:<8.1f}| {x:e} {x:.2e} {x:g} {x:%} {0.25:.0%}')
print(f'{1e20:g} {1e-5} {1e16} {123456789.0:,.2f} {0.1 + 0.2} {1/3}')
print(repr(0.1), repr(1.0), repr(-0.0), repr(1e100), repr(2.5e-8), float('inf'), float('nan'))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2), round(7.0))
print(int(3.99), int(-3.99), 7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** -1, 10 / 5)
print(format(1234.5, ',.1f'), format(42, '*^8'), format(0.5, '.3'), format(12, 'c'))
print('%5d|%-5d|%05.1f|%x|%r|%c' % (42, 42, 3.14159, 255, 'hi', 65))
print(f'{"left":<8}|{"right":>8}|{3.0:.0f}|{True}|{None!r}|{[1, 2]!s:>8}')
print(1_000_000, 0x1F, 0o17, 0b101, 1e3, 10 ** 20, 2 ** 64, -2 ** 2, float(10 ** 20))
print(3 * 0.1, 0.1 * 3 == 0.3, abs(-7.5), 7.0 == 7, hash(7.0) == hash(7), 1 / 3 * 3)
