# Transfers between accounts lock both accounts in a fixed order to avoid deadlock.
import asyncio

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = asyncio.Lock()

async def transfer(a, b, amount):
    first, second = sorted([a, b], key=lambda acc: acc.name)
    async with first.lock:
        await asyncio.sleep(0.005)
        async with second.lock:
            if a.balance < amount:
                print(f"{a.name} -> {b.name}: insufficient funds for {amount}")
                return False
            a.balance -= amount
            b.balance += amount
            return True

async def main():
    x, y, z = Account("x", 100), Account("y", 50), Account("z", 0)
    results = await asyncio.wait_for(asyncio.gather(
        transfer(x, y, 30), transfer(y, x, 70), transfer(y, z, 20),
        transfer(z, x, 10), transfer(x, z, 200)), timeout=2)
    print(results)
    print({acc.name: acc.balance for acc in (x, y, z)}, "total", x.balance + y.balance + z.balance)

asyncio.run(main())
