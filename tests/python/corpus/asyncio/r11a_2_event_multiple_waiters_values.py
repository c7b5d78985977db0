import asyncio


class Signal:
    def __init__(self):
        self._event = asyncio.Event()
        self.value = None

    def fire(self, value):
        self.value = value
        self._event.set()

    async def wait(self):
        await self._event.wait()
        return self.value


async def listener(sig, name):
    v = await sig.wait()
    print(f"{name} received {v}")
    return name


async def main():
    sig = Signal()
    tasks = [asyncio.create_task(listener(sig, f"L{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    sig.fire({"config": "v2"})
    print(await asyncio.gather(*tasks))
    print(await listener(sig, "late"))


asyncio.run(main())
