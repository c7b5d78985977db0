# A task cancelled before its first step never runs its body.
import asyncio

ran = []

async def body():
    ran.append('body')
    return 1

async def main():
    t = asyncio.create_task(body())
    t.cancel('early')
    print('done right after cancel?', t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print('ran:', ran)
    print('cancelled:', t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raises CancelledError', e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception() raises CancelledError', e.args)

asyncio.run(main())
