# Trying to change things that cannot change.
point = (3, 4)
name = "alice"
data = b"abc"
r = range(5)
fz = frozenset({1})
for label, code in [
    ("point[0] = 5", "point[0] = 5"),
    ("del point[1]", "del point[1]"),
    ("name[0] = 'A'", "name[0] = 'A'"),
    ("del name[0]", "del name[0]"),
    ("data[0] = 65", "data[0] = 65"),
    ("r[1] = 9", "r[1] = 9"),
    ("fz[0] = 2", "fz[0] = 2"),
    ("point.x = 1", "point.x = 1"),
    ("name.upper = None", "name.upper = None"),
    ("point.append(5)", "point.append(5)"),
    ("point += [5]", "point += [5]"),
    ("point.sort()", "point.sort()"),
    ("(1).real = 2", "(1).real = 2"),
    ("None.x = 1", "None.x = 1"),
]:
    try:
        exec(code)
        print(label, "ok", point)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
