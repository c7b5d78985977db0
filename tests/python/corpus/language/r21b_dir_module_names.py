# tutorial 6.1/6.3: module attributes and dir() of a small stdlib module
import math, string
print(math.__name__, string.__name__, __name__)
print([n for n in dir(string) if not n.startswith('_')])
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords('hello   big world'), repr(string.whitespace))
fib = math.factorial
print(fib(5), fib.__name__)
from math import *
print(floor(2.5), pi)
import math as m, string as s
print(m.sqrt(16), s.hexdigits)
from statistics import mean as avg
print(avg([1, 2]))
import fibo
