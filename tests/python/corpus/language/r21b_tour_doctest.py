# tutorial 10.11: doctest.testmod on a passing and a failing docstring
def average(values):
    """Computes the arithmetic mean of a list of numbers.

    >>> print(average([20, 30, 70]))
    40.0
    """
    return sum(values) / len(values)
def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> double(3)
    6
    """
    return x * 2
import doctest
print(doctest.testmod(verbose=True))
