# Cancelling one child of gather() (without return_exceptions) makes the gather raise CancelledError.
import asyncio

async def work(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.01)
    tasks[1].cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled?", g.cancelled(), "done?", g.done())
    await asyncio.sleep(0.2)
    print("others:", [t.result() if not t.cancelled() else "cancelled" for t in tasks])
    tasks2 = [asyncio.create_task(work(n)) for n in (1, 2)]
    g2 = asyncio.gather(*tasks2, return_exceptions=True)
    await asyncio.sleep(0.01)
    tasks2[0].cancel()
    print(await g2)

asyncio.run(main())
