# json.loads: error positions in characters after non-ASCII text, escapes and surrogates, bytes, numbers, deep nesting.
import json
from json import loads, JSONDecodeError
cases = ['"héllo" x', '{"é": 1, "ü": }', '["☃", "😀", 1,]', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\udc00"', '"a\\u00e9\\u2603"',
         '123456789012345678901234567890', '-0.0', '1E400', '-1e-400', '[1e5, 2E-3, 0.5e+2]', '"\\u12é"', '"é\\x"', '"\x7f"', ' \t\n[ 1 ,\n 2 ] \r\n',
         '{"a": 1, "a": 2}', '[' * 50 + ']' * 50, '"\\/"', '{"x": NaN, "y": -Infinity}', '-', '-a', '[-]', '0x10', '.5', '+1']
for c in cases:
    try:
        v = loads(c)
        print(repr(c), '->', repr(v))
    except JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno, repr(e.doc) == repr(c))
for bad in [b'{}', None, 3]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e:
    print('RecursionError')
print(json.loads('{"a": {"b": [1, {"c": null}]}}')['a']['b'][1])
print(json.load.__name__, json.dumps.__name__, isinstance(JSONDecodeError('m', 'doc', 1), ValueError))
