# Mistake: a helper named after a keyword (def yield(...)).
import asyncio


def yield(value):
    return value * 2


async def main():
    await asyncio.sleep(0)
    print(yield(21))


asyncio.run(main())
