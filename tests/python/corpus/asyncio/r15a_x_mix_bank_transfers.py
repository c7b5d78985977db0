# Concurrent bank transfers with per-account locks taken in a fixed order, and a checksum
import asyncio
import random

class Account:
    def __init__(self, name, balance):
        self.name, self.balance, self.lock = name, balance, asyncio.Lock()

    def __repr__(self):
        return f"{self.name}:{self.balance}"

async def transfer(a, b, amount):
    first, second = sorted((a, b), key=lambda acc: acc.name)
    async with first.lock, second.lock:
        if a.balance < amount:
            return f"{a.name}->{b.name} {amount} refused"
        a.balance -= amount
        await asyncio.sleep(0)
        b.balance += amount
        return f"{a.name}->{b.name} {amount} ok"

async def main():
    random.seed(11)
    accounts = [Account(n, 100) for n in "ABCD"]
    jobs = []
    for _ in range(12):
        a, b = random.sample(accounts, 2)
        jobs.append(transfer(a, b, random.randint(10, 80)))
    results = await asyncio.gather(*jobs)
    print("\n".join(results))
    print(accounts, "total:", sum(acc.balance for acc in accounts))

asyncio.run(main())
