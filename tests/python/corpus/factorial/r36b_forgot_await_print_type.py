# Forgot the await on gather-less calls: print what I actually got back.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    results = [factorial(n) for n in (3, 4, 5)]
    print("types:", [type(r).__name__ for r in results])
    print("first is coroutine:", asyncio.iscoroutine(results[0]))
    print("qualname:", results[0].__qualname__)
    results[0].close()
    print("closed the first one; the others are dropped")
    del results
    print("end of main")


asyncio.run(main())
