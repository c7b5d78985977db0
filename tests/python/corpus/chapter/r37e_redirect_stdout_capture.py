# captured the workers' prints with redirect_stdout to count the lines afterwards
import asyncio
import io
from contextlib import redirect_stdout

async def worker(label, delay):
    print(f'Worker {label} - will take some time')
    await asyncio.sleep(delay)
    print(f'Worker {label} - Done it')
    return label

async def main():
    buf = io.StringIO()
    with redirect_stdout(buf):
        results = await asyncio.gather(worker('A', 0.02), worker('B', 0.01))
    lines = buf.getvalue().splitlines()
    print('captured', len(lines), 'lines; results', results)
    for line in lines:
        print('  >', line)

asyncio.run(main())
