# tracking worker status with an Enum while they run
import asyncio
import enum

class Status(enum.Enum):
    WAITING = 'waiting'
    RUNNING = 'running'
    DONE = 'done'

status = {}

async def worker(label, delay):
    status[label] = Status.RUNNING
    await asyncio.sleep(delay)
    status[label] = Status.DONE

async def main():
    for l in 'AB':
        status[l] = Status.WAITING
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.3))]
    print({k: v.name for k, v in status.items()})
    await asyncio.sleep(0.15)
    print({k: v.value for k, v in status.items()})
    await asyncio.gather(*tasks)
    print(status)

asyncio.run(main())
