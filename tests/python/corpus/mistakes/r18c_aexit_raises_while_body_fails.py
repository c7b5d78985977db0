import asyncio


class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    async def __aenter__(self):
        print(f"begin {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None:
            print(f"rolling back {len(self.ops)} ops")
            # bug: rollback assumes ops are dicts
            for op in self.ops:
                undo = op["undo"]
                print("undo", undo)
        return False

    def apply(self, op):
        self.ops.append(op)


async def transfer(amount):
    async with Transaction("transfer") as tx:
        tx.apply("debit")
        balance = 10
        if amount > balance:
            raise ValueError(f"insufficient funds: {amount} > {balance}")


asyncio.run(transfer(50))
