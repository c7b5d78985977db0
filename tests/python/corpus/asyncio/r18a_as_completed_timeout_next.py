# as_completed with a timeout: what each next() gives
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    it = asyncio.as_completed([job(0.3), job(0.1), job(0.2)], timeout=0.25)
    print(type(it).__name__)
    results = []
    while True:
        try:
            aw = next(it)
        except StopIteration:
            print('iterator exhausted')
            break
        try:
            results.append(await aw)
        except asyncio.TimeoutError:
            results.append('timeout')
    print(results)
    print(len(asyncio.all_tasks()), 'tasks alive')
    try:
        asyncio.as_completed(job(1))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
