# NameError and AttributeError suggestions for a learner's typos, caught and printed
import asyncio

results = [1, 2, 3]
counter = 0

def show(exc):
    print(type(exc).__name__, '-', exc)

for code in ['print(result)', 'print(Results)', 'conter += 1', 'asyncio.sleeps(1)', 'results.apend(4)',
             'len(reslts)', 'asyncio.create_tsk', 'results.lenght']:
    try:
        exec(code)
    except (NameError, AttributeError) as e:
        show(e)
print(resuls)
