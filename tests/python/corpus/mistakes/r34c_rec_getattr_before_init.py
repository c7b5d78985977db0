# A __getattr__ proxy that reads self.target before it was set
class Proxy:
    def __init__(self, target):
        print("wrapping", type(target).__name__)
        self.target = target

    def __getattr__(self, name):
        return getattr(self.target, name)

class Lazy(Proxy):
    def __init__(self, target):
        print("lazy, size", self.size)
        super().__init__(target)

p = Proxy([1, 2, 3])
print(p.count(2))
Lazy([1])
