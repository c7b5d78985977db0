# wait(FIRST_EXCEPTION): stop as soon as one input fails and cancel whatever is still pending.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, abs(n) + 1):
        await asyncio.sleep(0.1)
        r *= i
    if n < 0:
        raise ArithmeticError(f"{n} is negative")
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n), name=str(n)) for n in (1, -2, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", t.exception() or t.result())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print([(t.get_name(), t.cancelled()) for t in tasks])


asyncio.run(main())
