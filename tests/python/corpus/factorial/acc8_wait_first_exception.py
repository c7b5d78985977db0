# asyncio.wait with FIRST_EXCEPTION: a negative number's ValueError ends the wait early.
import asyncio
async def factorial(n):
    if n < 0:
        raise ValueError("n must be >= 0")
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)
async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in [3, -1, 4]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:
        if t.done():
            print(t.exception() or t.result())
    print(len(done), len(pending))
asyncio.run(main())
