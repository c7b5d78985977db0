# gather with nothing in it, and asyncio.run returning the results to main
import asyncio

async def worker(x):
    await asyncio.sleep(0)
    return x + 1

async def do_something(xs):
    empty = await asyncio.gather()
    print('empty gather:', empty, type(empty).__name__)
    return await asyncio.gather(*[worker(x) for x in xs])

def main():
    results = asyncio.run(do_something([10, 20, 30]))
    print('main got:', results, type(results).__name__)
    first, *rest = results
    print(first, rest)

main()
