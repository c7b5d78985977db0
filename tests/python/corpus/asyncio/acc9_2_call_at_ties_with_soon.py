# call_at with the same deadline as a sleep, call_soon from inside a timer callback: who runs first.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    when = loop.time() + 0.05
    def timer(name):
        log.append(name)
        loop.call_soon(log.append, name + ' soon')
    loop.call_at(when, timer, 't1')
    loop.call_at(when, timer, 't2')
    async def sleeper():
        await asyncio.sleep(when - loop.time())
        log.append('sleeper woke')
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0.2)
    print(log)
    await s

asyncio.run(main())
