# zip(strict=True) of my labels and the results, but I dropped one worker from gather
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return len(label)

async def main():
    labels = ['alpha', 'beta', 'gamma']
    results = await asyncio.gather(worker('alpha'), worker('beta'))
    for label, n in zip(labels, results, strict=True):
        print(label, n)

asyncio.run(main())
