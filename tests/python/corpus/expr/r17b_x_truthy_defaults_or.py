# Defaults with `or` and with None checks: where 0, '' and [] surprise a learner
def greet(name=None, times=None):
    name = name or 'stranger'
    times = times or 1
    return ', '.join([f'hi {name}'] * times)

print(greet(), greet('ann', 2), greet('', 0), greet(times=3))
def safe(delay=None):
    delay = 0.5 if delay is None else delay
    return delay
print(safe(), safe(0), safe(0.0), safe(2))
config = {'retries': 0, 'name': ''}
print(config.get('retries') or 3, config.get('retries', 3), config['name'] or 'default')
print([] or {} or 0 or '' or None, 1 and [] and 2, (0, False) or 'x', not [] and 'empty')
print(min([], default='none'), max([0, False], key=bool), sum([], start=10))
