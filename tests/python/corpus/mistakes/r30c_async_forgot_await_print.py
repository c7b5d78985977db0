# Forgot to await a coroutine and printed it instead.
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 99

async def main():
    value = compute()
    print("value is a", type(value).__name__)
    print("done")

asyncio.run(main())
