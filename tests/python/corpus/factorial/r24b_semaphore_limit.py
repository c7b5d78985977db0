import asyncio

sem = None
running = 0

async def factorial(name, n):
    global running
    async with sem:
        running += 1
        print(f"Task {name} started (running now: {running})")
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            f *= i
        running -= 1
        print(f"Task {name}: factorial({n}) = {f}")
        return f

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    nums = [3, 4, 2, 5, 3]
    res = await asyncio.gather(*(factorial("ABCDE"[i], n) for i, n in enumerate(nums)))
    print(res)

asyncio.run(main())
