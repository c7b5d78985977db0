# Cancelling the slowest factorial with a message, then reading it back.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    tasks = [asyncio.create_task(factorial(n), name=f"f{n}") for n in (3, 8)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.get_name() for t in done], [t.get_name() for t in pending])
    slow = pending.pop()
    slow.cancel("too slow, not needed")
    try:
        await slow
    except asyncio.CancelledError as e:
        print("cancelled with args:", e.args)
    print(slow.cancelled())
    slow.result()


asyncio.run(main())
