import asyncio


async def check_balance(balance):
    await asyncio.sleep(0)
    assert balance >= 0, f"negative balance: {balance}"
    return balance


async def main():
    print(await check_balance(10))
    t = asyncio.create_task(check_balance(-5))
    await asyncio.sleep(0.01)
    print("done?", t.done())
    assert t.exception() is None, "the check failed"


asyncio.run(main())
