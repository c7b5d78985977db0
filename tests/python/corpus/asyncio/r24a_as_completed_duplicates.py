import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    t = asyncio.create_task(job(1))
    out = []
    for f in asyncio.as_completed([t, t, t]):
        out.append(await f)
    print(out)
    its = list(asyncio.as_completed([job(2), job(1)]))
    print(len(its))
    print(sorted([await f for f in its]))
    print(list(asyncio.as_completed([])))
    for f in asyncio.as_completed(job(1)):
        pass

asyncio.run(main())
