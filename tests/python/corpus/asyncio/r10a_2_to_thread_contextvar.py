import asyncio, contextvars, threading

user = contextvars.ContextVar('user', default='anon')

def who(prefix):
    return f'{prefix}:{user.get()}:{threading.current_thread() is not threading.main_thread()}'

async def main():
    user.set('alice')
    print(await asyncio.to_thread(who, 'thread'))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, who, 'executor'))
    print(who('main'))

asyncio.run(main())
