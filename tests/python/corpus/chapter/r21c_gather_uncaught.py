# gather with an uncaught ZeroDivisionError: traceback through asyncio.run.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b

async def main():
    results = await asyncio.gather(divide(1, 2), divide(3, 0), divide(5, 4))
    print(results)

def go():
    asyncio.run(main())

go()
