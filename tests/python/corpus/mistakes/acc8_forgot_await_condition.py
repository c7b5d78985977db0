# Forgot await in a condition: a coroutine is always true.
import asyncio

async def is_big(n):
    await asyncio.sleep(0)
    return n > 100

async def main():
    for n in [5, 500]:
        if is_big(n):
            print(n, "is big")
        else:
            print(n, "is small")

asyncio.run(main())
print("end")
