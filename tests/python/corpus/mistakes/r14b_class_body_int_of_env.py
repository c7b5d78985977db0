# Mistake: a class attribute computed from a setting that is not a number (error raised while the class body runs).
SETTINGS = {'workers': '4', 'delay': 'fast'}


class Config:
    workers = int(SETTINGS['workers'])
    delay = float(SETTINGS['delay'])


print(Config.workers)
