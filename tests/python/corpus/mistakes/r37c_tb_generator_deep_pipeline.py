# a pipeline of generators that reads, parses and totals numbers
def read(lines):
    for line in lines:
        yield line.strip()

def parse(items):
    for item in items:
        yield float(item)

def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

data = ["1.5\n", "2\n", "three\n", "4\n"]
for t in running_total(parse(read(data))):
    print(t)
