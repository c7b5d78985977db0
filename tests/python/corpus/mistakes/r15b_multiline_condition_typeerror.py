# Mistake: a TypeError in the second line of a parenthesised if condition.
readings = [("t1", 20.5), ("t2", None), ("t3", 19.0)]
for name, value in readings:
    if (name.startswith("t")
            and value > 19.5):
        print(name, "warm")
    else:
        print(name, "cool")
