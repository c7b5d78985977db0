LOG = """INFO start
WARN disk low
INFO step 1
ERROR failed to open
INFO step 2
ERROR timeout
""".splitlines()

def read(lines):
    for n, line in enumerate(lines, 1):
        print(f"  read {n}")
        yield n, line

def only(level, rows):
    for n, line in rows:
        if line.startswith(level):
            yield n, line[len(level) + 1:]

def take(k, rows):
    for i, row in enumerate(rows):
        if i == k:
            return
        yield row

pipe = take(1, only("ERROR", read(LOG)))
print(type(pipe).__name__, pipe.__qualname__)
for n, msg in pipe:
    print(n, msg)
print(list(pipe))
pipe2 = only("WARN", read(LOG))
print(next(pipe2))
pipe2.close()
print(next(pipe2, "closed"))
