from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [("bob", 30, "NY"), ("ann", 25, "LA"), ("cy", 30, "SF")]
print(sorted(rows, key=itemgetter(1, 0)))
get = itemgetter(0, 2)
print(get(rows[0]))
print(itemgetter("name")({"name": "zed"}))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"P({self.name})"

ps = [P("x", 3), P("y", 1)]
print(sorted(ps, key=attrgetter("age")))
print(attrgetter("name", "age")(ps[0]))
up = methodcaller("replace", "a", "A")
print(up("banana"))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(operator.add(1, 2), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2))
print(operator.itemgetter(1), operator.attrgetter("a.b"))
print(operator.contains([1, 2], 2), operator.not_(0), operator.index(7))
print(itemgetter(5)(rows))
