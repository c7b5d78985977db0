# Results printed with sep, end and star-unpacking in a gather.
import asyncio

async def worker(label, d):
    await asyncio.sleep(d)
    print(label, end=' ', flush=True)
    return label.lower()

async def main():
    res = await asyncio.gather(*(worker(c, d) for c, d in zip('ABCD', (0.4, 0.1, 0.3, 0.2))))
    print()
    print(*res, sep=' -> ', end='!\n')
    print(*enumerate(res), sep='|')
    print('%s=%r %-5s|%5.1f%%' % ('x', res[0], res[1], 12.345))

asyncio.run(main())
