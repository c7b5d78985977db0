# KeyError messages for tuple, int and quoted keys.
table = {}
for key in [(1, 2), 3, "it's", ()]:
    try:
        table[key]
    except KeyError as e:
        print("missing:", e, "| args:", e.args)
table[("x",)]
