# Throwing into a coroutine suspended at a types.coroutine yield, outside any event loop
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def guarded():
    try:
        v = await pause("first")
        print("resumed normally with", v)
        await pause("second")
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "recovered"


c = guarded()
print("yielded:", c.send(None))
print("yielded:", c.send("hello"))
try:
    c.throw(KeyError("boom"))
except StopIteration as e:
    print("returned:", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed, frame:", c2.cr_frame)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
