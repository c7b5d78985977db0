# min and max with key, default, several arguments, and their errors.
data = {"a": 3, "b": 7, "c": 7, "d": 1}
print(max(data), max(data, key=data.get), min(data, key=data.get), max(data.items(), key=lambda kv: kv[1]))
print(max([], default="none"), min((), default=0), max([2], default=9), max("abc", "abd"), min([3, 1], [3]))
print(max(1, 2.0, 2), min(-0.0, 0.0), max(0.0, -0.0), max([float("nan"), 1]), max([1, float("nan")]))
print(max(range(10), key=lambda x: x % 4), min(["bb", "a", "ccc"], key=len), max(["bb", "aa"], key=len))
for args, kw in [((), {}), ((5,), {}), (([],), {}), ((1, 2), {"default": 0}), (([1],), {"key": 1}), (([1],), {"foo": 1})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
