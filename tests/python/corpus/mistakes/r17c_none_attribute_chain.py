# A function that returns None on one path; its value's method called: AttributeError
import asyncio


def find(results, n):
    for key, value in results:
        if key == n:
            return value


async def main():
    await asyncio.sleep(0.1)
    results = [(3, '6'), (4, '24')]
    print(find(results, 3).zfill(4))
    print(find(results, 5).zfill(4))


asyncio.run(main())
