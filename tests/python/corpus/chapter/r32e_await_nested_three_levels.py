# worker calls a helper that also awaits, printing indentation for depth
import asyncio

async def fetch(depth):
    print('  ' * depth + f'fetch depth {depth}')
    await asyncio.sleep(0.01)
    if depth < 3:
        value = await fetch(depth + 1)
    else:
        value = 1
    print('  ' * depth + f'fetch depth {depth} -> {value * 2}')
    return value * 2

async def do_something():
    print('do_something - will wait for worker')
    result = await fetch(0)
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
