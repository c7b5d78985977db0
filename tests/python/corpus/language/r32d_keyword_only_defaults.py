# Function parameters: defaults evaluated once, keyword-only and positional-only arguments, and their errors
def add_item(item, basket=[]):
    basket.append(item)
    return basket


print(add_item("a"), add_item("b"), add_item("c", []), add_item.__defaults__)


def connect(host, port=80, /, *, timeout=5.0, retries=3, **extra):
    return f"{host}:{port} timeout={timeout} retries={retries} extra={extra}"


print(connect("x"), connect("y", 8080, timeout=1, tls=True))
for call in [lambda: connect(host="z"), lambda: connect("a", 1, 2), lambda: connect("a", timeout=1, timeout2=2) and None,
             lambda: connect(), lambda: connect("a", retries=1, **{"retries": 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def stats(*nums, round_to=2):
    return round(sum(nums) / len(nums), round_to) if nums else None


print(stats(1, 2, 2), stats(), stats(*range(10), round_to=0), connect.__kwdefaults__)
print(connect.__code__.co_posonlyargcount, connect.__code__.co_kwonlyargcount)
stats(1, 2, round=1)
