# Start services in dependency order and shut them down in reverse with a TaskGroup of stop() calls.
import asyncio

class Service:
    def __init__(self, name, start_delay):
        self.name, self.start_delay, self.running = name, start_delay, False

    async def start(self):
        await asyncio.sleep(self.start_delay)
        self.running = True
        print("started", self.name)

    async def stop(self):
        await asyncio.sleep(0.01)
        self.running = False
        print("stopped", self.name)

async def main():
    services = [Service("database", 0.03), Service("cache", 0.01), Service("api", 0.02)]
    for s in services:
        await s.start()
    print("all up:", all(s.running for s in services))
    for s in reversed(services):
        await s.stop()
    async with asyncio.TaskGroup() as tg:
        for s in services:
            tg.create_task(s.start())
    print("restarted together:", [s.name for s in services if s.running])

asyncio.run(main())
