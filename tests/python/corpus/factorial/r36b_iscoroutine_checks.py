# Which of these things count as coroutines? asyncio.iscoroutine vs inspect, on several objects.
import asyncio
import inspect


async def factorial(n):
    await asyncio.sleep(0)
    return 1 if n < 2 else n * await factorial(n - 1)


def factorial_gen(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        yield acc


async def factorial_agen(n):
    yield await factorial(n)


async def main():
    coro = factorial(4)
    things = {
        "coroutine": coro,
        "generator": factorial_gen(4),
        "async generator": factorial_agen(4),
        "task": asyncio.ensure_future(factorial(3)),
        "function": factorial,
        "int": 24,
    }
    for name, obj in things.items():
        print(f"{name:>15}: asyncio={asyncio.iscoroutine(obj)!s:5} inspect={inspect.iscoroutine(obj)!s:5} "
              f"awaitable={inspect.isawaitable(obj)}")
    print(await coro, await things["task"], list(things["generator"]))
    await things["async generator"].aclose()


asyncio.run(main())
