# Driving coroutines by hand with send(), throw() and close(), no event loop
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def worker():
    a = await suspend("first")
    b = await suspend("second")
    return a + b

c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("finished with", e.value)
c2 = worker()
c2.send(None)
c2.close()
print(c2.cr_frame)
c3 = worker()
c3.send(None)
c3.throw(ValueError("thrown in"))
