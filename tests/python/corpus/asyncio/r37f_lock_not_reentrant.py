# asyncio.Lock is not reentrant: a method that takes the lock and calls another one that takes it deadlocks
import asyncio

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            self.balance += amount

    async def deposit_with_bonus(self, amount):
        async with self.lock:
            await self.deposit(amount)
            await self.deposit(amount // 10)

async def main():
    acct = Account(100)
    await acct.deposit(50)
    print("balance", acct.balance)
    try:
        await asyncio.wait_for(acct.deposit_with_bonus(100), timeout=0.1)
    except TimeoutError:
        print("deadlock detected: timed out")
    print("balance", acct.balance, "locked:", acct.lock.locked())

asyncio.run(main())
