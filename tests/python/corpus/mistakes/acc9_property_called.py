# A property called like a method.
class Box:
    def __init__(self, w):
        self._w = w

    @property
    def width(self):
        return self._w

print(Box(3).width())
