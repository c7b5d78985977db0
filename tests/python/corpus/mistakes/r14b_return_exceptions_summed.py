# Mistake: gather(return_exceptions=True) results summed as if every one were a number.
import asyncio


async def ratio(a, b):
    await asyncio.sleep(0.01)
    return a / b


async def main():
    results = await asyncio.gather(ratio(6, 3), ratio(1, 0), ratio(9, 3),
                                   return_exceptions=True)
    print(results)
    print('total:', sum(results))


asyncio.run(main())
