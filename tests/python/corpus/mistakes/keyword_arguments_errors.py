# Calls with missing, extra and repeated arguments to a function with keyword-only and **extra parameters; positional-only
def describe(name, age, *, city="unknown", **extra):
    return f"{name} ({age}) from {city} {extra}"


print(describe("ann", 30))
print(describe("bob", age=25, city="Oslo", job="dev"))
print(describe(*["cid", 40], **{"city": "Rome"}))
for call in (
    lambda: describe("x"),
    lambda: describe("x", 1, "y"),
    lambda: describe("x", 1, name="z"),
    lambda: describe(age=1),
    lambda: describe("x", 1, **{"city": "a"}, city="b"),
    lambda: describe(),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, c=3))
pos_only(1, b=2, c=3)
