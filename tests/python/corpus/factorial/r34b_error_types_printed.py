# Catch everything that can go wrong around the factorial tasks and print the exception classes.
import asyncio


async def factorial(n, delay=0.01):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r


async def main():
    attempts = {
        "timeout": lambda: asyncio.wait_for(factorial(10), 0.02),
        "empty queue": lambda: asyncio.sleep(0, asyncio.Queue().get_nowait()),
        "full queue": lambda: asyncio.sleep(0, asyncio.Queue(1).put_nowait(1) or asyncio.Queue(0)),
        "result early": lambda: asyncio.sleep(0, asyncio.get_running_loop().create_future().result()),
        "cancelled": lambda: asyncio.gather(asyncio.current_task().cancel() and factorial(2)),
    }
    for label, make in attempts.items():
        try:
            print(label, "->", await make())
        except BaseException as e:
            print(f"{label} -> {type(e)} module={type(e).__module__} bases={[b.__name__ for b in type(e).__bases__]}")
    print(asyncio.TimeoutError, asyncio.CancelledError, asyncio.QueueFull, asyncio.InvalidStateError)


asyncio.run(main())
