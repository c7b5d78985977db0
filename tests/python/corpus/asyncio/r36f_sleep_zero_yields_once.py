# Show that asyncio.sleep(0) yields exactly once by stepping its __await__ iterator by hand.
import asyncio

async def main():
    it = asyncio.sleep(0, result="slept").__await__()
    steps = 0
    try:
        while True:
            yielded = next(it)
            steps += 1
            print("yielded", yielded)
    except StopIteration as e:
        print("steps:", steps, "result:", e.value)

asyncio.run(main())
