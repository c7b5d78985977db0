# gather with return_exceptions: the learner prints the results list directly.
import asyncio

async def check(n):
    await asyncio.sleep(0.01)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    res = await asyncio.gather(*(check(n) for n in range(4)), return_exceptions=True)
    print(res)
    print(sum(res))

asyncio.run(main())
