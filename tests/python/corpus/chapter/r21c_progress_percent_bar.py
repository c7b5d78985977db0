# A progress bar over as_completed with percentages and a final newline.
import asyncio

async def chunk(i):
    await asyncio.sleep(0.1 * (i % 4 + 1))
    return i

async def main():
    coros = [chunk(i) for i in range(8)]
    width = 16
    for n, c in enumerate(asyncio.as_completed(coros), 1):
        await c
        pct = n / len(coros)
        filled = int(width * pct)
        print(f'\r|{"█" * filled}{"░" * (width - filled)}| {pct:6.1%}', end='', flush=True)
    print('\nall chunks in')

asyncio.run(main())
