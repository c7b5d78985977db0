# Function composition with reduce, partial objects' attributes, partial of partial, and cmp_to_key.
from functools import reduce, partial, cmp_to_key

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

pipeline = compose(str.strip, str.lower, partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(pipeline("  Hello World  "))
power = partial(pow, exp=2) if False else partial(pow, 2)
print(power(10), power.func, power.args, power.keywords)
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=10), repr(base2))
p2 = partial(partial(max, key=len), "a")
print(p2("abc", "de"), p2.args, p2.keywords, p2.func is max)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0))
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(compare)), max(words, key=cmp_to_key(compare)))
k = cmp_to_key(compare)
print(k("ab") < k("abc"), type(k("x")).__name__)
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
partial(1)
