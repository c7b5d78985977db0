# builtins a learner pokes at: round with negative digits, bit_length, bytes, ascii, bases
import math
for f in [lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-0.5), round(2.5, 0), (7).bit_length(), (255).to_bytes(2, 'big'))
print(int.from_bytes(b'\x01\x00', 'little'), (10).__format__('x'), float('  3.5e2 '), float('nan') == float('nan'))
print(hex(255), oct(8), bin(-5), int('0b101', 0), abs(-0.0), 0.1 + 0.2 == 0.3, sum([0.1]*3))
print(max(3, 7, key=lambda x: -x), min('hello'), sum([[1], [2]], []), any([]), all([]))
print(list(reversed([1, 2, 3])), list(enumerate('ab', 10)), dict(zip('ab', range(2))))
print(isinstance(True, int), type(1 + True), True + True, 3 * False, divmod(-7, 2))
print(ascii('naïve ☃'), repr('naïve ☃'), chr(0x1F600), len('😀'), 'é'.encode('utf-8'), b'caf\xc3\xa9'.decode())
print(str(b'x'), bytes(3), b'ab' + b'c', b'abc'[0], list(b'hi'), bytes([65, 66]), b'a b'.split())
print(sum(['a', 'b'], ''))
