# an async generator of factorials left by break: when its finally block runs
import asyncio

async def factorial_steps(n):
    value = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.01)
            value *= i
            yield i, value
    finally:
        print(f"  generator for {n} closed at value {value}")

async def main():
    async for i, v in factorial_steps(10):
        print(i, v)
        if i == 3:
            break
    print("after the loop")
    await asyncio.sleep(0.05)
    print("after a sleep")
    gen = factorial_steps(5)
    print(await gen.__anext__())
    print("main returns with a generator open")

asyncio.run(main())
print("after asyncio.run")
