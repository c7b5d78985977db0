import asyncio

async def main():
    for i in range(2):
        await asyncio.sleep(0)
      print("step", i)

asyncio.run(main())
