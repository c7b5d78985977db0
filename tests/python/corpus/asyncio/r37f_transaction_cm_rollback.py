# An async "transaction" context manager: commit on success, rollback on error, used from a TaskGroup
import asyncio

db = {"alice": 100, "bob": 50}

class Transaction:
    def __init__(self, name):
        self.name = name
        self.changes = {}

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self

    def set(self, key, value):
        self.changes[key] = value

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type is None:
            db.update(self.changes)
            print(f"{self.name}: commit {self.changes}")
        else:
            print(f"{self.name}: rollback because {exc_type.__name__}: {exc}")
        return False

async def transfer(name, src, dst, amount):
    async with Transaction(name) as tx:
        if db[src] < amount:
            raise ValueError(f"{src} has only {db[src]}")
        tx.set(src, db[src] - amount)
        tx.set(dst, db[dst] + amount)

async def main():
    await transfer("t1", "alice", "bob", 30)
    try:
        await transfer("t2", "bob", "alice", 500)
    except ValueError:
        pass
    await transfer("t3", "carol", "bob", 1)

asyncio.run(main())
print(db)
