# printed the gathered results straight away with print(*await ...)
import asyncio

async def worker(label, n):
    await asyncio.sleep(0.02 * n)
    return f'{label}{n}'

async def do_something():
    print(*await asyncio.gather(*map(worker, 'ABC', (3, 1, 2))))
    print(*await asyncio.gather(*map(worker, 'XY', (1, 2))), sep=' | ', end=' <end>\n')
    print(len(await asyncio.gather()), 'results from nothing')

asyncio.run(do_something())
