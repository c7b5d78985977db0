# Constructors and conversions: str, repr, int, float, bool, list, tuple, dict, set, and their errors.
print(str(42), str(-1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}), str(''))
print(repr('it\'s'), repr("say \"hi\""), repr('tab\t'), repr('\n'), repr('é'), repr(b'x'), repr(1e-3))
print(int(), float(), bool(), str(), list(), tuple(), dict(), set())
print(int('  -12  '), int(-0.9), int('1_000'), float('-0'), float('infinity'), float('1e-3'))
print(bool([]), bool([[]]), bool(0j) if False else bool(0.0), bool(' '), bool(None))
print(list('abc'), list(range(3)), list({'x': 1, 'y': 2}), list({3: 0}.items()), list((1, 2)))
print(tuple([1, 2]), tuple('hi'), tuple({'a': 1}), tuple(x * 2 for x in range(3)))
print(dict([('a', 1), ['b', 2]]), dict(a=1), dict({'x': 1}, y=2), dict(zip('xy', (1, 2))))
print(set('hello') == {'h', 'e', 'l', 'o'}, sorted(set([3, 1, 3])), set(range(5)), set({1: 'a'}))
print(str(10 ** 20), repr(10 ** 20), int('9' * 25), float(10 ** 20), int(1e15), int(2.5e20))
print(chr(65) + chr(0x263A), ord('\n'), hex(ord('a')), str(3) * 3, int(str(7) * 3))
for bad in ('12.5', 'abc', '', '0x10'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float('one')
except ValueError as e:
    print('ValueError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
