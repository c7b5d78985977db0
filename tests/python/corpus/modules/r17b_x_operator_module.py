# The operator module: itemgetter, attrgetter, methodcaller and operator functions with reduce/map
import operator
from functools import reduce

data = [{'name': 'b', 'score': 3}, {'name': 'a', 'score': 9}, {'name': 'c', 'score': 3}]
print(sorted(data, key=operator.itemgetter('score', 'name')))
print(list(map(operator.itemgetter('name'), data)), operator.itemgetter(0, -1)('hello'))
print(reduce(operator.mul, range(1, 7)), reduce(operator.add, ['a', 'b', 'c']), list(map(operator.neg, [1, -2])))
up = operator.methodcaller('replace', 'a', 'A')
print(up('banana'), operator.attrgetter('real', 'imag')(3), operator.attrgetter('__class__.__name__')(1.5))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 8), operator.contains([1], 1))
print(operator.lt(1, 2), operator.not_(0), operator.is_(None, None), operator.index(5), operator.concat([1], [2]))
print(operator.itemgetter('missing')(data[0]))
