# python/lib/textwrap.py
#
# The textwrap module, after CPython 3.11's behaviour (not its code): wrap,
# fill, shorten, dedent, indent and TextWrapper with all of its options.
# CPython splits the text into chunks with regular expressions; casyncio's
# Python has no `re`, so the chunks come from a scanner that finds the same
# pieces: runs of ASCII whitespace, em-dashes ("--" and more) between words,
# and words broken after the hyphen of a hyphenated word.  Compiled into a
# module when it is imported (modules.c, prelude_module).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    # [\w!"'&.,?]
    return c.isalnum() or c in '_!"\'&.,?'


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more '-' then a word character; the end of the dashes."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j
    return -1


def _split_on_hyphens(text):
    # The pieces of CPython's TextWrapper.wordsep_re, in its order of
    # alternatives: whitespace; an em-dash after a word; a word, which ends
    # after a hyphen between letters, before whitespace or the end, or
    # before an em-dash.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = _dashes_then_word(text, i)
            if j > 0:
                chunks.append(text[i:j])
                i = j
                continue
        j = i + 1
        while True:
            if j < n and text[j] == '-':
                # -(?: (?<=lt{2}-) | (?<=lt-lt-)) (?= lt -? lt)
                behind = ((j - 2 >= 0 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
                          or (j - 3 >= 0 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                              and _is_letter(text[j - 1])))
                if behind and j + 1 < n and _is_letter(text[j + 1]):
                    if (j + 2 < n and _is_letter(text[j + 2])) or \
                            (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])):
                        j += 1
                        break
            if j == n or text[j] in _whitespace:
                break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j) > 0:
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # after the last hyphen that fits, when something else comes before it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_fits = (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width
            if self.max_lines is None or len(lines) + 1 < self.max_lines or last_fits:
                lines.append(indent + ''.join(cur_line))
                continue
            # the last line allowed: as many chunks as leave room for the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    # Lines of only spaces and tabs become empty; the margin is the longest
    # run of spaces and tabs that starts every other line (a tab and a
    # space are different).  CPython's first step is a re.sub of text: its errors
    if isinstance(text, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    if not isinstance(text, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
