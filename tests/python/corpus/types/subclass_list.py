# class Stack(list): methods and a property of its own, the list's operators (results are plain lists), +=, *=, sort, json, hash refused; super().__init__ and an inherited __repr__ made its own.
import json

class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]

    @property
    def top(self):
        return self[-1] if self else None

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.top, s.pop(), s, bool(s), bool(Stack()))
print(isinstance(s, list), type(s).__mro__, s == [1, 2], [1, 2] == s, s < [1, 3], s + [9], type(s + [9]))
print(json.dumps(s), list(s), tuple(s), sorted(Stack([3, 1, 2])), [x * 2 for x in s], sum(Stack([1, 2, 3])))
print(s[0], s[-1], s[:1], type(s[:1]), 2 in s, 5 in s, s.index(2), s.count(1), Stack("abc"), Stack(range(3)))
s.extend([4, 5])
s += [6]
print(s, type(s))
s *= 2
print(s, type(s), s * 2, type(s * 2))
s.sort(reverse=True)
print(s, s.copy(), type(s.copy()), list(reversed(s)))
s.clear()
print(s, repr(s), str(s), f"{s}")
del s
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)

class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {super().__repr__()})"

n = Named("xs", [1, 2])
n.append(3)
print(n, [n], n.name, n.__dict__, vars(n))
print(str(n), len(n), n[1:], type(n[1:]))

