# wait of an empty list, gather of nothing, wait_for with timeout 0
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    print(await asyncio.gather())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(factorial(3), timeout=0)
    except asyncio.TimeoutError as e:
        print("timeout 0:", type(e).__name__)
    print(await asyncio.wait_for(factorial(4), timeout=None))
    done, pending = await asyncio.wait([asyncio.create_task(factorial(5))], timeout=0)
    print(len(done), len(pending))

asyncio.run(main())
