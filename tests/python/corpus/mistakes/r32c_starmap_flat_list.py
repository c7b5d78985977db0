# starmap given a flat list of numbers instead of argument tuples.
from itertools import starmap

pairs = [(2, 3), (3, 2)]
print(list(starmap(pow, pairs)))
bases = [2, 3, 4]
print(list(starmap(pow, bases)))
