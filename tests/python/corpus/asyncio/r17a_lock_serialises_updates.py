# a Lock keeps a read-modify-write with an await in it from losing updates
import asyncio

balance = 0

async def deposit(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount

async def unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current + amount

async def main():
    global balance
    await asyncio.gather(*(unsafe(10) for _ in range(5)))
    print('without lock:', balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock, 10) for _ in range(5)))
    print('with lock:', balance, lock.locked())

asyncio.run(main())
