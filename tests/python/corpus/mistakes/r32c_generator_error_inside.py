# An exception raised inside a generator while it is being consumed.
def parse_numbers(lines):
    for line in lines:
        yield int(line.strip())

data = ["1", " 2 ", "three", "4"]
total = 0
for n in parse_numbers(data):
    total += n
    print("running total", total)
