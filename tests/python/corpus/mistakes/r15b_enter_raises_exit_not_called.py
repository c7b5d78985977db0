# Mistake: __enter__ fails before returning, so the with body and __exit__ never run.
class Resource:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
    def __enter__(self):
        print("opening", self.name)
        self.slots = list(range(self.limit))
        return self.slots[0]
    def __exit__(self, *exc):
        print("closing", self.name)
        return False

with Resource("pool", 2) as first:
    print("got slot", first)
with Resource("empty", 0) as first:
    print("got slot", first)
