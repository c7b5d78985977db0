# *args and **kwargs: flexible functions, unpacking calls, and keyword-only parameters.
def summary(*args, sep=", ", **kwargs):
    parts = [str(a) for a in args]
    parts += [f"{k}={v}" for k, v in sorted(kwargs.items())]
    return sep.join(parts)

print(summary(1, 2, 3))
print(summary("a", b=2, a=1, sep=" | "))
nums = [4, 5, 6]
opts = {"x": 1, "sep": "/"}
print(summary(*nums, **opts))
print(max(*nums), min(nums, default=0), print(*nums, sep="-"))

def describe(name, /, age, *, city="?"):
    return f"{name} ({age}) from {city}"
print(describe("Ana", 30), describe("Bo", age=25, city="Oslo"))
for call in [lambda: describe(name="X", age=1), lambda: describe("Y", 2, "Rome"), lambda: summary(sep=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
first, *middle, last = range(7)
print(first, middle, last)
def avg(*values):
    return sum(values) / len(values) if values else None
print(avg(), avg(1, 2), avg(*range(11)))
