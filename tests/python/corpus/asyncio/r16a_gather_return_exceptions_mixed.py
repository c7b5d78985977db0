# gather(return_exceptions=True) puts exceptions and a cancelled child's CancelledError in the list
import asyncio

async def ok(n):
    await asyncio.sleep(0.1)
    return n

async def bad(n):
    await asyncio.sleep(0.05)
    raise ArithmeticError(n)

async def main():
    victim = asyncio.create_task(asyncio.sleep(1))
    asyncio.get_running_loop().call_later(0.05, victim.cancel, 'victim msg')
    res = await asyncio.gather(ok(1), bad(2), victim, ok(3), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r if not isinstance(r, BaseException) else r.args)

asyncio.run(main())
