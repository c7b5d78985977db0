# Old tutorials import names asyncio no longer has (or never had): each ImportError caught and printed
names = ['coroutine', 'async', 'get_event_loop', 'run', 'ensure_future', 'run_until_complete', 'TimeoutError', 'timeout', 'Barrier', 'sleep_ms']
for n in names:
    try:
        exec(f'from asyncio import {n}')
        print(f'{n:<20} ok')
    except ImportError as e:
        print(f'{n:<20} ImportError: {e}')
    except SyntaxError as e:
        print(f'{n:<20} SyntaxError: {e.msg}')
