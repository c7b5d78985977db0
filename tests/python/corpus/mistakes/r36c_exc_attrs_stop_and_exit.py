# values carried by StopIteration and SystemExit
def gen():
    yield 1
    return "finished"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
for code in (None, 0, 3, "bye", (1, 2)):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), e.args)
print(StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
raise SystemExit(4)
