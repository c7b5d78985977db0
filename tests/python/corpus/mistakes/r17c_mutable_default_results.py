# A mutable default argument keeps the results of every earlier call
import asyncio


async def collect(n, results=[]):
    await asyncio.sleep(0.1)
    results.append(n * n)
    return results


async def main():
    print(await collect(1))
    print(await collect(2))
    print(await collect(3, []))
    print(await collect(4))
    print(collect.__defaults__)


asyncio.run(main())
