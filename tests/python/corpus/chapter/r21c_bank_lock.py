# The bank fixed with an asyncio.Lock; locked() shown while held.
import asyncio

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.1)
            self.balance = current + amount
            return self.balance

    async def withdraw(self, amount):
        async with self.lock:
            if amount > self.balance:
                raise ValueError(f'insufficient funds: {self.balance} < {amount}')
            await asyncio.sleep(0.1)
            self.balance -= amount
            return self.balance

async def main():
    acc = Account('Ann', 100)
    results = await asyncio.gather(acc.deposit(50), acc.withdraw(120), acc.withdraw(100), acc.deposit(10),
                                   return_exceptions=True)
    for r in results:
        print(f'  {r!s:<35} {type(r).__name__}')
    print(f'{acc.owner}: £{acc.balance:,.2f}', acc.lock.locked())

asyncio.run(main())
