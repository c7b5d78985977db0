# RecursionError from __getattr__ accessing a missing attribute
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self.target, name)

p = Proxy([1, 2])
print("proxy made")
p.append(3)
