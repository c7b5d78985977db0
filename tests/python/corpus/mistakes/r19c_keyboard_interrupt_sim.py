# A learner raises KeyboardInterrupt inside a task to "stop" the program
import asyncio

async def worker():
    n = 0
    while True:
        n += 1
        print("working", n)
        await asyncio.sleep(0.1)
        if n == 3:
            raise KeyboardInterrupt

async def main():
    try:
        await asyncio.gather(worker())
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Stopped by KeyboardInterrupt")
asyncio.run(main())
