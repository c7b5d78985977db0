# What happens to __hash__ when a subclass defines only __eq__
class Base:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)

class Child(Base):
    def __eq__(self, other):
        return isinstance(other, Child) and self.k == other.k

print(Base.__hash__ is not None, Child.__hash__)
b = Base(1)
print(hash(b) == hash(1))
try:
    {Child(1)}
except TypeError as e:
    print("TypeError:", e)

class Fixed(Child):
    __hash__ = Base.__hash__

s = {Fixed(1), Fixed(1), Fixed(2)}
print(len(s))
print(Fixed(3) == Fixed(3), Fixed(3) != Fixed(4), Fixed(3) == Child(3))
print(Child(2) == 2, Child(2).__eq__(2))
