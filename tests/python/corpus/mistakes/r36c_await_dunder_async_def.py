# I made __await__ an async def because it awaits a sleep inside
import asyncio

class Delayed:
    def __init__(self, delay, value):
        self.delay, self.value = delay, value

    async def __await__(self):
        await asyncio.sleep(self.delay)
        return self.value

async def main():
    print(await Delayed(0.01, "ok"))

asyncio.run(main())
