import asyncio

async def factorial(n):
    result = 1
    i = 1
    interrupted = False
    while i <= n:
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            print(f"factorial({n}) ignores the cancel at i={i}")
            interrupted = True
            continue
        result *= i
        i += 1
    print(f"{n}! = {result}")
    if interrupted:
        raise RuntimeError(f"finished {n}! although cancelled")
    return result

async def main():
    asyncio.create_task(factorial(2))
    asyncio.create_task(factorial(4))
    await asyncio.sleep(0.5)
    print("main done")

asyncio.run(main())
print("after run")
