# A tester feeds wrong kinds of arguments to asyncio's functions and prints each error.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    c = factorial(3)
    cases = [
        ("gather(5)", lambda: asyncio.gather(5)),
        ("ensure_future(5)", lambda: asyncio.ensure_future(5)),
        ("wait(coro)", lambda: asyncio.wait(c)),
        ("as_completed(coro)", lambda: asyncio.as_completed(c)),
        ("wait_for(5, 1)", lambda: asyncio.wait_for(5, 1)),
        ("shield(5)", lambda: asyncio.shield(5)),
        ("sleep('0.1')", lambda: asyncio.sleep("0.1")),
        ("Semaphore(-1)", lambda: asyncio.Semaphore(-1)),
        ("Queue().put_nowait", lambda: asyncio.Queue(maxsize=1).get_nowait()),
        ("timeout('1')", lambda: asyncio.timeout("1")),
    ]
    for label, make in cases:
        try:
            obj = make()
            if asyncio.iscoroutine(obj):
                await obj
            print(f"{label:>20}: no error, got {type(obj).__name__}")
        except Exception as e:
            print(f"{label:>20}: {type(e).__name__}: {e}")
    print("c still works:", await c)


asyncio.run(main())
