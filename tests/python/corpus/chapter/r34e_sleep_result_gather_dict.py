# asyncio.sleep can return a value, so I used it as a fake worker
import asyncio

async def main():
    jobs = {'tea': 0.03, 'toast': 0.01, 'eggs': 0.02}
    results = await asyncio.gather(*(asyncio.sleep(d, result=name.upper()) for name, d in jobs.items()))
    print(dict(zip(jobs, results)))
    first = await asyncio.sleep(0, 'zero')
    print(first, await asyncio.sleep(-1, result=None))

asyncio.run(main())
