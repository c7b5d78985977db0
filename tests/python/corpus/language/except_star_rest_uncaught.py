# except* handles part of a group: the rest propagates as a new ExceptionGroup and its traceback is printed.
def f():
    raise ExceptionGroup('jobs', [ValueError('bad value'), OSError('disk')])

try:
    f()
except* ValueError as eg:
    print('handled', len(eg.exceptions))
