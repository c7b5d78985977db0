size = "global size"

class Box:
    size = "class size"
    doubled = size * 2
    label = f"box of {size}"
    def get_size(self):
        return size
    def get_class_size(self):
        return self.size, type(self).size, Box.size, __class__.size
    class Inner:
        print("Inner sees:", size)
        def who(self):
            return __class__.__qualname__
    names = [k for k in locals() if not k.startswith("__")]

print(Box.doubled[:10], Box.label)
print(Box().get_size(), Box().get_class_size())
print(Box.Inner().who(), Box.Inner.__qualname__, Box.names)

class Counter:
    count = 0
    items = [count for _ in range(2)] if False else None
    def inc(self):
        count += 1

try:
    Counter().inc()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

class Config:
    debug = True
    if debug:
        level = "verbose"
    else:
        level = "quiet"
    for i in range(3):
        pass
    del i
print(Config.level, hasattr(Config, "i"))

def factory(n):
    class Made:
        value = n
        def get(self):
            return n
    return Made
A, B = factory(1), factory(2)
print(A().get(), B.value, A.__qualname__, A is B)
class Late:
    x = y
