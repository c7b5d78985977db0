# Builds the gather at import time, then uses asyncio.run: a different loop.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

all_of_them = asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])

async def main():
    try:
        print(await all_of_them)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got ")[1])

print('Main - Starting')
asyncio.run(main())
print('Main - Done')
