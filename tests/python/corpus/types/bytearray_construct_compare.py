# bytearray: the ways to make one, its repr, comparisons with bytes, and the constructor's errors
print(bytearray(), bytearray(4), bytearray(b'hi'), bytearray([72, 105]), bytearray(range(97, 100)))
print(bytearray('naïve', 'utf-8'), bytearray('naïve', 'ascii', 'replace'), bytearray(source='ok', encoding='ascii'))
print(bytearray(x * 2 for x in range(5)), bytearray((1, True)), bytearray(bytearray(b'copy')))
print(repr(bytearray(b"it's")), repr(bytearray(b'"q"')), repr(bytearray(b'\x00\t\xff\\')), str(bytearray(b'x')))
b = bytearray(b'abc')
print(len(b), bool(b), bool(bytearray()), list(b), 98 in b, b'bc' in b, bytearray(b'ab') in b, sum(b))
print(b == b'abc', b'abc' == b, b != bytearray(b'abd'), b < b'abd', b'ab' < b, b >= bytearray(b'abc'), b == 'abc')
print(sorted([bytearray(b'pear'), b'apple', bytearray(b'fig')]), type(b).__name__, isinstance(b, bytes))
print(f'{b} {b!r:>20}|', '%s' % b, bytes(b), bytes(b) is b, type(bytes(b)).__name__)
for bad in ['bytearray(-1)', 'bytearray([256])', 'bytearray([1, "2"])', 'bytearray(2.5)', 'bytearray(None)',
            'bytearray("text")', 'bytearray(b"x", "utf-8")', 'bytearray(errors="strict")', 'bytearray("é", "ascii")',
            'bytearray("x", 8)', 'bytearray(1, 2, 3, 4)', 'hash(bytearray(b"k"))', '{bytearray(): 1}',
            'b < "abc"', '"x" in b', 'b[3]', 'b["0"]']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
