# A Semaphore limiting concurrent downloads, tracking the peak with a class and statistics
import asyncio
import statistics


class Tracker:
    def __init__(self):
        self.active = 0
        self.peak = 0
        self.durations = []

    def enter(self):
        self.active += 1
        self.peak = max(self.peak, self.active)

    def leave(self):
        self.active -= 1


async def download(i, sem, tr):
    async with sem:
        tr.enter()
        d = 0.01 * (i % 3 + 1)
        await asyncio.sleep(d)
        tr.durations.append(d)
        tr.leave()
        return f"file{i}"


async def main():
    sem = asyncio.Semaphore(3)
    tr = Tracker()
    files = await asyncio.gather(*(download(i, sem, tr) for i in range(8)))
    print(files)
    print("peak", tr.peak, "mean", round(statistics.mean(tr.durations), 4), "locked", sem.locked())


asyncio.run(main())
