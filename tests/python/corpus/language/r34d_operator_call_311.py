# operator module corners: call (3.11), indexOf, countOf, length_hint, iadd on lists, attrgetter chains
import operator as op

print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1, 2], reverse=True))
print(op.indexOf([5, 6, 7], 7), op.countOf("banana", "a"))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
print(op.length_hint(iter(range(10))), op.length_hint(object(), 42))
a = [1]
b = op.iadd(a, [2, 3])
print(a, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
print(op.concat("ab", "cd"), op.contains(range(5), 3), op.truth([]), op.not_(0))
print(op.pos(-3), op.neg(3), op.inv(5), op.index(7), op.is_(None, None), op.is_not(1, None))
print(op.getitem({"a": 1}, "a"), op.matmul.__name__, op.floordiv(7, 2), op.mod(-7, 2))
lst = [0, 1, 2, 3]
op.setitem(lst, slice(1, 3), ["x"])
op.delitem(lst, 0)
print(lst)
print(sorted({"b": 2, "a": 3}.items(), key=op.itemgetter(1)))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
