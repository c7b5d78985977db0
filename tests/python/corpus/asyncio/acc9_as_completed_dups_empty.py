# as_completed of an empty list, of the same task twice, and of a finished future; what the iterator yields.
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    print('empty:', [f for f in asyncio.as_completed([])])
    t = asyncio.create_task(work(1))
    its = list(asyncio.as_completed([t, t]))
    print('duplicates give', len(its), 'awaitables')
    for aw in its:
        print(await aw)
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    for aw in asyncio.as_completed([f, work(2)]):
        print(await aw)

asyncio.run(main())
