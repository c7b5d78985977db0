import asyncio

class Account:
    def __init__(self, balance):
        self.balance = balance
        self._lock = asyncio.Lock()

    async def withdraw(self, amount):
        async with self._lock:
            if self.balance < amount:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            await asyncio.sleep(0.001)
            self.balance -= amount
            return self.balance

    @classmethod
    async def open(cls, initial):
        await asyncio.sleep(0)
        return cls(initial)

async def main():
    acct = await Account.open(100)
    results = await asyncio.gather(*(acct.withdraw(30) for _ in range(4)), return_exceptions=True)
    for r in results:
        print(r if isinstance(r, int) else f"{type(r).__name__}: {r}")
    print("final balance", acct.balance)

asyncio.run(main())
