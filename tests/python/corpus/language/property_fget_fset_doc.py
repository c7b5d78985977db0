class A:
    @property
    def x(self):
        'the x'
        return 1
    @x.setter
    def x(self, v):
        pass
    y = property(lambda self: 2, doc='why')
    z = property()
print(A.x.__doc__, A.x.fget.__name__, A.x.fset.__name__, A.x.fdel, A.y.__doc__, A.z.__doc__, A.z.fget)
print(type(A.x).__name__, A.x.getter(lambda s: 3).__doc__, A().x, A().y)
try:
    A().z
except AttributeError as e:
    print(e)
