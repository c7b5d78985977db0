# The awaitables returned by asend()/athrow() are single-use: awaiting one twice raises RuntimeError
import asyncio


async def numbers():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n = -100
        n += 1


async def main():
    g = numbers()
    step = g.asend(None)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = g.athrow(ValueError)
    print(await t)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    nxt = g.__anext__()
    print(await nxt, await g.__anext__())
    await g.aclose()


asyncio.run(main())
