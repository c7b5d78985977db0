# The walrus with an attribute as its target.
class A:
    pass
a = A()
if (a.x := 5) > 3:
    print(a.x)
