# same dict of workers, this time with ** because the keys are names
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label.lower()

async def main():
    jobs = {'a': worker('A'), 'b': worker('B')}
    results = await asyncio.gather(**jobs)
    print(results)

asyncio.run(main())
