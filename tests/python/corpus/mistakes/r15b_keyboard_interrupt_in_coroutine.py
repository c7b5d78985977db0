# Mistake: raising KeyboardInterrupt inside a coroutine to stop a loop (asyncio.run cancels and re-raises).
import asyncio

async def ticker():
    n = 0
    while True:
        await asyncio.sleep(0.01)
        n += 1
        print("tick", n)
        if n == 3:
            raise KeyboardInterrupt

asyncio.run(ticker())
