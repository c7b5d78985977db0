# The __class__ cell in methods, super() with explicit arguments, and __mro_entries__
class A:
    def who(self):
        return __class__.__name__, type(self).__name__

    def hello(self):
        return "A.hello"


class B(A):
    def who(self):
        return ("B",) + super().who()

    def hello(self):
        return "B+" + super(B, self).hello()


print(B().who(), B().hello(), A.who.__code__.co_freevars)


class Alias:
    def __mro_entries__(self, bases):
        return (A,)


class C(Alias()):
    pass


print(C.__bases__, C.__orig_bases__[0].__class__.__name__, C().hello())


def make():
    class Local:
        def f(self):
            return __class__
    return Local


L = make()
print(L().f() is L, L.__qualname__)
print(__class__)
