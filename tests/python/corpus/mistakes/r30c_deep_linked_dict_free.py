# A long chain of instances with __dict__, freed when the function returns.
class Item:
    def __init__(self, prev):
        self.prev = prev

def build(n):
    last = None
    for _ in range(150000):
        last = Item(last)
    return n

print(build(3))
print("survived")
