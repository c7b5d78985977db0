# integer and float literal forms
print(1_000_000, 0b1010, 0o17, 0xFF, 0XdeadBEEF, 0b_1111_0000, 0x_ff)
print(1e3, 1E-3, 1_0.5_0, 0.1e1_0, .5e-2, 00.5, 0e0, 00)
print(10 ** 3 == 1e3, type(1e3).__name__, type(1_000).__name__, 1000 == 1e3 == 10**3)
print(int(0xff), float(0x10), 0o777 & 0o070, 0b1 + 0o1 + 0x1 + 1)
print(hex(255), oct(255), bin(255), hex(0), bin(-0))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2), int(hex(255), 0))
print(9_9 + 1, 1_2.3_4, 1e1_0)
print(123456789012345678901234567890 + 1)
print(0.000_001, 1_000.000_1)
print(999999999999999999999.0, 1e-4, 0.0001, 1e-05)
n = 7
print(n.real, n.imag, n.numerator, n.denominator, (7).conjugate(), 7 .bit_length())
print(3.0.is_integer(), 3.5.hex(), (2.5).as_integer_ratio(), 1.0.__class__.__name__)
