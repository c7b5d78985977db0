# An async property used in arithmetic.
import asyncio

class Sensor:
    @property
    async def value(self):
        await asyncio.sleep(0.1)
        return 20

async def main():
    s = Sensor()
    print(s.value + 1)

asyncio.run(main())
