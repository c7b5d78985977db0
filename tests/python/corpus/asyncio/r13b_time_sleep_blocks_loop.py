import asyncio
import time

async def blocker(name, log):
    log.append(f"{name} start")
    time.sleep(0.02)
    log.append(f"{name} end")

async def cooperative(name, log):
    log.append(f"{name} start")
    await asyncio.sleep(0.02)
    log.append(f"{name} end")

async def main():
    log = []
    await asyncio.gather(blocker("b1", log), blocker("b2", log))
    print(log)
    log = []
    await asyncio.gather(cooperative("c1", log), cooperative("c2", log))
    print(log)

asyncio.run(main())
