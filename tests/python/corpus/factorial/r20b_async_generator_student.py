# Student yields running products from an async generator; harness collects with async for and anext.
import asyncio

async def factorials_upto(n):
    result = 1
    yield 0, 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        yield i, result

async def harness():
    table = {i: f async for i, f in factorials_upto(6)}
    print(table)
    gen = factorials_upto(3)
    print('first:', await anext(gen))
    print('second:', await gen.__anext__())
    await gen.aclose()
    print('after close:', await anext(gen, 'exhausted'))
    try:
        await anext(gen)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    print(type(gen).__name__, aiter(gen) is gen)

asyncio.run(harness())
