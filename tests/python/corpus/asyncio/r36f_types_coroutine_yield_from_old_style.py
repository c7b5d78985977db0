# Python 3.4-style code ported with types.coroutine: generators using yield from on asyncio calls.
import asyncio
import types

@types.coroutine
def old_fetch(n):
    yield from asyncio.sleep(0.01)
    return n * 2

@types.coroutine
def old_wait(fut):
    result = yield from fut
    return f"future gave {result}"

async def main():
    print((yield_total := sum([await old_fetch(i) for i in range(4)])))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "hi")
    print(await old_wait(fut))
    print(await asyncio.gather(old_fetch(5), old_fetch(6)))
    t = asyncio.ensure_future(old_fetch(10))
    print(type(t).__name__, await t)

asyncio.run(main())
