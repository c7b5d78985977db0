# asyncio.run() given a Future, a Task-like awaitable or a coroutine function: the ValueErrors.
import asyncio

async def coro_fn():
    return 1

class Awaitable:
    def __await__(self):
        yield from ()
        return 'x'

for arg in (coro_fn, Awaitable(), None, 'text'):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])
print(asyncio.run(coro_fn()))
