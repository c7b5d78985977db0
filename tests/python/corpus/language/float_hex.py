# float.hex() and float.fromhex(): the exact bits of a float, as text and back.
for x in [1.0, 0.1, -2.5, 1 / 3, 0.0, -0.0, 1e-310, 5e-324, 1.7976931348623157e308, float('inf')]:
    h = x.hex()
    print(f'{x!r:>25} {h:>24} {float.fromhex(h) == x}')
print(float.fromhex('0x1.8p1'), float.fromhex(' -0X.8 '), float.fromhex('ff'), float.fromhex('1p-2'))
print(float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'))
print(float.fromhex('0x1p-1074'), float.fromhex('0x1p-1075'), float.fromhex('0x3p-1076'))
print(float.fromhex('-Infinity'), float.fromhex('nan'), (2.0).fromhex('0x10'))
for bad in ['', '0x', '1e5', '0x1p', '0x1.8 p1', 'hello']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print('OverflowError:', e)
print(float.fromhex('0x1.fffffffffffffp1023') == 1.7976931348623157e308)
