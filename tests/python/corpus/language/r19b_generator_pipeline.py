# Generator pipeline over log lines: parsing, filtering, send/throw/close
LOG = """\
2024-01-05 10:00:01 INFO  user=ann action=login
2024-01-05 10:00:07 WARN  user=bob action=retry
2024-01-05 10:01:00 ERROR user=ann action=upload size=12
bad line here
2024-01-05 10:02:30 INFO  user=cy action=logout
2024-01-05 10:03:00 ERROR user=bob action=upload size=7"""

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"  (skipping line {n})")
            continue
        date, time, level, *kv = parts
        yield {"n": n, "level": level, **dict(p.split("=", 1) for p in kv)}

def only(level, records):
    return (r for r in records if r["level"] == level)

pipeline = only("ERROR", parse(read_lines(LOG)))
print(type(pipeline).__name__)
for rec in pipeline:
    print(rec)
print(next(pipeline, "exhausted"))

def averager():
    total = count = 0; avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            print("  reset!")
            total = count = 0; avg = None
            continue
        total += value
        count += 1
        avg = total / count

g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
print(g.throw(ValueError), g.send(5))
g.close()
print(g.gi_frame is None)
def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("  countdown cleaned up")
c = countdown(5)
print([next(c) for _ in range(2)]); c.close()
gen = (x * x for x in range(3)); print(list(gen), list(gen), sum(x for x in range(101)))
g.send(1)
