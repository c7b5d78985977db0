# Edge cases a tester tries: gather of nothing, wait of nothing, wait_for with timeout 0.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    print("gather():", await asyncio.gather())
    print("sleep(-1):", await asyncio.sleep(-1, result="instant"))
    print("wait_for done future:", await asyncio.wait_for(factorial(1), timeout=0.5))
    try:
        await asyncio.wait_for(factorial(5), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 -> TimeoutError")
    print("TimeoutError is asyncio's:", asyncio.TimeoutError is TimeoutError)
    await asyncio.wait([])


asyncio.run(main())
