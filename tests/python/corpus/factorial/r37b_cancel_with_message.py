# Cancelling a long factorial with a message and reading the message back from CancelledError.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(100))
    await asyncio.sleep(0.1)
    task.cancel("too slow, giving up")
    try:
        await task
    except asyncio.CancelledError as e:
        print("caught:", repr(e), e.args)
    print("cancelled:", task.cancelled(), "done:", task.done())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raises:", e.args)


asyncio.run(main())
