import asyncio

lock = asyncio.Lock()
total = 0

async def factorial(n):
    global total
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    with lock:
        total += result
    return result

async def main():
    results = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]],
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print("total:", total)
    print(await factorial(2))

asyncio.run(main())
