# poking at objects with getattr, vars, iter and friends, the wrong way
class Box:
    pass

calls = [
    ("getattr(Box())", lambda: getattr(Box())),
    ("getattr(Box(), 5)", lambda: getattr(Box(), 5)),
    ("setattr(5, 'x', 1)", lambda: setattr(5, "x", 1)),
    ("delattr(Box(), 'x')", lambda: delattr(Box(), "x")),
    ("vars(5)", lambda: vars(5)),
    ("iter(5, 6)", lambda: iter(5, 6)),
    ("next([1])", lambda: next([1])),
    ("issubclass(5, int)", lambda: issubclass(5, int)),
    ("isinstance(5, 'int')", lambda: isinstance(5, "int")),
    ("type(1, 2)", lambda: type(1, 2)),
    ("Box(1)", lambda: Box(1)),
    ("object(1)", lambda: object(1)),
    ("hash([])", lambda: hash([])),
    ("callable()", lambda: callable()),
    ("len()", lambda: len()),
    ("dir(1, 2)", lambda: dir(1, 2)),
    ("format(5, 5)", lambda: format(5, 5)),
    ("round(1.25, 1.5)", lambda: round(1.25, 1.5)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
