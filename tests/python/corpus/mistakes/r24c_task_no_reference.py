import asyncio

async def background(n):
    for i in range(n):
        await asyncio.sleep(0.2)
        print("background step", i)

async def main():
    asyncio.create_task(background(5))
    await asyncio.sleep(0.3)
    print("main exits")

asyncio.run(main())
print("after run")
