# an async generator that yields progress, consumed with async for
import asyncio

async def countdown(name, n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield f'{name}:{n}'
        n -= 1

async def consume(name, n, delay):
    seen = [item async for item in countdown(name, n, delay)]
    print(name, 'saw', seen)
    return len(seen)

async def do_something():
    counts = await asyncio.gather(consume('slow', 2, 0.15), consume('fast', 4, 0.01))
    print('counts:', counts)

asyncio.run(do_something())
