# A call_soon callback that raises: the loop logs it and goes on.
import asyncio

def tick(counter):
    counter["n"] += 1
    print("tick", counter["n"])
    if counter["n"] == 2:
        counter["missing"] += 1

async def main():
    loop = asyncio.get_running_loop()
    counter = {"n": 0}
    for _ in range(3):
        loop.call_soon(tick, counter)
    await asyncio.sleep(0.01)
    print("main done", counter)

asyncio.run(main())
