# Mistake: a task fails while handling another error and nobody awaits it (never retrieved, with its chain).
import asyncio


async def parse_all(lines):
    total = 0
    for line in lines:
        try:
            total += int(line)
        except ValueError:
            total += float(line.replace(',', '.'))
    return total


async def main():
    asyncio.create_task(parse_all(['1', '2,5', 'x']))
    await asyncio.sleep(0.05)
    print('main - done')


asyncio.run(main())
