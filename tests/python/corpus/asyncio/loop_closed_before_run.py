# A task made for a loop closed before it ran: the task the program holds is destroyed at exit, its coroutine never awaited.
import asyncio

async def job():
    print('never')

loop = asyncio.new_event_loop()
t = loop.create_task(job())
print(t.get_name(), t.done())
loop.close()
print('end')
