# A results dict that accidentally ends up containing itself, and a list appended to itself.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.001)
    return r


async def main():
    results = {}
    for n in (3, 4):
        results[n] = await factorial(n)
    results["all"] = results
    print(results)
    history = [await factorial(5)]
    history.append(history)
    print(history, len(history), history[1][1][1][0])
    nested = {"a": [results, history]}
    print(nested)
    print(results == results, str(results)[:20])


asyncio.run(main())
