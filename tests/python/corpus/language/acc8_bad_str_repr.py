# A __str__ that returns an int and a __repr__ that raises, printed.
class Bad:
    def __str__(self):
        return 42
    def __repr__(self):
        raise ValueError("no repr")
b = Bad()
try:
    print(b)
except TypeError as e:
    print("TypeError:", e)
try:
    print([b])
except ValueError as e:
    print("ValueError:", e)
print(f"{b!s}")
