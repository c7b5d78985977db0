a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)
x = None
print(x is None, x == None)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == None, AlwaysEq() is None, None == AlwaysEq())
print([AlwaysEq()].count(5), 5 in [AlwaysEq()], [1, AlwaysEq()].index("x"))
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
print((1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == frozenset({2, 1}), "1" == 1)
print(1 == 1.0 == True, 0 == False == 0.0 == -0.0, () == [] , "" == b"")
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return NotImplemented
print(Base() == Derived())
print(Base() != Base())
print(sorted([AlwaysEq(), AlwaysEq()]))
