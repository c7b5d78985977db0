# Suspended generators held by globals run their finally at exit.
def stream(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

a = stream("a")
b = stream("b")
next(a)
next(b)
keep = [stream("c")]
next(keep[0])
print("end")
