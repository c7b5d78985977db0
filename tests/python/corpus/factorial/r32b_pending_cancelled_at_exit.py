# A task still running when main returns are cancelled by asyncio.run; it prints when that happens.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            r *= i
        return r
    except asyncio.CancelledError:
        print(f"factorial({n}) cancelled with r={r}")
        raise
    finally:
        print(f"factorial({n}) cleanup")


async def main():
    asyncio.create_task(factorial(9))
    quick = asyncio.create_task(factorial(2))
    print("2! =", await quick)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
