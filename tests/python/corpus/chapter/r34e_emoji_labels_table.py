# labelled workers with emoji and a little table of results
import asyncio
import random

random.seed(99)

async def worker(label):
    await asyncio.sleep(0.01)
    return label, random.randint(1, 10)

async def main():
    labels = ['🍎 apple', '🍐 pear', '🍌 banana', 'ü-umlaut']
    results = await asyncio.gather(*(worker(l) for l in labels))
    for label, v in results:
        bar = '█' * v
        print(f'{label:<12}|{v:>3} {bar}')
    print(max(results, key=lambda r: r[1])[0].encode('utf-8'))

asyncio.run(main())
