# Driving a coroutine by hand: throw() an exception in, then close() a suspended one
import asyncio
import types

@types.coroutine
def pause():
    received = yield "paused"
    return received

async def job():
    try:
        got = await pause()
        print("job resumed with", got)
        await pause()
    except ValueError as e:
        print("job caught", repr(e))
        return "handled"
    finally:
        print("job finally")

c = job()
print(c.send(None))
print(c.send("data"))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("returned:", e.value)
c2 = job()
c2.send(None)
c2.close()
print("closed; send again:")
c2.send(None)
