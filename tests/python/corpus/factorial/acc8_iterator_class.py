# An iterator class yielding successive factorials.
class Factorials:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
        self.value = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.n > self.limit:
            raise StopIteration
        result = (self.n, self.value)
        self.n += 1
        self.value *= self.n
        return result

for n, f in Factorials(6):
    print(f"{n}! = {f}")
it = Factorials(2)
print(list(it), list(it))
print(dict(Factorials(4)))
