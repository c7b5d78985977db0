import asyncio

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    async def deposit(self, amount):
        await asyncio.sleep(0)
        self.balance += amount
        return self.balanse

async def main():
    acc = Account("ann")
    print(await acc.deposit(10))

asyncio.run(main())
