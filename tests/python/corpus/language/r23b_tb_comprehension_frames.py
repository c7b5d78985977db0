def parse(value):
    return int(value)

def total(values):
    return sum(parse(v) for v in values)

def table(rows):
    return {name: [parse(c) for c in cells] for name, cells in rows}

print(total(["1", "2"]))
print(table([("a", ["1"]), ("b", ["2", "3"])]))
try:
    total(["1", "x"])
except ValueError as e:
    print("ValueError:", e)
table([("ok", ["4"]), ("bad", ["5", "five"])])
