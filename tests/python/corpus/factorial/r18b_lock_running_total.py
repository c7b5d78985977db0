import asyncio

total = 0
lock = asyncio.Lock()
log = []

async def factorial(n):
    global total
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    async with lock:
        old = total
        await asyncio.sleep(0.01)
        total = old + result
        log.append(f"{n}:{total}")
    return result

async def main():
    await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6, 5]])
    print("total:", total, "=", 120 + 5040 + 6 + 720 + 120)
    print(log)

asyncio.run(main())
