import asyncio

async def factorial(name, n, lock, log):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        async with lock:
            log.append(f"{name}:{i}")
    return f

async def main():
    lock = asyncio.Lock()
    log = []
    results = await asyncio.gather(*(factorial(c, n, lock, log) for c, n in zip("AB", (3, 5))))
    print(results)
    print(", ".join(log))
    print("locked now?", lock.locked())

asyncio.run(main())
