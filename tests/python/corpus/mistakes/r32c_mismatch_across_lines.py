# A nested call whose brackets get mixed up over several lines.
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(0.01, result=i)
             for i in range(3)]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
