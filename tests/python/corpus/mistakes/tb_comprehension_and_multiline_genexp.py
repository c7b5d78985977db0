def compute(values):
    return [10 / v for v in values]
try:
    compute([1, 0])
except ZeroDivisionError as e:
    print("caught", e)
data = {"users": [{"name": "a"}]}
try:
    print(data["users"][0]["age"])
except KeyError as e:
    print("KeyError", e)
f = lambda x: x["k"]
try:
    f({})
except KeyError as e:
    print(repr(e))
result = sum(
    int(x)
    for x in ["1", "2", "three"]
)
