# Using the result of a function that forgot to return.
def parse(line):
    parts = line.split(",")
    parts = [p.strip() for p in parts]

row = parse("a, b, c")
print(row[0])
