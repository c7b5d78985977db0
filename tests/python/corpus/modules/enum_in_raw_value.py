# A mistake: asking whether a raw value is in an enum (3.11 warns, then raises TypeError)
from enum import Enum
class Status(Enum):
    OK = "ok"
    BAD = "bad"
print("start")
for v in ["ok", "ok", Status.OK]:
    try:
        print(v in Status)
    except TypeError as e:
        print("TypeError:", e)
def check(x):
    return x in Status
try:
    check(1)
except TypeError as e:
    print(e)
print("what was meant:", "ok" in {s.value for s in Status}, Status("ok") in Status)
print("ok" in Status)
