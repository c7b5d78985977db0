# kept my workers in a dict and passed it to gather with a star
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label.lower()

async def main():
    jobs = {'a': worker('A'), 'b': worker('B')}
    results = await asyncio.gather(*jobs)
    print(dict(zip(jobs, results)))

asyncio.run(main())
