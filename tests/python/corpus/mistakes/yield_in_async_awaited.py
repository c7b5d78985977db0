# Mistake: yield inside an async def with await makes an async generator; awaiting it fails.
import asyncio

async def factorials(numbers):
    for n in numbers:
        await asyncio.sleep(0.01)
        yield n

async def main():
    print(type(factorials([1])).__name__)
    results = await factorials([5, 7])
    print(results)

asyncio.run(main())
