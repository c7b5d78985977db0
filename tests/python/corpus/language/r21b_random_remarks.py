# tutorial 9.4: methods defined outside, methods calling methods, __class__
def f1(self, x, y):
    return min(x, x+y)
class C:
    f = f1
    def g(self):
        return 'hello world'
    h = g
c = C()
print(c.f(3, -5), c.g(), c.h(), C.h is C.g)
class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)
b = Bag()
b.add(1); b.addtwice('z')
print(b.data, b.__class__.__name__, type(b) is Bag, isinstance(b, object))
class Bad:
    def method():
        return 'no self'
Bad().method()
