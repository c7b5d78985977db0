import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0)
        if current >= amount:
            self.balance = current - amount
            return True
        return False

    async def withdraw(self, amount):
        async with self.lock:
            return await self.withdraw_unsafe(amount)


async def main():
    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw_unsafe(30) for _ in range(5)))
    print("unsafe:", ok, "balance", acct.balance)
    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw(30) for _ in range(5)))
    print("safe:  ", ok, "balance", acct.balance)


asyncio.run(main())
