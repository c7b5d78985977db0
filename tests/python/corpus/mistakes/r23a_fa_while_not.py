import asyncio

done_flag = False

async def finished():
    await asyncio.sleep(0)
    return done_flag

async def main():
    steps = 0
    while not finished():
        steps += 1
    print("steps taken:", steps)

asyncio.run(main())
