# tutorial 8.10: enriching exceptions with notes
try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)
def f():
    raise OSError('operation failed')
excs = []
for i in range(3):
    try:
        f()
    except Exception as e:
        e.add_note(f'Happened in Iteration {i+1}')
        excs.append(e)
try:
    raise ExceptionGroup('We have some problems', excs)
except ExceptionGroup as eg:
    print([x.__notes__ for x in eg.exceptions])
try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    raise
