# wait_for inside wait_for: the outer, shorter timeout wins and the inner one never fires
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow: cancelled")
        raise


async def middle():
    try:
        return await asyncio.wait_for(slow(), timeout=0.5)
    except TimeoutError:
        print("middle: inner timeout")
        return "inner"
    except asyncio.CancelledError:
        print("middle: cancelled from outside")
        raise


async def main():
    try:
        print(await asyncio.wait_for(middle(), timeout=0.05))
    except TimeoutError:
        print("main: outer timeout")
    print(await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(0.01, "ok"), 0.5), 0.3))


asyncio.run(main())
