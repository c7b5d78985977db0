# assert, with and without a message; an uncaught AssertionError ends the program.
def mean(values):
    assert len(values) > 0, 'mean of an empty list'
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print('AssertionError:', e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print('no message:', repr(e))

x = 5
assert x == 5
assert isinstance(x, int), 'x must be an int'
print('all asserts passed')
assert x < 0, f'x is {x}, expected a negative number'
print('not reached')
