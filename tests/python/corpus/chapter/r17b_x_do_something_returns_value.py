# do_something returns the worker's result so main can print asyncio.run's value, plus its type
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return {'answer': 42, 'tags': ('a', 'b')}

async def do_something():
    result = await worker()
    print('do_something - result:', result)
    return result['answer'], len(result['tags'])

def main():
    print('Main - Starting')
    value = asyncio.run(do_something())
    print('Main - asyncio.run returned', value, type(value).__name__)
    answer, count = value
    print(f'Main - Done ({answer=}, {count=})')

if __name__ == '__main__':
    main()
