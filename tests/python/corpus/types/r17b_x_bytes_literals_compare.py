# bytes literals, comparisons, iteration and conversions
a = b'abc'
b = bytes([97, 98, 99])
print(a == b, a < b'abd', a == 'abc', list(a), [chr(x) for x in a])
print(bytes(3), bytes('hé', 'utf-8'), bytes(range(65, 70)))
print(repr(b'\x00\n\t\\\''), b'\xff'.hex(), bytes.fromhex('de ad be ef'))
print(len(b''), bool(b''), bool(b'\x00'), hash(b'abc') == hash(b'abc'))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'little'))
for i, byte in enumerate(b'hi'):
    print(i, byte, hex(byte), format(byte, '08b'))
print(b'abc'[5])
