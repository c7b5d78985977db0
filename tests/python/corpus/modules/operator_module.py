# The operator module.
import operator
from operator import itemgetter, attrgetter

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(4), operator.abs(-4), operator.not_(0))
print(operator.eq(1, 1.0), operator.lt(1, 2), operator.ge(1, 2), operator.contains([1, 2], 2), operator.concat('a', 'b'))
print(operator.getitem([10, 20], 1), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.index(5))
rows = [('bob', 25, 'NY'), ('ann', 30, 'LA'), ('cid', 25, 'SF')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(0, 2)(rows[0]))

class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f'Person({self.name!r})'
people = [Person('zoe', 3), Person('al', 9)]
print(sorted(people, key=attrgetter('name')), max(people, key=attrgetter('age')))
print(operator.methodcaller('upper')('shout'))
d = {'k': 1}
operator.setitem(d, 'j', 2)
operator.delitem(d, 'k')
print(d, operator.truth([]), operator.is_(None, None), operator.iadd([1], [2]))
