import asyncio

class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    async def balance(self):
        await asyncio.sleep(0.01)
        return self._balance

async def do_something():
    acct = Account(100)
    print('awaited:', await acct.balance)
    print('not awaited type:', type(acct.balance).__name__)
    print('total:', acct.balance + 5)

asyncio.run(do_something())
