# Mistake: a call inside an f-string's braces is left unclosed.
import asyncio


async def worker(label):
    await asyncio.sleep(0.01)
    return label * 2


async def main():
    values = await asyncio.gather(worker('a'), worker('b'))
    print(f'joined: {", ".join(values}')


asyncio.run(main())
