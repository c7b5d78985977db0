# python/lib/traceback.py
#
# traceback's printing and formatting of an exception, after CPython's
# Lib/traceback.py: the text is what the interpreter prints for an uncaught
# exception (exc.c's printer, through _format).  A traceback's frame
# summaries (extract_tb, format_tb, print_tb, FrameSummary, StackSummary)
# come from _entries (exc.c), each with the text the printer writes for it;
# walk_tb walks its frame objects; the stacks (whose frames would go on into
# CPython's event loop's) and TracebackException are refused.
#
# Built into the interpreter as the C string traceback_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
import sys


_sentinel = object()


def _value(exc, value):
    # format_exception_only(exc) or the older (type, value) form
    return exc if value is _sentinel or (value is None and not isinstance(exc, type)) else value


def _parse_value_tb(exc, value, tb):
    # as CPython's: format_exception(exc), or the older (type, value, tb) form
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


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


_cause_message = '\nThe above exception was the direct cause of the following exception:\n\n'
_context_message = '\nDuring handling of the above exception, another exception occurred:\n\n'


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is value.__traceback__ and limit is None and chain and getattr(sys, 'tracebacklimit', None) is None:
        return _items(_format(value))
    # as CPython's TracebackException.format: the chain (a cause, or else a
    # context not suppressed, each exception once), each exception's frames
    # cut to limit as extract_tb cuts them, then its own lines
    output = []
    seen = set()
    e = value
    while e is not None:
        seen.add(id(e))
        msg = nxt = None
        if chain:
            if e.__cause__ is not None and id(e.__cause__) not in seen:
                msg, nxt = _cause_message, e.__cause__
            elif (not e.__suppress_context__ and e.__context__ is not None
                  and id(e.__context__) not in seen):
                msg, nxt = _context_message, e.__context__
        output.append((msg, e))
        e = nxt
    lines = []
    for msg, e in reversed(output):
        if msg is not None:
            lines.append(msg)
        if isinstance(e, BaseExceptionGroup):
            lines.extend(_group_lines(e))
            continue
        stack = extract_tb(tb if e is value else e.__traceback__, limit=limit)
        if stack:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(stack.format())
        lines.extend(format_exception_only(e))
    return lines


def _group_lines(group):
    # the printer's text of a group without its chain (the limit is not
    # applied inside a group here)
    cause, context, suppress = group.__cause__, group.__context__, group.__suppress_context__
    try:
        group.__cause__ = None
        group.__context__ = None
        return _format(group).splitlines(True)
    finally:
        group.__cause__, group.__context__, group.__suppress_context__ = cause, context, suppress


def format_exception_only(exc, /, value=_sentinel):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, SyntaxError):
        return _format_only(value).splitlines(True)
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


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError('no last exception')


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            return None if self.lineno is None else ''
        return self._line.strip()


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = getattr(frame_summary, '_text', None)
        if text is None:
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                raise NotImplementedError("the markers of a FrameSummary made by the program are not supported by casyncio's Python")
            text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
            if frame_summary.line:
                text += f'    {frame_summary.line.strip()}\n'
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            if last is None or last != (fs.filename, fs.lineno, fs.name) or None in last:
                if count > 3:
                    result.append(f'  [Previous line repeated {count - 3} more time{"s" if count > 4 else ""}]\n')
                last = (fs.filename, fs.lineno, fs.name)
                count = 0
            count += 1
            if count <= 3:
                result.append(formatted)
        if count > 3:
            result.append(f'  [Previous line repeated {count - 3} more time{"s" if count > 4 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    result = StackSummary()
    if tb is None:
        return result
    for filename, lineno, name, line, end_lineno, colno, end_colno, text in _entries(tb):
        fs = FrameSummary(filename, lineno, name, line=line, end_lineno=end_lineno, colno=colno, end_colno=end_colno)
        fs._text = text
        result.append(fs)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        result[:] = result[:limit] if limit >= 0 else result[limit:]
    return result


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _refused(name):
    def refused(*args, **kwargs):
        raise NotImplementedError(f"traceback.{name}() is not supported by casyncio's Python")
    refused.__name__ = name
    return refused


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    # as CPython 3.11's: with f None, from four frames above the first
    # next() of this generator's (which is how extract_stack() calls it)
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    frames = []
    for f, lineno in frame_gen:
        # the frames of casyncio's own asyncio stand for CPython's library's,
        # which a traceback's reader leaves out (docs/python.md)
        if f.f_code.co_filename == '<asyncio>':
            continue
        frames.append((f, lineno))
        if limit is not None and 0 <= limit <= len(frames):
            break
    if limit is not None and limit < 0:
        frames = frames[limit:] if limit else []
    result = klass()
    for f, lineno in frames:
        co = f.f_code
        result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                   locals=f.f_locals if capture_locals else None,
                                   line=_line(co, lineno) if lookup_lines else None))
    return result


StackSummary.extract = classmethod(_extract)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


for _name in ('clear_frames', 'TracebackException'):
    globals()[_name] = _refused(_name)
TracebackException.from_exception = _refused('TracebackException.from_exception')
del _name
