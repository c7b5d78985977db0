# Concurrent withdrawals from a shared account: a race with an await in the middle, then an asyncio.Lock.
import asyncio

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, who, amount):
        if self.balance >= amount:
            await asyncio.sleep(0.01)
            self.balance -= amount
            print(f"{who} took {amount}, left {self.balance}")
        else:
            print(f"{who} refused")

    async def withdraw(self, who, amount):
        async with self.lock:
            await self.withdraw_unsafe(who, amount)

async def main():
    acct = Account(100)
    await asyncio.gather(*(acct.withdraw_unsafe(n, 60) for n in "AB"))
    print("unsafe balance:", acct.balance)
    acct = Account(100)
    await asyncio.gather(*(acct.withdraw(n, 60) for n in "AB"))
    print("safe balance:", acct.balance, acct.lock.locked())

asyncio.run(main())
