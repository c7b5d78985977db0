# python/lib/traceback.py
#
# traceback's printing and formatting of an exception, after CPython's
# Lib/traceback.py: the text is what the interpreter prints for an uncaught
# exception (exc.c's printer, through _format).  Frame summaries
# (extract_tb, StackSummary, TracebackException) and stacks are not here.
#
# Built into the interpreter as the C string traceback_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
import sys


def _value(exc, value):
    # format_exception(exc) or the older (type, value, tb) form
    return exc if value is None and not isinstance(exc, type) else value


def _items(text):
    # the printed text in CPython's pieces: the header, each frame (its File
    # line with its source and marker lines), a chain's message with its
    # blank lines, each line of the exception itself (a group's lines one by one)
    lines = text.splitlines(True)
    if any(l.startswith('  |') or l.startswith('  +') for l in lines):
        return lines
    items = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line == 'Traceback (most recent call last):\n':
            items.append(line)
            while i < len(lines) and lines[i].startswith('  '):
                if lines[i].startswith('  File ') and ', in ' not in lines[i]:
                    break  # a SyntaxError's place: the exception's own lines
                item = lines[i]
                i += 1
                if item.startswith('  File '):
                    while i < len(lines) and lines[i].startswith('    '):
                        item += lines[i]
                        i += 1
                items.append(item)
        elif line == '\n' and i + 1 < len(lines) and lines[i + 1] == '\n':
            items.append(line + lines[i] + lines[i + 1])
            i += 2
        else:
            items.append(line)
    return items


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _items(_format(value))


def format_exception_only(exc, /, value=None):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, SyntaxError):
        text = _format(value)
        return text[text.find('  File '):].splitlines(True) if text.startswith('Traceback') else text.splitlines(True)
    etype = type(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ('__main__', 'builtins'):
        stype = smod + '.' + stype
    try:
        s = str(value)
    except Exception:
        s = '<exception str() failed>'
    lines = [f'{stype}: {s}\n' if s else f'{stype}\n']
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            lines.append(f'{notes!r}\n')
        else:
            for note in notes:
                lines.append((note if isinstance(note, str) else repr(note)) + '\n')
    return lines


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError('no last exception')


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError(f"traceback.{name}() is not supported by casyncio's Python")
    refused.__name__ = name
    return refused


for _name in ('extract_tb', 'extract_stack', 'format_tb', 'format_stack', 'format_list', 'print_tb',
              'print_stack', 'walk_tb', 'walk_stack', 'clear_frames'):
    globals()[_name] = _refused(_name)
del _name
