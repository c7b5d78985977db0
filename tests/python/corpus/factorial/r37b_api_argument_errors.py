# Calling asyncio functions with the wrong arguments, one after another, to see each message.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    attempts = [
        lambda: asyncio.gather(*[5, 7]),
        lambda: asyncio.sleep(),
        lambda: asyncio.create_task(factorial(3), "three"),
        lambda: asyncio.wait_for(factorial(3)),
        lambda: asyncio.Semaphore(-1),
        lambda: asyncio.Queue(maxsize="2"),
    ]
    for i, attempt in enumerate(attempts, 1):
        try:
            result = attempt()
            print(i, "no error:", type(result).__name__)
            if asyncio.iscoroutine(result):
                result.close()
        except (TypeError, ValueError) as e:
            print(i, type(e).__name__, e)
    print(await factorial(5))


asyncio.run(main())
