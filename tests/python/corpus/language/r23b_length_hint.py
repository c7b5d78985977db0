import operator

class Sized:
    def __len__(self):
        return 7
class Hinted:
    def __length_hint__(self):
        return 3
items = [1, 2, 3, 4]
it = iter(items)
next(it)
print(operator.length_hint(items), operator.length_hint(it))
print(operator.length_hint(iter(range(4))), operator.length_hint(iter("abcde")))
print(operator.length_hint(iter((1, 2))), operator.length_hint(iter({"a": 1})))
print(operator.length_hint(Sized()), operator.length_hint(Hinted()), operator.length_hint(object(), 9))
print(operator.length_hint(reversed([1, 2, 3])), operator.length_hint(x for x in items))
