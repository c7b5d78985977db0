# An async list comprehension over an async generator of factorials
import asyncio

async def factorials_of(numbers):
    for n in numbers:
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.1)
        yield n, f

async def main():
    pairs = [pair async for pair in factorials_of([5, 7, 3, 6])]
    print(pairs)
    big = [f async for n, f in factorials_of(range(8)) if f > 100]
    print(big)

print('Main - Starting')
asyncio.run(main())
print('Main - Done')
