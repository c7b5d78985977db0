# Attribute lookup order: data descriptors beat the instance dict, which beats non-data descriptors
class Data:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        print("  Data.__set__", value)


class NonData:
    def __get__(self, obj, cls):
        return "non-data descriptor"


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2


class C:
    d = Data()
    n = NonData()
    so = SetOnly()


c = C()
c.__dict__.update(d="instance d", n="instance n")
print(c.d, c.n, C.d, C.n)
c.d = 5
c.so = 21
print(c.so, type(C.__dict__["so"]).__name__, C.so is C.__dict__["so"])
del c.__dict__["n"]
print(c.n)
print(hasattr(Data(), "__set_name__"), property().__isabstractmethod__)
import abc
print(property(abc.abstractmethod(lambda s: 1)).__isabstractmethod__)
del c.d
