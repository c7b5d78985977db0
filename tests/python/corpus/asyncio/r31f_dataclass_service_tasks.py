# A dataclass service that starts its background task in start() and stops cleanly
import asyncio
from dataclasses import dataclass, field

@dataclass
class Poller:
    name: str
    interval: float
    polls: list = field(default_factory=list)
    _task: asyncio.Task | None = field(default=None, repr=False)

    async def _run(self):
        n = 0
        while True:
            n += 1
            self.polls.append(n)
            await asyncio.sleep(self.interval)

    def start(self):
        self._task = asyncio.create_task(self._run(), name=f"poller-{self.name}")

    async def stop(self):
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        return self._task.cancelled()

async def main():
    p = Poller("fast", 0.2)
    p.start()
    await asyncio.sleep(0.3)
    print(await p.stop())
    print(p)

asyncio.run(main())
