# An elevator controller task reacting to requests from a Queue, with floors printed in order
import asyncio

class Elevator:
    def __init__(self):
        self.floor = 0
        self.requests = asyncio.Queue()
        self.log = []

    async def run(self):
        while True:
            target = await self.requests.get()
            if target is None:
                break
            step = 1 if target > self.floor else -1
            while self.floor != target:
                await asyncio.sleep(0.01)
                self.floor += step
            self.log.append(f"doors open at {self.floor}")
            self.requests.task_done()

async def main():
    e = Elevator()
    runner = asyncio.create_task(e.run())
    for f in (3, 1, 4):
        await e.requests.put(f)
    await e.requests.join()
    await e.requests.put(None)
    await runner
    print(e.log)
    print("ended at floor", e.floor)

asyncio.run(main())
