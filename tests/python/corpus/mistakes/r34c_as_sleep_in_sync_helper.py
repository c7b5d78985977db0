# A sync helper calls asyncio.sleep and nothing waits for it
import asyncio

def pause():
    asyncio.sleep(0.05)
    print("paused")

async def main():
    for i in range(2):
        pause()
        print("step", i)

asyncio.run(main())
