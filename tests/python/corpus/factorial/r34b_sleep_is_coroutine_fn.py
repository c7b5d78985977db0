# Is asyncio.sleep itself a coroutine function? Checking the kinds of the asyncio callables.
import asyncio
import inspect
import types


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


checks = {
    "sleep": asyncio.sleep, "gather": asyncio.gather, "wait": asyncio.wait,
    "wait_for": asyncio.wait_for, "to_thread": asyncio.to_thread, "factorial": factorial,
}
for name, obj in checks.items():
    print(f"{name:<10} coroutine function: {inspect.iscoroutinefunction(obj)!s:<6}"
          f" python function: {isinstance(obj, types.FunctionType)!s:<6} {type(obj).__name__}")
print(asyncio.sleep.__qualname__, asyncio.gather.__name__, callable(asyncio.run))
print(asyncio.run(factorial(4)))
