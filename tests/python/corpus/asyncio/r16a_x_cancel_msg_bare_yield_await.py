# A class whose __await__ yields bare: two cancels before the task runs again, the last message wins
import asyncio

class Tick:
    def __await__(self):
        yield
        return 'ticked'

async def ticker(log):
    while True:
        try:
            log.append(await Tick())
        except asyncio.CancelledError as e:
            log.append(e.args)
            raise

async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('p')
    t.cancel('q')
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled(), t.cancelling())

asyncio.run(main())
