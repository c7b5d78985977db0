# A class with __eq__ and no __hash__ put in a set.
class Result:
    def __init__(self, n, value):
        self.n, self.value = n, value
    def __eq__(self, other):
        return self.n == other.n

print(Result(5, 120) == Result(5, 0), Result.__hash__)
seen = {Result(5, 120)}
