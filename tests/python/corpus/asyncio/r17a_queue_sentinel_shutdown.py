# a producer ends its consumers with one None sentinel each
import asyncio

async def consumer(n, q, out):
    while (item := await q.get()) is not None:
        out.append(f'c{n}:{item}')
        await asyncio.sleep(0.01)
    print('consumer', n, 'stops')

async def main():
    q = asyncio.Queue()
    out = []
    cs = [asyncio.create_task(consumer(n, q, out)) for n in range(2)]
    for word in 'the quick brown fox'.split():
        await q.put(word)
    for _ in cs:
        await q.put(None)
    await asyncio.gather(*cs)
    print(out)

asyncio.run(main())
