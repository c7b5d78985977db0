# throw() an exception into a coroutine suspended in sleep(0); it handles one and not the other
import asyncio


async def guarded():
    for attempt in range(3):
        try:
            await asyncio.sleep(0)
        except ValueError as e:
            print("handled inside:", e)
    return "finished"


coro = guarded()
coro.send(None)
coro.throw(ValueError("first"))
coro.throw(ValueError("second"))
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
c2 = guarded()
c2.send(None)
c2.throw(LookupError("not handled"))
