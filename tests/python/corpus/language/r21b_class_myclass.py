# tutorial 9.3: MyClass, attribute references, method objects, Complex
class MyClass:
    """A simple example class"""
    i = 12345

    def f(self):
        return 'hello world'
x = MyClass()
print(MyClass.i, x.f(), MyClass.__doc__)
print(MyClass.f(x), x.f.__func__ is MyClass.f)
xf = x.f
for _ in range(2):
    print(xf())
class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart
x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
print(hasattr(x, 'counter'))
MyClass.f()
