import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    t = asyncio.create_task(job(2))
    results = []
    for f in asyncio.as_completed([t, t, job(1)]):
        results.append(await f)
    print(sorted(results), len(results))
    try:
        for f in asyncio.as_completed([]):
            pass
        print('empty ok')
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
