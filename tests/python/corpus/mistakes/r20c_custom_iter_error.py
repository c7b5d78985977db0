# errors from custom __iter__/__next__/__eq__/__hash__ during for, in, dict ops
class Bag:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("bag is empty")
class Key:
    def __hash__(self):
        raise TypeError("Key is unhashable today")
class Odd:
    def __eq__(self, o):
        raise ValueError("cannot compare Odd")
try:
    {Key(): 1}
except TypeError as e:
    print(e)
try:
    print(1 in [Odd()])
except ValueError as e:
    print(e)
for item in Bag():
    print(item)
