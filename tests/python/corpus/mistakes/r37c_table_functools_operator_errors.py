# functools and operator helpers set up wrongly in my data pipeline
import functools, operator

class Row:
    def __init__(self):
        self.name = "ann"

calls = [
    ("itemgetter()", lambda: operator.itemgetter()),
    ("itemgetter(5)([1])", lambda: operator.itemgetter(5)([1])),
    ("itemgetter('a')({})", lambda: operator.itemgetter("a")({})),
    ("attrgetter(1)", lambda: operator.attrgetter(1)),
    ("attrgetter('nme')(Row())", lambda: operator.attrgetter("nme")(Row())),
    ("attrgetter('name.x')(Row())", lambda: operator.attrgetter("name.x")(Row())),
    ("methodcaller()", lambda: operator.methodcaller()),
    ("methodcaller('upper')(5)", lambda: operator.methodcaller("upper")(5)),
    ("operator.add(1)", lambda: operator.add(1)),
    ("operator.index(1.5)", lambda: operator.index(1.5)),
    ("cmp_to_key(5)(1) < 2", lambda: functools.cmp_to_key(5)(1) < functools.cmp_to_key(5)(2)),
    ("lru_cache(maxsize='x')", lambda: functools.lru_cache(maxsize="x")),
    ("partial(int, base=2)('12')", lambda: functools.partial(int, base=2)("12")),
    ("partial(max)()", lambda: functools.partial(max)()),
    ("singledispatch(5)()", lambda: functools.singledispatch(5)()),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
