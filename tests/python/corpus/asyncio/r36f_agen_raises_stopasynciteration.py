# An async generator that raises StopAsyncIteration itself gets a RuntimeError instead.
import asyncio

async def numbers(limit):
    n = 0
    while True:
        await asyncio.sleep(0)
        if n >= limit:
            raise StopAsyncIteration
        yield n
        n += 1

async def main():
    try:
        async for n in numbers(3):
            print(n)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

asyncio.run(main())
