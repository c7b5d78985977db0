# bytes' methods on a bytearray (bytearray results), bytearrays given to bytes' methods, decode, hex, %
b = bytearray(b'  Hello, World  ')
s = b.strip()
print(s, s.upper(), s.lower(), s.swapcase(), s.title(), type(s).__name__)
print(s.split(b', '), s.split(), b.lstrip(), b.rstrip(b' d'), s.partition(b','), s.rpartition(b'x'))
print(s.find(b'o'), s.rfind(b'o'), s.find(111), s.count(b'l'), s.index(b'W'), s.startswith(b'He'), s.endswith((b'x', b'ld')))
print(s.replace(b'l', b'L'), s.replace(b'l', b'', 2), bytearray(b'-').join([b'a', bytearray(b'b'), b'c']))
print(s.center(20, b'*'), s.ljust(15, b'.'), bytearray(b'7').zfill(3), s.isalpha(), bytearray(b'42').isdigit())
print(bytearray(b'a\nb\r\nc').splitlines(), bytearray(b'a\tb').expandtabs(4), s.removeprefix(b'Hello'), s.isascii())
print(b'x'.join([bytearray(b'1'), b'2']), b'abc'.find(bytearray(b'c')), b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'abc'.split(bytearray(b'b')), b'abc'.partition(bytearray(b'b')), b'%s|%b' % (bytearray(b'x'), bytearray(b'y')))
print(bytearray(b'%d items at %.2f, %s') % (3, 1.5, b'ok'), bytearray(b'ab') * 3, 2 * bytearray(b'-'))
data = bytearray('café ☕', 'utf-8')
print(data, data.decode(), data.decode('ascii', 'replace'), data.hex(), data.hex(':', 2), len(data))
print(bytearray.fromhex('de ad be ef'), bytearray.fromhex('00ff').hex(), int(bytearray(b' 42 ')), float(bytearray(b'2.5')))
print(str(data, 'utf-8'), ord(bytearray(b'A')), bytearray(b'abc').translate(bytes.maketrans(b'abc', b'xyz'), b'b'))
for bad in ["data[:3].decode('utf-8', 'strict') or data.decode('ascii')", "s.split(',')", "s.find('o')",
            "s.upper(1)", "s.center(20, b'**')", "bytearray(b'-').join([b'a', 'b'])", "bytearray.fromhex('zz')",
            "s.index(b'?')", "bytearray(b'%d') % 'x'", "s + 'x'", "int(bytearray(b'4x'))", "float(bytearray(b'x'))",
            "bytearray(b'ab').hex(bytearray(b':'))", "s.encode()"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__ + ':', e)
