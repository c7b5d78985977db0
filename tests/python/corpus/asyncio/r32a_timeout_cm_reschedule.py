# asyncio.timeout with reschedule() pushing the deadline back while work continues
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.15) as cm:
        print("expired?", cm.expired())
        for i in range(3):
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + 0.15)
            print("step", i, "rescheduled")
    print("expired?", cm.expired())
    try:
        async with asyncio.timeout(0.02) as cm2:
            await asyncio.sleep(0.5)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm2.expired())

asyncio.run(main())
