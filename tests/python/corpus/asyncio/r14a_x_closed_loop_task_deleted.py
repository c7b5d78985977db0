# test_base_events: a task left pending by loop.close() is reported as destroyed when its last reference goes
import asyncio
async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, 'finally')
async def quick():
    return 'quick'
loop = asyncio.new_event_loop()
t = loop.create_task(forever('pending at close'))
print(loop.run_until_complete(quick()))
print(t.done())
loop.close()
print('closed', t.done())
del t
print('deleted')
