import operator

for name, call in [("add", lambda: operator.add(1)),
                   ("mul", lambda: operator.mul(2, 3, 4)),
                   ("neg", lambda: operator.neg()),
                   ("methodcaller", lambda: operator.methodcaller()),
                   ("itemgetter", lambda: operator.itemgetter()),
                   ("attrgetter", lambda: operator.attrgetter(1))]:
    try:
        print(name, call())
    except TypeError as e:
        print(name, "TypeError:", e)
print(operator.sub(10))
