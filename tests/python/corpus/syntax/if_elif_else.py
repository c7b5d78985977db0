# if / elif / else, truthiness, and conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'

for n in (-5, 0, 3, 42):
    print(n, classify(n))

for value in (0, 1, '', 'a', [], [0], {}, None, 0.0, ()):
    if value:
        print(repr(value), 'is truthy')
    else:
        print(repr(value), 'is falsy')

x = 7
print('odd' if x % 2 else 'even')
if x > 5 and x < 10 or x == 100:
    print('in range')
if not x == 8:
    print('not eight')
