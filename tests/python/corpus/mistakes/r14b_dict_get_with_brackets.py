# Mistake: dict.get used with square brackets (a method is not subscriptable).
settings = {'workers': 3, 'delay': 0.5}
workers = settings['workers']
print('workers:', workers)
retries = settings.get['retries']
print('retries:', retries)
