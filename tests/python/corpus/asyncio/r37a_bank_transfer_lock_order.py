# Concurrent bank transfers with one lock per account, always taken in id order to avoid deadlock
import asyncio
import random

random.seed(3)


class Account:
    def __init__(self, ident, balance):
        self.ident, self.balance = ident, balance
        self.lock = asyncio.Lock()


class Insufficient(Exception):
    pass


async def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.ident)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                raise Insufficient(f"{src.ident} has {src.balance}, needs {amount}")
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount


async def main():
    accts = [Account(i, 100) for i in range(4)]
    jobs = [(random.randrange(4), random.randrange(4), random.randint(10, 90)) for _ in range(12)]
    jobs = [(a, b, m) for a, b, m in jobs if a != b]
    results = await asyncio.gather(*(transfer(accts[a], accts[b], m) for a, b, m in jobs),
                                   return_exceptions=True)
    failed = [str(r) for r in results if isinstance(r, Insufficient)]
    print(len(jobs), "transfers,", len(failed), "refused")
    for f in failed:
        print(" ", f)
    print([a.balance for a in accts], "total", sum(a.balance for a in accts))


asyncio.run(main())
