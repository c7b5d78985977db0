import asyncio

async def factorial(n, sem):
    await sem.acquire()
    try:
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        print(f"{n}! = {result}")
        return result
    finally:
        sem.release()
        if n == 3:
            sem.release()   # bug: released twice

async def main():
    sem = asyncio.BoundedSemaphore(2)
    results = await asyncio.gather(*[factorial(n, sem) for n in [5, 3, 6]],
                                   return_exceptions=True)
    print(results)

asyncio.run(main())
