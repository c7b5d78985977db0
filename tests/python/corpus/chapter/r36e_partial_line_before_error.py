# printing the results on one line with end='' and then one of them is not a number
import asyncio

async def worker(value):
    await asyncio.sleep(0.02)
    return value

async def do_something():
    results = await asyncio.gather(worker(3), worker(4), worker('5'), worker(6))
    total = 0
    print('running total:', end=' ')
    for r in results:
        total += r
        print(total, end=' ')
    print()

asyncio.run(do_something())
