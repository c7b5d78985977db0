# Without a lock, a yield between read and write loses asyncio updates
import asyncio
count = 0
async def inc():
    global count
    v = count
    await asyncio.sleep(0)
    count = v + 1
async def main():
    await asyncio.gather(*(inc() for _ in range(10)))
    print("count:", count)
asyncio.run(main())
