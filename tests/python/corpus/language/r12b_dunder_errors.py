class Weird:
    def __len__(self):
        return 2 ** 70
    def __hash__(self):
        return 2 ** 70
    def __index__(self):
        return 3
    def __repr__(self):
        return "Weird()"

w = Weird()
print(hash(w) == hash(2 ** 70), hash(w))
try:
    len(w)
except OverflowError as e:
    print("OverflowError:", e)
print([10, 20, 30, 40][w], range(10)[w])

class BadHash:
    def __hash__(self):
        return "not int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -5
print(bool(NegLen()))
