# A task cancelled while awaiting shield() is cancelled; the shielded work is awaited later
import asyncio

log = []

async def save():
    await asyncio.sleep(0.2)
    log.append('saved')

async def handler():
    await asyncio.shield(save())
    log.append('handler after save')

async def main():
    h = asyncio.create_task(handler())
    await asyncio.sleep(0.1)
    h.cancel()
    await asyncio.sleep(0)
    print('handler cancelled:', h.cancelled(), log)
    await asyncio.sleep(0.2)
    print(log)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print('tasks left', len(others))

asyncio.run(main())
