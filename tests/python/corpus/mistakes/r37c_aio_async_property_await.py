# a property for the cached value; I await it like my async methods
import asyncio

class Sensor:
    def __init__(self):
        self._value = 21.5
    @property
    def value(self):
        return self._value
    async def refresh(self):
        await asyncio.sleep(0.01)
        self._value += 1

async def main():
    s = Sensor()
    await s.refresh()
    print(await s.value)

asyncio.run(main())
