import random

names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)), dict(zip(names, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(names, start=1)), list(map(len, names)))
print(list(map(lambda a, b: f"{a}:{b}", names, ages)))
print(list(map(pow, [2, 3], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
stream = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(stream), 0)), list(stream))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
print(all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]))
print(sum([[1], [2]], []), sum(range(5), start=10), sum([0.1] * 3))
print(divmod(17, 5), pow(2, 10, 1000), round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(min("hello"), max([3, 1], default=0), max([], default=None), max("a", "B", key=str.lower))
random.seed(42)
print(random.randint(1, 100), random.choice(names), random.sample(range(10), 3))
deck = list(range(6))
random.shuffle(deck)
print(deck, round(random.random(), 6), random.uniform(1, 2) < 2)
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq())))
print(list(zip()))
print(next(it))
