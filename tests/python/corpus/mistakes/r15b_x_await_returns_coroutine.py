# Mistake: __await__ written as returning a coroutine instead of iterating one.
import asyncio

class Delay:
    def __init__(self, seconds):
        self.seconds = seconds
    def __await__(self):
        return asyncio.sleep(self.seconds)

async def main():
    print("waiting")
    await Delay(0.01)
    print("done")

asyncio.run(main())
