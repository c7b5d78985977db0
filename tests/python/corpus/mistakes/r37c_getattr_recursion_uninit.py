# a proxy that forwards unknown attributes to the wrapped object
class Proxy:
    def __init__(self, target):
        self.setup()
        self._target = target

    def setup(self):
        print("setting up proxy for", self.name)

    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy("hello")
print(p.upper())
