# The warning said "Enable tracemalloc to get the object allocation traceback", so I did.
import asyncio
import tracemalloc

tracemalloc.start()


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r


async def main():
    results = [await factorial(3)]
    factorial(4)
    results.append(await factorial(5))
    print(results)


asyncio.run(main())
print("tracing:", tracemalloc.is_tracing())
