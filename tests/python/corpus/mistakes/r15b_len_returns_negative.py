# Mistake: __len__ computes a negative size, and len() refuses it.
class Window:
    def __init__(self, start, end):
        self.start = start
        self.end = end
    def __len__(self):
        return self.end - self.start

print(len(Window(2, 9)))
print(len(Window(9, 2)))
