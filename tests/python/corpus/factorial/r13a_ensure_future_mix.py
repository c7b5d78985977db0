import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    futs = [asyncio.ensure_future(factorial(n)) for n in (5, 3)]
    same = asyncio.ensure_future(futs[0])
    print('same object:', same is futs[0])
    print('is a Task:', isinstance(futs[1], asyncio.Task))
    print([await f for f in futs])
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
