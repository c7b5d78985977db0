# object's comparison dunders: __eq__/__ne__ by identity, __lt__/__le__/__gt__/__ge__ NotImplemented; a class's own ones called by name
class P:
    pass
p, q = P(), P()
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1), object.__ne__(p, q), p.__eq__(p), p.__eq__(q), p.__ne__(q))
print(object.__lt__(1, 2), object.__le__(p, p), object.__gt__(p, q), object.__ge__(p, q), p.__lt__(q), p.__ge__(p))
print(object().__eq__(3), P.__lt__(p, q), P.__eq__(p, p))
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v if isinstance(o, V) else NotImplemented
print(V(1).__eq__(V(1)), V(1).__ne__(V(2)), V(1).__gt__(V(0)), V(1).__le__(V(2)), V(1).__lt__(5))
print(sorted([V(3), V(1)], key=lambda v: v.v)[0].v, V(1) != V(1))
