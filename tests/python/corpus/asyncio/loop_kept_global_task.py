# Tasks left pending on a closed loop: one the program holds is logged with "running at", one nothing holds with "done".
import asyncio

async def bg(name):
    while True:
        print(name, "tick")
        await asyncio.sleep(0.3)

async def main():
    t = asyncio.create_task(bg("A"))
    asyncio.create_task(bg("B"))
    await asyncio.sleep(0.5)
    print("main done")
    return t

loop = asyncio.get_event_loop()
t = loop.run_until_complete(main())
print(t.done(), t.get_name())
loop.close()
print("closed", t.done(), t.cancelled())
print("end")
