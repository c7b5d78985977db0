# added a note to the worker's error to say which label failed, and left it uncaught
import asyncio

async def worker(label):
    await asyncio.sleep(0.05)
    try:
        return int(label)
    except ValueError as e:
        e.add_note(f'worker label was {label!r}')
        raise

async def do_something():
    results = await asyncio.gather(worker('1'), worker('two'), worker('3'))
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
