# gather(return_exceptions=True) puts the exceptions among the results.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01 * a)
    return a / b

async def main():
    results = await asyncio.gather(divide(1, 1), divide(2, 0), divide(3, 2), divide(4, 'x'),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print(results)
    good = [r for r in results if not isinstance(r, Exception)]
    print('good results:', good)

asyncio.run(main())
