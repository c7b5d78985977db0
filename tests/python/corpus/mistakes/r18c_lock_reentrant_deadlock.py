import asyncio


class Account:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.balance = 100

    async def withdraw(self, amount):
        async with self.lock:
            await asyncio.sleep(0)
            self.balance -= amount

    async def withdraw_with_fee(self, amount):
        async with self.lock:
            # bug: withdraw takes the same (non-reentrant) lock
            await self.withdraw(amount)
            await self.withdraw(1)


async def main():
    acct = Account()
    await acct.withdraw(10)
    print("balance", acct.balance)
    await asyncio.wait_for(acct.withdraw_with_fee(20), timeout=0.1)
    print("balance", acct.balance)


asyncio.run(main())
