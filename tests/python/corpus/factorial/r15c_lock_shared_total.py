# tasks add their factorials to a shared total under an asyncio.Lock
import asyncio

total = 0
lock = asyncio.Lock()

async def factorial_into_total(n):
    global total
    f = 1
    for i in range(2, n + 1):
        f *= i
    async with lock:
        current = total
        await asyncio.sleep(0.01)
        total = current + f
        print(f"added {n}! = {f}, total {total}")

async def main():
    await asyncio.gather(*(factorial_into_total(n) for n in range(1, 6)))
    print("sum of 1!..5! =", total)

asyncio.run(main())
