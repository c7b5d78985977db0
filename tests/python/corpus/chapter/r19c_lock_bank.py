# A bank account with asyncio.Lock to avoid a race condition
import asyncio

class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

async def main():
    acc = Account()
    await asyncio.gather(*(acc.deposit_unsafe(10) for _ in range(10)))
    print("without lock:", acc.balance)
    acc = Account()
    await asyncio.gather(*(acc.deposit(10) for _ in range(10)))
    print("with lock:", acc.balance)
    print("locked now?", acc.lock.locked())
    await acc.lock.acquire()
    print("locked now?", acc.lock.locked())
    acc.lock.release()
    try:
        acc.lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
