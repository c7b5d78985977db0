import io

LOG = """\
INFO start
WARN disk 91%
INFO tick
ERROR failed to open x.txt
INFO tick
ERROR timeout after 3s
WARN disk 95%
"""

def read_lines(f):
    for line in f:
        yield line.rstrip("\n")

def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield level, msg

def only(levels, records):
    for level, msg in records:
        if level in levels:
            yield level, msg

def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1

pipeline = numbered(only({"WARN", "ERROR"}, parse(read_lines(io.StringIO(LOG)))))
for n, (level, msg) in pipeline:
    print(f"{n:>2}. [{level:<5}] {msg}")

counts = {}
for level, _ in parse(read_lines(io.StringIO(LOG))):
    counts[level] = counts.get(level, 0) + 1
print(counts)
squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(sum(evens), sum(evens))
gen = (1 / x for x in [1, 2, 0, 4])
print(list(gen))
