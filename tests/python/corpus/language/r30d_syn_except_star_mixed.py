# Mixing except and except* in the same try statement
try:
    raise ExceptionGroup('g', [ValueError()])
except* ValueError:
    print('value')
except TypeError:
    print('type')
