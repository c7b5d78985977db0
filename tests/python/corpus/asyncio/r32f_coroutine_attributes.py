# Looking inside coroutine objects: cr_running, cr_await, cr_frame and send() by hand
import asyncio

async def inner():
    await asyncio.sleep(0)
    return "inner result"

async def outer():
    value = await inner()
    return value.upper()

c = outer()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print("frame line before start:", c.cr_frame.f_lineno)
yielded = c.send(None)
print("yielded:", yielded)
print("awaiting:", type(c.cr_await).__name__, c.cr_await.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
print("frame after finish:", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
