# tutorial 8.3: try/else for code that should run only without exception
def process(args):
    for arg in args:
        try:
            if arg.startswith('missing'):
                raise FileNotFoundError(2, 'No such file or directory', arg)
            lines = arg.count('\n') + 1
        except OSError as e:
            print('cannot open', arg, '-', e)
        else:
            print(arg.split('\n')[0], 'has', lines, 'lines')
process(['a.txt\nx\ny', 'missing.txt', 'b.txt'])
def handler():
    try:
        x = 1 / 0
    except ZeroDivisionError as err:
        print('Handling run-time error:', err)
handler()
def this_fails():
    x = 1/0
try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)
this_fails()
