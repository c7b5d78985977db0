# A task whose exception of one's own nobody reads: logged when the task is freed, after main's output.
import asyncio
import gc

class QuotaExceeded(Exception):
    def __init__(self, user):
        super().__init__(f'user {user} over quota')

async def upload(user):
    raise QuotaExceeded(user)

async def main():
    t = asyncio.create_task(upload('ann'))
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    del t
    gc.collect()
    print('after collect')

asyncio.run(main())
print('end of program')
