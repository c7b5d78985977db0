# Futures are iterable: 'yield from fut' in a @types.coroutine generator
import asyncio
import types

@types.coroutine
def old_style(fut):
    value = yield from fut
    return value * 2

async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 21)
    print(await old_style(fut))
    print(hasattr(fut, "__iter__"), list(iter(fut)) if fut.done() else None)

asyncio.run(main())
