# return_exceptions=True puts exception objects in the result list
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    results = await asyncio.gather(divide(1, 2), divide(1, 0), divide(9, 3),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print('error:', type(r).__name__, r)
        else:
            print('value:', r)

asyncio.run(main())
