# A child cancelled on its own makes gather raise CancelledError; the siblings keep running
import asyncio

async def sibling():
    await asyncio.sleep(0.2)
    print('sibling still finished')
    return 'sib'

async def main():
    victim = asyncio.create_task(asyncio.sleep(1))
    sib = asyncio.create_task(sibling())
    g = asyncio.gather(victim, sib)
    await asyncio.sleep(0.1)
    victim.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError; g.cancelled() =', g.cancelled())
    print('sibling done?', sib.done())
    print(await sib)

asyncio.run(main())
