# asyncio.Runner (new in 3.11) so I can run do_something twice with the same loop
import asyncio

count = 0

async def worker():
    global count
    await asyncio.sleep(0.02)
    count += 1
    return count * 21

async def do_something(tag):
    print(tag, '- will wait for worker')
    result = await worker()
    print(tag, '- result:', result)
    return result

def main():
    print('Main - Starting')
    with asyncio.Runner() as runner:
        a = runner.run(do_something('first'))
        b = runner.run(do_something('second'))
        print('same loop object?', runner.get_loop() is runner.get_loop())
    print('Main - Done', a + b)

if __name__ == '__main__':
    main()
