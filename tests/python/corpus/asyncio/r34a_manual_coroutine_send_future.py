# Driving a coroutine by hand with send(): it yields the Future it awaits
import asyncio


async def waits_on(fut):
    print("before await")
    value = await fut
    print("resumed with", value)
    return value * 2


loop = asyncio.new_event_loop()
fut = loop.create_future()
coro = waits_on(fut)
yielded = coro.send(None)
print("yielded is fut:", yielded is fut, "blocking flag:", fut._asyncio_future_blocking)
fut.set_result(21)
try:
    coro.send(None)
except StopIteration as e:
    print("finished with", e.value)
loop.close()
