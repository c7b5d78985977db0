# A Semaphore is released even when the guarded block raises; gather collects the errors
import asyncio

sem = asyncio.Semaphore(2)

async def task(i):
    async with sem:
        await asyncio.sleep(0.01)
        if i in (2, 4):
            raise ValueError(f"task {i} bad")
        return i

async def main():
    results = await asyncio.gather(*(task(i) for i in range(6)), return_exceptions=True)
    for r in results:
        print(repr(r))
    print("semaphore free again:", not sem.locked(), sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
