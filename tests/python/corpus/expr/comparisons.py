# Comparisons: chains, is / is not, in / not in, mixed types, sequences, and their errors.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 3, x == 5 == 5.0)
a = [1]
b = a
print(None is None, [] is [], b is a, a is not None, b is not [1])
print(3 in [1, 2, 3], 'ell' in 'hello', 'x' not in 'hello', 2 in {2: 'two'}, 4 in range(0, 10, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 99), 'abc' < 'abd', 'Z' < 'a', '' < 'a')
print(1 == 1.0, True == 1, False == 0, 0.1 + 0.2 == 0.3, 'a' == 'a', [1] == [1], (1,) == [1])
print({1: 'a'} == {1: 'a'}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} <= {1})
print(max('apple', 'pear'), min([3, 1], [2, 9]), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(float('nan') == float('nan'), float('inf') > 10 ** 100)
print(None == 0, None == False, not None)

def noisy(v):
    print('evaluated', v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
print([3, 1] < None)
