# gather with return_exceptions collects values, errors and a cancellation in order
import asyncio

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"boom {n}")

async def main():
    victim = asyncio.create_task(ok(50))
    asyncio.get_running_loop().call_later(0.03, victim.cancel)
    results = await asyncio.gather(ok(1), boom(2), victim, ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
