# test_tasks: test_gather_cancel_child -- one child cancelled makes the gather raise
import asyncio

async def main():
    a = asyncio.create_task(asyncio.sleep(0.2, "a"))
    b = asyncio.create_task(asyncio.sleep(1, "b"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.01)
    b.cancel("drop b")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("gather cancelled():", g.cancelled(), "a done:", a.done())
    print(await a)
    g2 = asyncio.gather(asyncio.sleep(0, 1), b, return_exceptions=True)
    print([type(x).__name__ for x in await g2])

asyncio.run(main())
