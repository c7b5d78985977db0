# wait_for with timeout=0 and None, on done and not-done awaitables
import asyncio

async def instant():
    return "instant"

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def main():
    print(await asyncio.wait_for(instant(), None))
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        print(await asyncio.wait_for(instant(), 0))
    except asyncio.TimeoutError:
        print("instant() timed out with timeout=0")
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError:
        print("slow timed out; task cancelled:", t.cancelled())

asyncio.run(main())
