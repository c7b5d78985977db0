import asyncio

async def main():
    for i in range(3):
        print(i)
      await asyncio.sleep(0)

asyncio.run(main())
