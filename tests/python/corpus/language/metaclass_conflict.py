# Two classes with unrelated metaclasses cannot be bases of one class
class Meta(type):
    pass
class Other(type):
    pass
class A(metaclass=Meta):
    pass
class B(metaclass=Other):
    pass
class Derived(Meta):
    pass
class C(A, metaclass=Derived):
    pass
print(type(C).__name__)
class D(A, B):
    pass
