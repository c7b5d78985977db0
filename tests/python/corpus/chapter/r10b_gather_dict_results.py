# Results collected into a dict with zip.
import asyncio

async def fetch(name):
    await asyncio.sleep(0.01 * len(name))
    return len(name)

async def main():
    names = ['alpha', 'be', 'gamma', 'd']
    lengths = await asyncio.gather(*map(fetch, names))
    table = dict(zip(names, lengths))
    print(table)
    for k, v in sorted(table.items(), key=lambda kv: kv[1]):
        print(f'{k:<6}{v:>3}')

asyncio.run(main())
