# Drive a coroutine without an event loop: send(), cr_await, inspect states and the StopIteration value
import asyncio
import inspect


async def inner():
    await asyncio.sleep(0)
    return 20


async def outer():
    x = await inner()
    await asyncio.sleep(0)
    return x + 1


coro = outer()
print(inspect.getcoroutinestate(coro))
print(coro.send(None))
print(inspect.getcoroutinestate(coro), type(coro.cr_await).__name__, coro.cr_await.__name__)
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(coro), coro.cr_frame)
coro.send(None)
