# An exercise solution that times itself with datetime: start = datetime.now(); ...; datetime.now() - start
import asyncio
from datetime import datetime, timedelta, date

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.2)
        f *= i
    return name, number, f

async def main():
    start = datetime.now()
    print('today is a date:', len(date.today().isoformat()) == 10, isinstance(date.today(), date))
    stamp = start.strftime('%H:%M:%S')
    print('started at a time like HH:MM:SS:', len(stamp) == 8 and stamp[2] == stamp[5] == ':')
    results = await asyncio.gather(factorial('A', 2), factorial('B', 3), factorial('C', 4))
    for name, n, f in results:
        print(f'Task {name}: factorial({n}) = {f}')
    elapsed = datetime.now() - start
    print('elapsed: at least 0.59 s', elapsed.total_seconds() >= 0.59, 'and under 5 s:', elapsed < timedelta(seconds=5))
    deadline = start + timedelta(seconds=10)
    print('before the deadline:', datetime.now() < deadline, (deadline - start).total_seconds())

asyncio.run(main())
