# gather() given one coroutine object twice wraps it once and reports its result in both places
import asyncio

calls = 0

async def once():
    global calls
    calls += 1
    await asyncio.sleep(0.05)
    return calls

async def main():
    c = once()
    print(await asyncio.gather(c, c, once()))
    print('calls', calls)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
