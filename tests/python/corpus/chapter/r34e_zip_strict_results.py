# zip with strict=True between my labels and the gathered results
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label.lower()

async def main():
    labels = ['A', 'B', 'C', 'D']
    results = await asyncio.gather(*(worker(l) for l in labels[:3]))
    for label, r in zip(labels, results, strict=True):
        print(label, r)

asyncio.run(main())
