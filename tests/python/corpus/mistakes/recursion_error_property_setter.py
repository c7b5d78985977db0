# A property setter that assigns to its own property: RecursionError 1000 levels deep (natively; wasm stops at 700, the engine's stack).
class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self.celsius

    @celsius.setter
    def celsius(self, value):
        self.celsius = value

t = Temperature(20)
print(t.celsius)
