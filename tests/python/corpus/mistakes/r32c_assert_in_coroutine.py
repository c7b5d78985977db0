# An assert inside a coroutine fails with a computed message.
import asyncio

async def get_balance(account):
    await asyncio.sleep(0.01)
    return {"ann": 10, "bob": -5}[account]

async def main():
    for who in ("ann", "bob"):
        bal = await get_balance(who)
        assert bal >= 0, f"{who} has a negative balance: {bal}"
        print(who, bal)

asyncio.run(main())
