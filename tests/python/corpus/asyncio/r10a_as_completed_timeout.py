import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    coros = [job(0.3), job(0.1), job(2), job(0.2)]
    results = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.45):
            results.append(await fut)
            print('got', results[-1])
    except asyncio.TimeoutError:
        print('timed out with', results)

asyncio.run(main())
