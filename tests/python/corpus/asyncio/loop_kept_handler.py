# A loop's exception handler is told of the tasks destroyed while pending.
import asyncio

def handler(loop, context):
    print('handler:', context['message'], context['task'].get_name())

async def forever(tag):
    try:
        await asyncio.Event().wait()
    finally:
        print(tag, 'closed')

async def main():
    for tag in ('x', 'y'):
        asyncio.create_task(forever(tag), name='T-' + tag)
    await asyncio.sleep(0)

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
print('pending:', sorted(t.get_name() for t in asyncio.all_tasks(loop)))
loop.close()
print('closed')
