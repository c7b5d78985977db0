# A generator that fails midway.
def parse(lines):
    for line in lines:
        yield int(line)

total = 0
for n in parse(["1", "2", "three"]):
    total += n
print(total)
