# Drive a native coroutine by hand: send, throw an exception into it, and close it.
import asyncio

class Pause:
    def __await__(self):
        value = yield "paused"
        return value

async def task():
    try:
        got = await Pause()
        print("got", got)
        await Pause()
    except ValueError as e:
        print("handled", e)
        return "recovered"
    finally:
        print("cleanup")

c = task()
print(c.send(None))
print(c.send(42))
try:
    c.throw(ValueError("bad"))
except StopIteration as e:
    print("returned", e.value)
c2 = task()
c2.send(None)
c2.close()
print(c2.cr_frame is None)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
