class A: pass
a = A(); a.x = 1
del a.__dict__
print(vars(a), hasattr(a, "x"))
a.y = 2
print(a.__dict__)
class D:
    def __del__(self): print("D.__del__", type(self).__name__)
class P: pass
p = P(); p.__class__ = D; del p
d = D(); d.__class__ = P; del d
print("end")
q = P(); q.__class__ = D
