import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    coros = [factorial(n) for n in [5, 3]]
    try:
        results = await asyncio.gather
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in factorial(3):
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await factorial
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(*coros))

asyncio.run(main())
