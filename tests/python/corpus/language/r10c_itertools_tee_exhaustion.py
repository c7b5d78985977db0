from itertools import tee

nums = iter([1, 2, 3, 4])
a, b = tee(nums)
print(list(a), list(b))
print(list(nums))

data = map(str.upper, ["a", "b", "c"])
print("B" in data)
print(list(data))

z = zip([1, 2, 3], "abc")
print(dict(z), dict(z))

r = range(3)
print(list(r), list(r))

f = filter(None, [0, 1, "", "x"])
print(len(list(f)), len(list(f)))

it = iter([10, 20, 30])
for x in it:
    print("loop", x)
    if x == 10:
        print("skipped", next(it))

keys = {"a": 1, "b": 2}.keys()
print(list(keys), list(keys))
gen = (x for x in [1, 2])
print(list(zip(gen, gen)))
e = enumerate("xy")
print(next(e), list(e), list(e))
x, y, z = tee([1], 3)
print(list(x), list(y), list(z))
