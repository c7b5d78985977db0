# A list method that does not exist: AttributeError with "Did you mean"
import asyncio


async def main():
    results = []
    for n in range(3):
        await asyncio.sleep(0.1)
        results.push(n)
    print(results)


asyncio.run(main())
