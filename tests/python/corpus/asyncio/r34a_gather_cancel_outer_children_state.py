# Cancelling the future gather() returns cancels every child; their states afterwards
import asyncio


async def part(n):
    try:
        await asyncio.sleep(n / 10)
        return n
    except asyncio.CancelledError:
        print(f"part {n} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(part(n), name=f"p{n}") for n in (1, 3, 5)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.2)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    for t in tasks:
        print(t.get_name(), "cancelled" if t.cancelled() else t.result())


asyncio.run(main())
