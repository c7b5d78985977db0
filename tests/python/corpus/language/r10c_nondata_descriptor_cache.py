class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"computing {self.attr}")
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value

class Data:
    def __init__(self, nums):
        self.nums = nums

    @cached
    def mean(self):
        "the mean"
        return sum(self.nums) / len(self.nums)

d = Data([1, 2, 3, 4])
print(d.mean)
print(d.mean)
print(Data.mean.__doc__, Data.mean.attr)
del d.mean
print(d.mean)
d.mean = 99
print(d.mean)

class Verbose:
    def __get__(self, obj, cls):
        return f"get from {cls.__name__} via {type(obj).__name__}"

class A:
    v = Verbose()

class B(A):
    pass

print(A.v)
print(B().v)
