# A common mistake: creating a new Lock inside the function, so it protects nothing.
import asyncio

balance = 100

async def withdraw_wrong(amount):
    global balance
    lock = asyncio.Lock()          # new lock every call!
    async with lock:
        b = balance
        await asyncio.sleep(0.01)
        balance = b - amount

shared = asyncio.Lock()

async def withdraw_right(amount):
    global balance
    async with shared:
        b = balance
        await asyncio.sleep(0.01)
        balance = b - amount

async def main():
    global balance
    await asyncio.gather(*(withdraw_wrong(10) for _ in range(5)))
    print("wrong lock, balance:", balance)
    balance = 100
    await asyncio.gather(*(withdraw_right(10) for _ in range(5)))
    print("shared lock, balance:", balance)
    print(shared.locked())

asyncio.run(main())
