# A method that calls itself instead of the attribute.
class Box:
    def __init__(self, size):
        self.size = size

    @property
    def size(self):
        return self.size

print(Box(3).size)
