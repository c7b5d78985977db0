# Builtins on numbers: abs, round, divmod, pow, sum, min, max, int, float, bool, hex/oct/bin.
print(abs(-3), abs(-2.5), abs(0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([], 10), sum([[1], [2]], []), sum(range(5), start=100))
print(min(3, 1, 2), max([4, 9, 2]), min('abc'), max(3, 1.5), min([], default='empty'), max([1], default=0))
print(min([(2, 'b'), (1, 'z')]), max(['aa', 'b', 'cccc'], key=len), min(-1, -1.0))
print(int('12'), int(12.9), int('-5'), float('3.5'), float(2), bool(0), bool(3), bool(''), bool([0]))
print(str(3.0), str(-0), repr(2.50), round(2.675, 2), round(7), round(7.5))
print(hex(3054), oct(64), bin(10), int('0x1f', 16), int('111', 2), int('0o17', 8))
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, float)), isinstance('3', int))
print(type(3), type(3.0), type(True), type(None), type('s'), type([]), type(()), type({}), type(set()))
print(type(3) is int, type(3.0) == float, int is type(0))
print(hash(7), hash(-7), hash(-1), hash(True), hash(0.5), hash(2 ** 100))
print(sum([1, 2.5]), max(1, 2, key=lambda x: -x), abs(-10 ** 20), float('-inf') < -10 ** 300)
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
