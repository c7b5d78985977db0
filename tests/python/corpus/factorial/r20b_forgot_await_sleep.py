# Student forgets to await asyncio.sleep; harness sees instant finish and RuntimeWarning goes to stderr.
import asyncio, time, gc

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    start = asyncio.get_running_loop().time()
    results = await asyncio.gather(*[factorial(n) for n in (3, 4)])
    took = asyncio.get_running_loop().time() - start
    return results, took

results, took = asyncio.run(main())
gc.collect()
print('results', results)
if took < 0.2:
    print('suspicious: finished without waiting - did you forget await?')
else:
    print('waited properly')
