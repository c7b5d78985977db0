# assert given a tuple in brackets is always true: a SyntaxWarning, and no AssertionError
import math

value = math.factorial(4)
assert (value == 25, 'the factorial of 4 should be 25')
print('assert passed?', value)
