# The classic lost-update race: read, await, write; then the same code protected by a Lock
import asyncio

balance = 0

async def deposit_racy(amount):
    global balance
    current = balance
    await asyncio.sleep(0)
    balance = current + amount

async def deposit_safe(amount, lock):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0)
        balance = current + amount

async def main():
    global balance
    await asyncio.gather(*(deposit_racy(10) for _ in range(100)))
    print("racy balance:", balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_safe(10, lock) for _ in range(100)))
    print("safe balance:", balance)

asyncio.run(main())
