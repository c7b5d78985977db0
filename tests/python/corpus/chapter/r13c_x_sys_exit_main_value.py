import asyncio
import sys

async def worker(n):
    await asyncio.sleep(0.01)
    return n % 2

async def do_something():
    failures = sum(await asyncio.gather(*(worker(n) for n in range(5))))
    print('failures:', failures)
    return failures

def main():
    print('Main - Starting')
    code = asyncio.run(do_something())
    print('Main - Done, exit code', code)
    return code

if __name__ == '__main__':
    sys.exit(main())
