# Comparison chains, is versus ==, and mixed-type comparisons
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < x < 3)
print(0 <= x % 2 < 1, 'a' < 'b' < 'c', 'Z' < 'a', 'apple' < 'apricot')
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b)
print(None is None, 1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3)
print([1, 2] < [1, 2, 0], (3,) < (2, 9), [] < [0])
print(max('b', 'a', 'C'), min([3, 1], [2, 9]), sorted([3, 1.5, True, 0]))
print(1 < 2 == 2 > 1, not 1 == 2, not (1 == 2))
print('3' < 4)
