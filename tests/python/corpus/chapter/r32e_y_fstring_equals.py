# f-string debugging with = after the variable names
import asyncio

async def worker(x):
    await asyncio.sleep(0.01)
    return x ** 2

async def do_something():
    results = await asyncio.gather(*(worker(x) for x in range(5)))
    total = sum(results)
    print(f'{results=}')
    print(f'{total = }')
    print(f'{total/len(results)=:.2f}')
    print(f'{results[-1]!r:>6}|')
    print(f'{len(results) * 2 = }')

asyncio.run(do_something())
