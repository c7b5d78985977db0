class Batch:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def __len__(self):
        return len(self.items) / self.size

    def __bool__(self):
        return len(self.items)


b = Batch(list(range(10)), 5)
print(b.items[:3])
if b:
    print("has items")
print(len(b))
