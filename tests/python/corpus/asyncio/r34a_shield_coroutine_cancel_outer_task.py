# A task awaiting shield(coro) is cancelled; the shielded work completes unobserved and logs nothing
import asyncio

results = []


async def commit(tx):
    await asyncio.sleep(0.1)
    results.append(tx)
    return tx


async def request(tx):
    try:
        return await asyncio.shield(commit(tx))
    except asyncio.CancelledError:
        print("request", tx, "cancelled while commit continues")
        raise


async def main():
    t = asyncio.create_task(request("tx1"))
    await asyncio.sleep(0.02)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True))
    await asyncio.sleep(0.2)
    print("committed:", results)


asyncio.run(main())
