import asyncio


async def tick(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    loop.create_task(tick(2))
    loop.run_forever()


asyncio.run(main())
