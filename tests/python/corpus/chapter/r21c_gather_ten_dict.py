# gather of ten labelled workers collected into a dict and sorted by value.
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.1)
    return label, random.randint(1, 100)

async def main():
    random.seed(7)
    pairs = await asyncio.gather(*(worker(chr(65 + i)) for i in range(10)))
    d = dict(pairs)
    print(d)
    for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'{k}: {v:3d} {"#" * (v // 10)}')
    print('max', max(d, key=d.get), 'sum', sum(d.values()))

asyncio.run(main())
