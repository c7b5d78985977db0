# How int() converts objects: __int__, __index__, then the deprecated __trunc__ fallback in 3.11
class WithInt:
    def __int__(self):
        return 1


class WithIndex:
    def __index__(self):
        return 2


class WithTrunc:
    def __trunc__(self):
        return 3


class Nothing:
    pass


print(int(WithInt()), int(WithIndex()), bin(WithIndex()), [10, 20, 30][WithIndex()])
print(int(WithTrunc()))
try:
    int(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    bin(WithInt())
except TypeError as e:
    print("TypeError:", e)
print(float(WithIndex()))
