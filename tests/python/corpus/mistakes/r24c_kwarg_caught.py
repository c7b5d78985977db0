def make_user(name, age=0, *, admin=False):
    return (name, age, admin)

attempts = [
    lambda: make_user("a", nme="b"),
    lambda: make_user("a", 3, True),
    lambda: make_user(name="a", name2="b"),
    lambda: make_user("a", name="b"),
    lambda: make_user(age=3),
    lambda: sorted([3, 1], reversed=True),
    lambda: "x".split(seperator=","),
]
for a in attempts:
    try:
        print(a())
    except TypeError as e:
        print("TypeError:", e)
print(make_user("ok", admin=True))
