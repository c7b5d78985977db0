# gather returns results in the order of its arguments, not in the order they finish.
import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print('finished', value)
    return value

async def main():
    results = await asyncio.gather(delayed('slow', 0.3), delayed('fast', 0.1), delayed('medium', 0.2))
    print(results)
    print(await asyncio.gather())
    t = asyncio.create_task(delayed('task', 0.05))
    mixed = await asyncio.gather(t, delayed('coro', 0), asyncio.sleep(0.01, result='sleep'))
    print(mixed)
    nested = await asyncio.gather(asyncio.gather(delayed(1, 0), delayed(2, 0)), delayed(3, 0))
    print(nested)

asyncio.run(main())
