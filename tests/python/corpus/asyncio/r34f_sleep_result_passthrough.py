# asyncio.sleep(delay, result) returns its result: a quick way to fake a value after a delay.
import asyncio

async def main():
    print(await asyncio.sleep(0.01, result="pong"))
    values = await asyncio.gather(*(asyncio.sleep(0.01 * i, result=i * 10) for i in range(4)))
    print(values)
    for coro in asyncio.as_completed([asyncio.sleep(0.2, "slow"), asyncio.sleep(0.05, "fast")]):
        print(await coro)
    t = asyncio.create_task(asyncio.sleep(0, result={"cached": True}))
    print(await t, t.get_coro().__name__)
    print(await asyncio.wait_for(asyncio.sleep(0.01, result=None), timeout=None))

asyncio.run(main())
