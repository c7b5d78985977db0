# deepcopy of a graph with shared and cyclic references, copy.copy of custom classes and __deepcopy__.
import copy

class Node:
    def __init__(self, name):
        self.name, self.links = name, []
    def __repr__(self):
        return f"Node({self.name}, links={[n.name for n in self.links]})"

a, b = Node("a"), Node("b")
a.links += [b, b]
b.links.append(a)
a2 = copy.deepcopy(a)
print(a2, a2.links[0] is a2.links[1], a2.links[0].links[0] is a2, a2 is a)
shallow = copy.copy(a)
print(shallow.links is a.links)

class Config:
    def __init__(self, data, cache):
        self.data, self.cache = data, cache
    def __deepcopy__(self, memo):
        print("deepcopy with memo size", len(memo))
        return Config(copy.deepcopy(self.data, memo), self.cache)

c = Config({"k": [1, 2]}, cache={"x": 1})
c2 = copy.deepcopy(c)
print(c2.data == c.data, c2.data is c.data, c2.cache is c.cache)
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
print(copy.copy((1, [2])) , copy.deepcopy((1, 2)) is not None)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
import types
print(copy.deepcopy(types.SimpleNamespace(a=[1])), copy.copy(len) is len)
