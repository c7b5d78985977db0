# printing floats that look surprising
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 0.1 * 3, 1.1 * 1.1, 100 * 1.1, 1e16, 1e15 + 0.3,
        123456789.123456789, 1e-5, 0.0001, 1e22, 1e21, 1e-7, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0))
print(float(10**16), float(2**63), float(10**23))
print(1.0, 10.0, 1e2, 1.5e3, 12e-1, .5, 5.)
print(9007199254740993.0, 0.30000000000000004 + 0)
print(3 * 0.1 == 0.3, sum([0.1] * 10), 0.1 * 10)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (2.5).is_integer())
print(float.hex(0.1), float.fromhex('0x1.8p1'))
