# my own exception class raised by one worker, not caught anywhere
import asyncio

class WorkerError(Exception):
    def __init__(self, label, code):
        super().__init__(f'worker {label} failed with code {code}')
        self.code = code

async def worker(label):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(0.05)
    if label == 'B':
        raise WorkerError(label, 17)
    return label

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
