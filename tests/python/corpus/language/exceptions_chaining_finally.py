# Language: exception chaining with from and from None, else clauses and re-raise with finally.
class AppError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise AppError(f'bad number {text!r}') from e

def parse_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise AppError('quiet') from None

for f in (parse, parse_quiet):
    try:
        f('x')
    except AppError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

def cleanup():
    try:
        raise KeyError('k')
    finally:
        print('cleanup runs')

try:
    cleanup()
except KeyError as e:
    print('caught', repr(e), e.args)
try:
    raise ValueError('first')
except ValueError:
    try:
        {}['missing']
    except KeyError as e:
        print(type(e.__context__).__name__, e.__context__)
parse('12x')
