class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
b = a
a += 2
print(a, b, a is b)
c = a + 3
print(c, c is a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)

class ForgetReturn:
    def __iadd__(self, o):
        self.last = o

f = ForgetReturn()
f += 1
print(f)
