# A shared counter updated with and without an asyncio.Lock when the update awaits in the middle
import asyncio

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount

async def main():
    a = Account()
    await asyncio.gather(*(a.deposit_unsafe(10) for _ in range(5)))
    print('unsafe balance:', a.balance)
    b = Account()
    await asyncio.gather(*(b.deposit_safe(10) for _ in range(5)))
    print('safe balance:', b.balance, 'locked now?', b.lock.locked())

asyncio.run(main())
