# Concurrent transfers between bank accounts kept consistent with asyncio.Lock.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Account:
    name: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)

async def transfer(src, dst, amount, delay):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(delay)
        async with second.lock:
            if src.balance < amount:
                print(f"declined {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            print(f"moved {amount} {src.name}->{dst.name}")
            return True

async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    jobs = [transfer(a, b, 30, 0.01), transfer(b, c, 70, 0.05), transfer(c, a, 40, 0.12),
            transfer(a, c, 100, 0.2)]
    results = await asyncio.gather(*jobs)
    print(results)
    print(a, b, c, sep="\n")
    print("total", a.balance + b.balance + c.balance, a.lock.locked())
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
