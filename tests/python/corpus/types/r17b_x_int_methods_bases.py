# int methods and base conversions: bin/oct/hex, int(x, base), bit_count, to_bytes, format with bases
for n in (0, 5, 255, -42, 2 ** 40):
    print(f'{n:>14} {bin(n):>44} {oct(n):>16} {hex(n):>14} bits={n.bit_length()} ones={n.bit_count()}')
print(int('ff', 16), int('-0b1011', 0), int('z', 36), int('  12_000  '), int('0o17', 0))
print(f'{255:b} {255:o} {255:x} {255:X} {255:#x} {1234567:_x} {-5:b}')
print((1024).to_bytes(4, 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print(divmod(-17, 5), (-17).__floordiv__(5), abs(-17), pow(-2, 3), (7).conjugate(), (6).numerator, (6).denominator)
print(int('12', 2))
