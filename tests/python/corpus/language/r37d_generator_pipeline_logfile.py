# Generator pipeline over an in-memory log: parse, filter, group by hour and summarise lazily.
import io
from itertools import groupby

LOG = io.StringIO("""\
2024-03-01 09:15:02 INFO login ann
2024-03-01 09:47:10 WARN disk 91%
2024-03-01 10:01:00 ERROR db timeout
2024-03-01 10:02:30 INFO login bob
bad line
2024-03-01 11:30:00 ERROR db timeout
""")

def lines(f):
    for n, line in enumerate(f, 1):
        yield n, line.rstrip("\n")

def parse(rows):
    for n, line in rows:
        parts = line.split(" ", 3)
        if len(parts) < 4:
            print(f"skip line {n}: {line!r}")
            continue
        day, clock, level, msg = parts
        yield {"hour": clock[:2], "level": level, "msg": msg}

def only(levels, events):
    return (e for e in events if e["level"] in levels)

events = only({"WARN", "ERROR"}, parse(lines(LOG)))
print(type(events).__name__)
for hour, group in groupby(events, key=lambda e: e["hour"]):
    msgs = [f"{e['level']}:{e['msg']}" for e in group]
    print(hour, msgs)
LOG.seek(0)
print(sum(1 for _ in parse(lines(LOG))), LOG.tell() > 0, LOG.read())
